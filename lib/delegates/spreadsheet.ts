// Reads an uploaded roster into rows of cells, after checking the bytes are what the name says:
// an .xlsx is a zip with a workbook inside (unzipped size capped before inflating), a .csv is
// decodable UTF-8 text. Anything else is refused before a parser sees it.
import ExcelJS from "exceljs";
import { ApiError } from "../api/errors";
import { parseCsv } from "./csv";
import type { RawCell } from "./rows";
import { inspectZip, isZip } from "./zip";

export const IMPORT_LIMITS = { maxBytes: 10 * 1024 * 1024, maxRows: 20_000 } as const;

/** A file refused as a whole; `code` is a message key under "delegateImport.fileErrors". */
export class ImportFileError extends ApiError {
  constructor(
    code: "FILE_TOO_LARGE" | "TOO_MANY_ROWS" | "UNSUPPORTED_TYPE" | "NOT_UTF8" | "CORRUPT" | "EMPTY" | "NO_HEADER" | "MISSING_COLUMNS" | "NO_FILE",
    status: 400 | 413 | 415 | 422,
    params: Record<string, string | number> = {},
  ) {
    super(code, status, params, {}, `delegateImport.fileErrors.${code}`);
  }
}

export type SheetRow = { number: number; cells: RawCell[] };
export type Sheet = { kind: "xlsx" | "csv"; rows: SheetRow[] };

function extensionOf(name: string): string {
  const m = /\.([a-z0-9]+)$/i.exec(name.trim());
  return m ? m[1]!.toLowerCase() : "";
}

function plain(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("result" in value) return plain(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text);
    if ("error" in value) return null;
  }
  return String(value);
}

async function readXlsx(bytes: Uint8Array): Promise<Sheet> {
  const zip = inspectZip(bytes);
  if (!zip.ok) throw zip.reason === "TOO_LARGE" ? new ImportFileError("FILE_TOO_LARGE", 413) : new ImportFileError("CORRUPT", 415);
  if (!zip.names.includes("xl/workbook.xml")) throw new ImportFileError("UNSUPPORTED_TYPE", 415);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    throw new ImportFileError("CORRUPT", 415);
  }
  const sheet = workbook.worksheets.find((w) => w.state !== "hidden" && w.state !== "veryHidden") ?? workbook.worksheets[0];
  if (!sheet) throw new ImportFileError("EMPTY", 422);
  if (sheet.actualRowCount > IMPORT_LIMITS.maxRows + 20) throw new ImportFileError("TOO_MANY_ROWS", 413, { max: IMPORT_LIMITS.maxRows });
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = plain(cell.value);
    });
    rows.push({ number: row.number, cells: Array.from(cells, (c) => c ?? null) });
  });
  return { kind: "xlsx", rows };
}

function readCsv(bytes: Uint8Array): Sheet {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFileError("NOT_UTF8", 415);
  }
  // Text files have no NUL bytes; a binary file that happens to decode is refused here.
  if (text.includes("\u0000")) throw new ImportFileError("UNSUPPORTED_TYPE", 415);
  const { rows, truncated } = parseCsv(text, IMPORT_LIMITS.maxRows + 20);
  if (truncated) throw new ImportFileError("TOO_MANY_ROWS", 413, { max: IMPORT_LIMITS.maxRows });
  return { kind: "csv", rows: rows.map((cells, i) => ({ number: i + 1, cells })) };
}

/** Decides the format from the bytes, and refuses a name whose extension says otherwise. */
export async function readSheet(bytes: Uint8Array, fileName: string): Promise<Sheet> {
  if (bytes.byteLength > IMPORT_LIMITS.maxBytes) throw new ImportFileError("FILE_TOO_LARGE", 413, { maxMb: 10 });
  if (bytes.byteLength === 0) throw new ImportFileError("EMPTY", 422);
  const ext = extensionOf(fileName);
  if (ext && ext !== "xlsx" && ext !== "csv" && ext !== "txt") throw new ImportFileError("UNSUPPORTED_TYPE", 415);
  if (isZip(bytes)) {
    if (ext && ext !== "xlsx") throw new ImportFileError("UNSUPPORTED_TYPE", 415);
    return readXlsx(bytes);
  }
  if (ext === "xlsx") throw new ImportFileError("UNSUPPORTED_TYPE", 415);
  return readCsv(bytes);
}
