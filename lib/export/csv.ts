// CSV for Excel: UTF-8 with a BOM (so the diacritics show), CRLF, every cell neutralised.
import { Readable } from "node:stream";
import { neutraliseCell } from "./neutralise";

export const CSV_BOM = "\uFEFF";

function quote(value: string): string {
  const safe = neutraliseCell(value);
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV line (CRLF-terminated), every cell neutralised against formula injection. */
export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map((c) => quote(c === null || c === undefined ? "" : String(c))).join(",")}\r\n`;
}

/**
 * A header line then the rows, written as they are read. Lines go out in chunks of about 64 KB:
 * a stream chunk per line costs more than the line itself.
 */
export function csvStream(headers: readonly string[], rows: Iterable<readonly string[]> | AsyncIterable<readonly string[]>): ReadableStream<Uint8Array> {
  async function* lines() {
    let chunk = CSV_BOM + csvLine(headers);
    for await (const row of rows) {
      chunk += csvLine(row);
      if (chunk.length >= 65_536) {
        yield chunk;
        chunk = "";
      }
    }
    if (chunk) yield chunk;
  }
  return Readable.toWeb(Readable.from(lines(), { objectMode: false })) as ReadableStream<Uint8Array>;
}
