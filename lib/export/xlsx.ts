// A table as an .xlsx in the Party document format: the header block (the issuing body on the
// left, the Party's name and the place and date on the right), title and subtitle, then the
// table with its header row frozen and repeated on every printed page, A4 landscape, page
// numbers in the footer. Written by exceljs's streaming writer into the response as rows come.
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { DocumentHeader } from "./document-header";

export type XlsxColumn = { header: string; /** In characters. */ width: number };
export type TableRows = Iterable<readonly string[]> | AsyncIterable<readonly string[]>;

export type XlsxTable = {
  sheetName: string;
  /** Footer in Excel's codes, e.g. "Trang &P/&N" (page / pages), centred. */
  footer: string;
  /** The Party-format block above the table; none for a plain table. Needs three columns or more. */
  header?: DocumentHeader;
  columns: XlsxColumn[];
  rows: TableRows;
};

const FONT = "Times New Roman";
const THIN = { style: "thin" } as const;
// Styles defined once and shared by reference: exceljs recognises a style object it has seen
// and reuses its id, where a new object per cell is serialised and looked up every time.
const STYLE = {
  body: { font: { name: FONT, size: 11 }, alignment: { vertical: "top", wrapText: true } },
  head: { font: { name: FONT, size: 11, bold: true }, alignment: { horizontal: "center", vertical: "middle", wrapText: true }, border: { top: THIN, bottom: THIN, left: THIN, right: THIN } },
} satisfies Record<string, Partial<ExcelJS.Style>>;

function writeHeaderBlock(sheet: ExcelJS.Worksheet, h: DocumentHeader, last: number) {
  const leftEnd = Math.max(1, Math.round(last / 3));
  const rightStart = Math.min(last, Math.max(leftEnd + 1, last - Math.round(last / 2) + 2));
  const put = (row: number, from: number, to: number, text: string, font: Partial<ExcelJS.Font>, border = false) => {
    if (to > from) sheet.mergeCells(row, from, row, to);
    const cell = sheet.getCell(row, from);
    cell.value = text;
    cell.font = { name: FONT, size: 12, ...font };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    if (border) cell.border = { bottom: THIN };
  };
  put(1, 1, leftEnd, h.superior, {});
  put(1, rightStart, last, h.party, { bold: true }, true);
  put(2, 1, leftEnd, h.issuer, { bold: true });
  put(3, 1, leftEnd, "*", {});
  put(3, rightStart, last, h.placeDate, { italic: true });
  put(4, 1, last, h.title, { bold: true, size: 14 });
  put(5, 1, last, h.subtitle, { italic: true });
  for (const r of [1, 2, 3, 4, 5, 6]) sheet.getRow(r).commit();
}

export function xlsxStream(table: XlsxTable): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  // Deflate level 1: less time than the default level for a file a little larger.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false, zip: { zlib: { level: 1 } } });
  void (async () => {
    const headerRow = table.header ? 7 : 1;
    const sheet = workbook.addWorksheet(table.sheetName, {
      pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headerRow}:${headerRow}`, margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } },
      headerFooter: { oddFooter: `&C${table.footer}` },
      views: [{ state: "frozen", ySplit: headerRow, xSplit: 0 }],
    });
    sheet.columns = table.columns.map((c) => ({ width: c.width }));
    if (table.header) writeHeaderBlock(sheet, table.header, table.columns.length);
    const head = sheet.getRow(headerRow);
    head.values = table.columns.map((c) => c.header);
    head.eachCell((c) => (c.style = STYLE.head));
    head.commit();
    for await (const values of table.rows) {
      const row = sheet.addRow(values as string[]);
      row.eachCell((c) => (c.style = STYLE.body));
      row.commit();
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error) => out.destroy(error as Error));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
