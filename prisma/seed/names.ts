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

/**
 * Family names common in each ethnic group of the demo provinces (as Vietnamese records write
 * them), so a roster's names fit its delegates' ethnicities. Groups not listed use FAMILY_NAMES.
 */
export const FAMILY_NAMES_BY_ETHNICITY: Record<string, readonly string[]> = {
  Kinh: ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Phan", "Trương", "Đinh", "Đoàn", "Lâm"],
  Thái: ["Lò", "Lường", "Tòng", "Cầm", "Quàng", "Điêu"],
  Mông: ["Giàng", "Sùng", "Vàng", "Thào", "Lầu", "Hờ"],
  Dao: ["Triệu", "Bàn", "Đặng", "Lý", "Phùng", "Chu"],
  Giáy: ["Vàng", "Lù", "Hoàng", "Sần"],
  "Khơ Mú": ["Vì", "Lò", "Cầm"],
  Lự: ["Lò", "Tao", "Chang"],
  Tày: ["Hoàng", "Nông", "Ma", "Lục", "Hà", "Đàm", "Lộc", "Triệu"],
  Nùng: ["Hoàng", "Nông", "Lương", "Vi", "Mã", "Lăng"],
  "Sán Chay": ["Hoàng", "Lâm", "Trương"],
  Khmer: ["Thạch", "Danh", "Sơn", "Kim", "Chau", "Lâm", "Lý"],
  Chăm: ["Mohamad", "Ha", "Sa", "Ka", "Abdul"],
  Hoa: ["Lâm", "Quách", "Trịnh", "Lưu", "Tạ"],
  Mnông: ["Điểu", "Lê", "Thị"],
  "Ê Đê": ["Niê", "Ksơr", "Mlô", "Êban", "Byă"],
  Mạ: ["Điểu", "Ka"],
};

export type Gender = "MALE" | "FEMALE";

/** A synthetic name; `ethnicity` picks family names that fit it. */
export function personName(random: Random, gender: Gender, ethnicity?: string): string {
  const family = random.pick((ethnicity && FAMILY_NAMES_BY_ETHNICITY[ethnicity]) || FAMILY_NAMES);
  const middle = random.pick(gender === "MALE" ? MALE_MIDDLE : FEMALE_MIDDLE);
  const given = random.pick(gender === "MALE" ? MALE_GIVEN : FEMALE_GIVEN);
  return `${family} ${middle} ${given}`.normalize("NFC");
}
