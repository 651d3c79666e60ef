// CSV for Excel: UTF-8 with a BOM (so the diacritics show), every cell neutralised. The roster's
// rows are written by PostgreSQL (lib/delegates/export-csv.ts); its header line is written here.
import { neutraliseCell } from "./neutralise";

export const CSV_BOM = "\uFEFF";

function quote(value: string): string {
  const safe = neutraliseCell(value);
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV line (CRLF-terminated unless told), every cell neutralised against formula injection. */
export function csvLine(cells: readonly (string | number | null | undefined)[], end = "\r\n"): string {
  return `${cells.map((c) => quote(c === null || c === undefined ? "" : String(c))).join(",")}${end}`;
}
