// The columns of a roster, shared by import (tolerant header matching) and export (the
// Vietnamese headers offices expect). An exported file imports again unchanged.
import { searchKey } from "./names";

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
  group: ["Tổ", "Tổ/Đoàn", "Tổ thảo luận", "Đoàn"],
  seat: ["Số ghế", "Ghế", "Chỗ ngồi"],
  note: ["Ghi chú"],
};

/** Export-only columns, ignored on import. */
export const EXPORT_ONLY_HEADERS = { index: "STT", credential: "Tư cách đại biểu" } as const;

export const REQUIRED_COLUMNS: ColumnKey[] = ["fullName", "gender", "birthDate", "ethnicity"];

const headerKey = (h: string) => searchKey(h).replace(/[^a-z0-9]/g, "");
const BY_HEADER = new Map<string, ColumnKey>(COLUMN_KEYS.flatMap((k) => COLUMN_HEADERS[k].map((h) => [headerKey(h), k] as const)));

/** The column a header names, ignoring case, diacritics, spaces and punctuation. */
export function matchHeader(header: string): ColumnKey | null {
  return BY_HEADER.get(headerKey(header)) ?? null;
}

export type HeaderMap = { row: number; columns: Map<number, ColumnKey>; headers: Map<ColumnKey, string> };

/**
 * Finds the header row among the first rows (an exported roster has the document header block
 * above it): the first row naming the full-name column and at least one other known column.
 */
export function findHeaderRow(rows: string[][], scan = 15): HeaderMap | null {
  for (let r = 0; r < Math.min(rows.length, scan); r++) {
    const columns = new Map<number, ColumnKey>();
    const headers = new Map<ColumnKey, string>();
    (rows[r] ?? []).forEach((cell, c) => {
      const key = matchHeader(cell ?? "");
      if (key && !headers.has(key)) {
        columns.set(c, key);
        headers.set(key, cell.trim());
      }
    });
    if (headers.has("fullName") && headers.size >= 2) return { row: r, columns, headers };
  }
  return null;
}
