// Reads an uploaded table into rows of cells, after checking the bytes are what the name says:
// an .xlsx is a zip with a workbook inside (unzipped sizes checked before anything is parsed), a
// .csv is decodable UTF-8 text. Anything else is refused before a parser sees it. A workbook is
// read as a stream and reading stops at the row limit: a small file of a million tiny rows costs
// what the limit allows, not what the file holds.
import { Readable } from "node:stream";
import { constants, createInflateRaw, inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { parseCsv } from "./csv";
import { ImportFileError } from "./errors";
import { type ZipEntry, inspectZip, isZip } from "./zip";

/**
 * maxColumns: the roster template is 16 columns wide (lib/delegates/columns.ts and the export);
 * offices add a few of their own. A cell further right refuses the file: one cell at column XFD
 * on each of 20,000 rows (about 100 KB zipped) would otherwise be read as 300 million cells.
 */
export const IMPORT_LIMITS = { maxBytes: 10 * 1024 * 1024, maxRows: 20_000, maxColumns: 64 } as const;
export type ImportLimits = { maxBytes: number; maxRows: number; maxColumns?: number };

/** A cell as read: text, a number, a date (XLSX date cells), a boolean, or nothing. */
export type SheetCell = string | number | boolean | Date | null;
export type SheetRow = { number: number; cells: SheetCell[] };
export type Sheet = { kind: "xlsx" | "csv"; rows: SheetRow[] };

/** Rows above the limit a file may carry for a header block above its table. */
const HEADER_ROOM = 20;

function extensionOf(name: string): string {
  const m = /\.([a-z0-9]+)$/i.exec(name.trim());
  return m ? m[1]!.toLowerCase() : "";
}

function plain(value: ExcelJS.CellValue): SheetCell {
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

/** A local file header of a stored (uncompressed) entry whose size inspectZip checked. */
function storedHeader(entry: ZipEntry): Buffer {
  const name = Buffer.from(entry.name);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(0, 8);
  header.writeUInt32LE(entry.size, 18);
  header.writeUInt32LE(entry.size, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name]);
}

/** Bytes of a UTF-8 text that end inside a character: the lead byte of a sequence not yet complete. */
function incompleteTail(chunk: Buffer): number {
  for (let back = 1; back <= Math.min(3, chunk.length); back++) {
    const byte = chunk[chunk.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? back : 0;
  }
  return 0;
}

/**
 * A part's text, inflated as a stream and cut only between characters: exceljs's reader decodes
 * every chunk on its own, so a Vietnamese letter split by a chunk boundary came back as "��".
 */
async function* wholeCharacters(entry: ZipEntry): AsyncGenerator<Buffer> {
  const source = entry.method === 8 ? Readable.from([entry.data]).pipe(createInflateRaw()) : Readable.from([entry.data]);
  let carry: Buffer = Buffer.alloc(0);
  for await (const piece of source as AsyncIterable<Buffer>) {
    const chunk = carry.length ? Buffer.concat([carry, piece]) : piece;
    const cut = chunk.length - incompleteTail(chunk);
    carry = chunk.subarray(cut);
    if (cut > 0) yield chunk.subarray(0, cut);
  }
  if (carry.length) yield carry;
}

const WORKSHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;

/**
 * The parts exceljs's streaming reader needs, in the order it needs them: the workbook, its
 * relationships, styles (date formats) and shared strings before any worksheet. Excel often
 * stores the shared strings after the sheets; the reader would then spool each sheet to a
 * temporary file first. A workbook without shared strings (inline strings only) gets an empty
 * table for the same reason. Parts are inflated here as a stream, and handed over stored.
 */
async function* orderedParts(entries: ZipEntry[]): AsyncGenerator<Buffer> {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const strings = byName.get("xl/sharedStrings.xml") ?? { name: "xl/sharedStrings.xml", method: 0 as const, size: 6, data: Buffer.from("<sst/>") };
  const sheets = entries.filter((e) => WORKSHEET.test(e.name)).sort((a, b) => Number(WORKSHEET.exec(a.name)![1]) - Number(WORKSHEET.exec(b.name)![1]));
  const parts = [byName.get("xl/workbook.xml"), byName.get("xl/_rels/workbook.xml.rels"), byName.get("xl/styles.xml"), strings, ...sheets];
  for (const part of parts) {
    if (!part) continue;
    yield storedHeader(part);
    yield* wholeCharacters(part);
  }
  // The end-of-archive record: the reader, which reads ahead, then stops instead of failing on a
  // stream that ended while it still consumed the last sheet.
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  yield end;
}

/** Column letters ("XFD") as a number (16384). */
function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/**
 * The last column a worksheet declares it uses (`<dimension ref="A1:XFD20000"/>`, near the start
 * of its XML), read from the first kilobyte of the part only; null when it declares none.
 */
function declaredColumns(entry: ZipEntry): number | null {
  const start = entry.data.subarray(0, 1024);
  const head = entry.method === 8 ? inflateRawSync(start, { finishFlush: constants.Z_SYNC_FLUSH }) : start;
  const m = /<(?:\w+:)?dimension\s+ref="\$?([A-Z]+)\$?\d+(?::\$?([A-Z]+)\$?\d+)?"/i.exec(head.toString("utf8", 0, Math.min(head.length, 16_384)));
  return m ? Math.max(columnNumber(m[1]!), m[2] ? columnNumber(m[2]) : 0) : null;
}

async function readXlsx(bytes: Uint8Array, limits: ImportLimits): Promise<Sheet> {
  const zip = await inspectZip(bytes);
  if (!zip.ok) throw zip.reason === "TOO_LARGE" ? new ImportFileError("FILE_TOO_LARGE", 413) : new ImportFileError("CORRUPT", 415);
  if (!zip.names.includes("xl/workbook.xml")) throw new ImportFileError("UNSUPPORTED_TYPE", 415);
  if (!zip.names.includes("xl/_rels/workbook.xml.rels")) throw new ImportFileError("CORRUPT", 415);
  const source = Readable.from(orderedParts(zip.entries), { objectMode: false });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, { worksheets: "emit", sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", entries: "ignore" });
  const maxRows = limits.maxRows + HEADER_ROOM;
  const maxColumns = limits.maxColumns ?? IMPORT_LIMITS.maxColumns;
  const tooWide = () => new ImportFileError("TOO_MANY_COLUMNS", 413, { max: maxColumns });
  const rows: SheetRow[] = [];
  let read = false;
  let seen = 0;
  try {
    for await (const worksheet of reader) {
      // The first visible sheet is the table; the others are skipped unread.
      const state = (worksheet as unknown as { state?: string }).state;
      if (read || state === "hidden" || state === "veryHidden") continue;
      read = true;
      // Wider than the template, by its own declaration: refused before a row is read.
      const part = zip.entries.find((e) => e.name === `xl/worksheets/sheet${(worksheet as unknown as { id?: number }).id}.xml`);
      if (part && (declaredColumns(part) ?? 0) > maxColumns) throw tooWide();
      for await (const row of worksheet) {
        // Empty rows (formatting only) count too, more loosely, so a sheet of them ends as well.
        if (++seen > maxRows * 5) throw new ImportFileError("TOO_MANY_ROWS", 413, { max: limits.maxRows });
        // A sheet that declares no dimension (or a false one) is caught at its first wide row,
        // before the row's cells are walked: never more than maxColumns cells per row are read.
        if (row.cellCount > maxColumns) throw tooWide();
        if (!row.hasValues) continue;
        if (rows.length >= maxRows) throw new ImportFileError("TOO_MANY_ROWS", 413, { max: limits.maxRows });
        const cells: SheetCell[] = [];
        for (let col = 1; col <= row.cellCount; col++) cells.push(plain(row.findCell(col)?.value ?? null));
        rows.push({ number: row.number, cells });
      }
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError("CORRUPT", 415);
  } finally {
    source.destroy();
  }
  if (!read) throw new ImportFileError("EMPTY", 422);
  return { kind: "xlsx", rows };
}

function readCsv(bytes: Uint8Array, limits: ImportLimits): Sheet {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFileError("NOT_UTF8", 415);
  }
  // Text files have no NUL bytes; a binary file that happens to decode is refused here.
  if (text.includes("\u0000")) throw new ImportFileError("UNSUPPORTED_TYPE", 415);
  const { rows, truncated } = parseCsv(text, limits.maxRows + HEADER_ROOM);
  if (truncated) throw new ImportFileError("TOO_MANY_ROWS", 413, { max: limits.maxRows });
  return { kind: "csv", rows: rows.map((cells, i) => ({ number: i + 1, cells })) };
}

/** Decides the format from the bytes, and refuses a name whose extension says otherwise. */
export async function readSheet(bytes: Uint8Array, fileName: string, limits: ImportLimits = IMPORT_LIMITS): Promise<Sheet> {
  if (bytes.byteLength > limits.maxBytes) throw new ImportFileError("FILE_TOO_LARGE", 413, { maxMb: Math.round(limits.maxBytes / 1048576) });
  if (bytes.byteLength === 0) throw new ImportFileError("EMPTY", 422);
  const ext = extensionOf(fileName);
  if (ext && ext !== "xlsx" && ext !== "csv" && ext !== "txt") throw new ImportFileError("UNSUPPORTED_TYPE", 415);
  if (isZip(bytes)) {
    if (ext && ext !== "xlsx") throw new ImportFileError("UNSUPPORTED_TYPE", 415);
    return readXlsx(bytes, limits);
  }
  if (ext === "xlsx") throw new ImportFileError("UNSUPPORTED_TYPE", 415);
  return readCsv(bytes, limits);
}
