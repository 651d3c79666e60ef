import { searchKey } from "./names";

/** The 54 officially recognised ethnic groups of Vietnam; Kinh is the majority. */
export const ETHNIC_GROUPS = [
  "Kinh", "Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng", "Mông", "Dao", "Gia Rai",
  "Ê Đê", "Ba Na", "Sán Chay", "Chăm", "Cơ Ho", "Xơ Đăng", "Sán Dìu", "Hrê", "Ra Glai", "Mnông",
  "Thổ", "Stiêng", "Khơ Mú", "Bru - Vân Kiều", "Cơ Tu", "Giáy", "Tà Ôi", "Mạ", "Giẻ Triêng", "Co",
  "Chơ Ro", "Xinh Mun", "Hà Nhì", "Chu Ru", "Lào", "La Chí", "Kháng", "Phù Lá", "La Hủ", "La Ha",
  "Pà Thẻn", "Lự", "Ngái", "Chứt", "Lô Lô", "Mảng", "Cơ Lao", "Bố Y", "Cống", "Si La",
  "Pu Péo", "Rơ Măm", "Brâu", "Ơ Đu",
] as const;
export type EthnicGroup = (typeof ETHNIC_GROUPS)[number];
export const MAJORITY_GROUP: EthnicGroup = "Kinh";

// Common other spellings met in spreadsheets.
const ALIASES: Record<string, EthnicGroup> = {
  "H'Mông": "Mông",
  "Mèo": "Mông",
  "Khơ Me": "Khmer",
  "Khơ-me": "Khmer",
  "Jrai": "Gia Rai",
  "Bahnar": "Ba Na",
  "M'Nông": "Mnông",
  "Vân Kiều": "Bru - Vân Kiều",
  "Raglai": "Ra Glai",
  "Xtiêng": "Stiêng",
};

// Compare on letters only: "Ê-đê", "ede", "Ê Đê" and "EĐE" are one group.
const key = (value: string) => searchKey(value).replace(/[^a-z]/g, "");
const BY_KEY = new Map<string, EthnicGroup>([
  ...ETHNIC_GROUPS.map((g) => [key(g), g] as const),
  ...Object.entries(ALIASES).map(([alias, g]) => [key(alias), g] as const),
]);

/** The canonical group for what a person typed, tolerant of diacritics, case and spacing. */
export function matchEthnicity(input: string): EthnicGroup | null {
  const k = key(input.replace(/^dân tộc\s+/i, ""));
  return k ? (BY_KEY.get(k) ?? null) : null;
}

export function isEthnicMinority(group: string): boolean {
  return group !== MAJORITY_GROUP;
}
