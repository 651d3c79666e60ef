// The columns of a roster, shared by import (tolerant header matching) and export (the
// Vietnamese headers offices expect). An exported file imports again unchanged.
import { type HeaderMap as TableHeaderMap, findHeaderRow as findTableHeader, headerMatcher } from "../import/headers";

export const COLUMN_KEYS = [
  "fullName",
  "gender",
  "birthDate",
  "ethnicity",
  "partyAdmissionDate",
  "educationLevel",
  "theoryLevel",
  "position",
  "homeUnit",
  "category",
  "alternate",
  "group",
  "seat",
  "note",
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

/** The header written on export, then other headers met in offices' spreadsheets. */
export const COLUMN_HEADERS: Record<ColumnKey, readonly [string, ...string[]]> = {
  fullName: ["Họ và tên", "Họ tên", "Họ và tên đại biểu", "Họ tên đại biểu"],
  gender: ["Giới tính", "Giới", "Nam/Nữ"],
  birthDate: ["Ngày sinh", "Năm sinh", "Ngày tháng năm sinh", "Ngày, tháng, năm sinh", "Sinh ngày"],
  ethnicity: ["Dân tộc"],
  partyAdmissionDate: ["Ngày vào Đảng", "Vào Đảng", "Ngày kết nạp Đảng", "Ngày kết nạp"],
  educationLevel: ["Trình độ học vấn, chuyên môn", "Trình độ chuyên môn", "Trình độ học vấn", "Học vấn", "Chuyên môn"],
  theoryLevel: ["Lý luận chính trị", "Trình độ lý luận chính trị", "LLCT"],
  position: ["Chức vụ", "Chức vụ, đơn vị công tác", "Chức danh"],
  homeUnit: ["Đơn vị", "Đơn vị bầu", "Đơn vị cử", "Đảng bộ, chi bộ", "Đảng bộ cơ sở"],
  category: ["Loại đại biểu", "Loại", "Thành phần"],
  alternate: ["Dự khuyết", "Đại biểu dự khuyết", "Chính thức/Dự khuyết", "Chính thức, dự khuyết"],
  group: ["Tổ", "Tổ/Đoàn", "Tổ thảo luận", "Đoàn"],
  seat: ["Số ghế", "Ghế", "Chỗ ngồi"],
  note: ["Ghi chú"],
};

/** Export-only columns, ignored on import. */
export const EXPORT_ONLY_HEADERS = { index: "STT", credential: "Tư cách đại biểu" } as const;

export const REQUIRED_COLUMNS: ColumnKey[] = ["fullName", "gender", "birthDate", "ethnicity"];

/** The column a header names, ignoring case, diacritics, spaces and punctuation. */
export const matchHeader = headerMatcher(COLUMN_HEADERS);

export type HeaderMap = TableHeaderMap<ColumnKey>;

/**
 * Finds the header row among the first rows (an exported roster has the document header block
 * above it): the first row naming the full-name column and at least one other known column.
 */
export function findHeaderRow(rows: string[][], scan = 15): HeaderMap | null {
  return findTableHeader(rows, matchHeader, "fullName", scan);
}
