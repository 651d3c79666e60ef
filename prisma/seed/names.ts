// Synthetic Vietnamese person names: real family, middle and given names combined at random,
// so no real person is named in demo or test data.
import type { Random } from "./random";

export const FAMILY_NAMES = [
  "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Phan",
  "Đinh", "Trịnh", "Đoàn", "Lò", "Lường", "Tòng", "Vàng", "Giàng", "Sùng", "Hà", "Nông", "Triệu", "Ma", "Âu", "Ông",
] as const;
const MALE_MIDDLE = ["Văn", "Đức", "Minh", "Hữu", "Quang", "Công", "Thành", "Xuân", "Ngọc", "Đình"] as const;
const FEMALE_MIDDLE = ["Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Kim", "Minh", "Phương", "Thùy", "Mai"] as const;
const MALE_GIVEN = [
  "An", "Bình", "Cường", "Dũng", "Đức", "Hải", "Hùng", "Khánh", "Long", "Minh", "Nam", "Phong", "Quang", "Sơn",
  "Thắng", "Trung", "Tuấn", "Việt", "Vinh", "Ân", "Ước", "Ơn", "Ưng", "Hiếu", "Kiên", "Lâm", "Tài", "Toàn", "Đạt", "Chiến",
] as const;
const FEMALE_GIVEN = [
  "Anh", "Ánh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Nga", "Ngọc", "Nhung",
  "Phương", "Quyên", "Thảo", "Thủy", "Trang", "Uyên", "Xuân", "Yến", "Ý", "Ân", "Ơn", "Êm", "Đào", "Loan", "Vân",
] as const;

export type Gender = "MALE" | "FEMALE";

export function personName(random: Random, gender: Gender): string {
  const family = random.pick(FAMILY_NAMES);
  const middle = random.pick(gender === "MALE" ? MALE_MIDDLE : FEMALE_MIDDLE);
  const given = random.pick(gender === "MALE" ? MALE_GIVEN : FEMALE_GIVEN);
  return `${family} ${middle} ${given}`.normalize("NFC");
}
