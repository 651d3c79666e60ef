import "server-only";
import { PassThrough, Readable } from "node:stream";
import path from "node:path";
import ExcelJS from "exceljs";
import PDFDocument from "pdfkit";
import { dateOnlyToIso, formatDate, vietnamDate } from "../dates";
import { translator } from "../i18n/translate";
import { COLUMN_HEADERS, EXPORT_ONLY_HEADERS } from "./columns";
import { csvLine, CSV_BOM } from "./csv";
import type { RosterCongress, RosterRow } from "./data";
import { type DocumentHeader, documentHeader } from "./document-header";
import { neutraliseCell } from "./neutralise";

export const EXPORT_FORMATS = ["json", "csv", "xlsx", "pdf"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Export columns: the import headers first (an exported file imports back), then the review. */
const HEADERS = [
  EXPORT_ONLY_HEADERS.index,
  COLUMN_HEADERS.fullName[0],
  COLUMN_HEADERS.gender[0],
  COLUMN_HEADERS.birthDate[0],
  COLUMN_HEADERS.ethnicity[0],
  COLUMN_HEADERS.partyAdmissionDate[0],
  COLUMN_HEADERS.educationLevel[0],
  COLUMN_HEADERS.theoryLevel[0],
  COLUMN_HEADERS.position[0],
  COLUMN_HEADERS.homeUnit[0],
  COLUMN_HEADERS.category[0],
  EXPORT_ONLY_HEADERS.credential,
  COLUMN_HEADERS.group[0],
  COLUMN_HEADERS.seat[0],
  COLUMN_HEADERS.note[0],
] as const;

type Labels = Awaited<ReturnType<typeof exportLabels>>;

/** Exports are Vietnamese whatever the caller's language: labels come from the vi catalog. */
async function exportLabels() {
  const t = await translator("vi");
  return {
    t,
    header: (c: RosterCongress): DocumentHeader =>
      documentHeader(
        { unitName: c.unit.name, ordinal: c.ordinal, termStart: c.termStart, termEnd: c.termEnd, dateIso: c.plannedOpening ? dateOnlyToIso(c.plannedOpening) : vietnamDate() },
        {
          party: t("delegateExport.party"),
          issuer: (ordinal) => t("delegateExport.issuer", { ordinal }),
          placeDate: (place, day, month, year) => t("delegateExport.placeDate", { place, day, month, year }),
          title: t("delegateExport.title"),
          subtitle: (unit, ordinal, start, end) => t("delegateExport.subtitle", { unit, ordinal, start, end }),
        },
      ),
  };
}

/** One roster row as the cells of every format, in HEADERS order, neutralised. */
function cells(row: RosterRow, index: number, { t }: Labels): string[] {
  const values = [
    String(index + 1),
    row.fullName,
    t(`delegates.gender.${row.gender}`),
    row.birthDate ? formatDate(row.birthDate) : String(row.birthYear),
    row.ethnicity,
    formatDate(row.partyAdmissionDate),
    row.educationLevel ?? "",
    row.theoryLevel ? t(`delegates.theory.${row.theoryLevel}`) : "",
    row.position ?? "",
    row.homeUnit?.name ?? "",
    t(`delegates.category.${row.category}`),
    t(`delegates.credential.${row.credentialStatus}`),
    row.group ?? "",
    row.seat ?? "",
    row.note ?? "",
  ];
  return values.map((v) => neutraliseCell(v.normalize("NFC")));
}

/** The JSON shape of the API: plain values, dates as YYYY-MM-DD. */
export function rosterJson(rows: RosterRow[]) {
  return rows.map((r) => ({
    id: r.id,
    fullName: r.fullName,
    familyName: r.familyName,
    middleName: r.middleName,
    givenName: r.givenName,
    gender: r.gender,
    birthDate: r.birthDate ? dateOnlyToIso(r.birthDate) : null,
    birthYear: r.birthYear,
    ethnicity: r.ethnicity,
    partyAdmissionDate: r.partyAdmissionDate ? dateOnlyToIso(r.partyAdmissionDate) : null,
    educationLevel: r.educationLevel,
    theoryLevel: r.theoryLevel,
    position: r.position,
    homeUnitId: r.homeUnitId,
    homeUnitName: r.homeUnit?.name ?? null,
    category: r.category,
    credentialStatus: r.credentialStatus,
    credentialReason: r.credentialReason,
    credentialReviewedAt: r.credentialReviewedAt?.toISOString() ?? null,
    checkedInAt: r.checkedInAt?.toISOString() ?? null,
    group: r.group,
    seat: r.seat,
    note: r.note,
    version: r.version,
  }));
}

function csvStream(rows: RosterRow[], labels: Labels): ReadableStream<Uint8Array> {
  async function* lines() {
    // The BOM makes Excel read the file as UTF-8, so the diacritics show. Lines go out in chunks
    // of about 64 KB: a stream chunk per line costs more than the line itself.
    let chunk = CSV_BOM + csvLine([...HEADERS]);
    for (const [i, row] of rows.entries()) {
      chunk += csvLine(cells(row, i, labels));
      if (chunk.length >= 65_536) {
        yield chunk;
        chunk = "";
      }
    }
    if (chunk) yield chunk;
  }
  return Readable.toWeb(Readable.from(lines(), { objectMode: false })) as ReadableStream<Uint8Array>;
}

const XLSX_WIDTHS = [6, 28, 9, 12, 12, 14, 24, 14, 30, 32, 13, 16, 8, 8, 24];

function xlsxStream(congress: RosterCongress, rows: RosterRow[], labels: Labels): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  void (async () => {
    const h = labels.header(congress);
    const headerRow = 7;
    const sheet = workbook.addWorksheet("Danh sách đại biểu", {
      pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headerRow}:${headerRow}`, margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } },
      headerFooter: { oddFooter: "&CTrang &P/&N" },
      views: [{ state: "frozen", ySplit: headerRow, xSplit: 0 }],
    });
    sheet.columns = XLSX_WIDTHS.map((width) => ({ width }));
    const last = HEADERS.length;
    const put = (row: number, from: number, to: number, text: string, font: Partial<ExcelJS.Font>, border = false) => {
      sheet.mergeCells(row, from, row, to);
      const cell = sheet.getCell(row, from);
      cell.value = text;
      cell.font = { name: "Times New Roman", size: 12, ...font };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      if (border) cell.border = { bottom: { style: "thin" } };
    };
    // Document header: the body on the left, the Party's name on the right, then the title.
    put(1, 1, 5, h.superior, {});
    put(1, 9, last, h.party, { bold: true }, true);
    put(2, 1, 5, h.issuer, { bold: true });
    put(3, 1, 5, "*", {});
    put(3, 9, last, h.placeDate, { italic: true });
    put(4, 1, last, h.title, { bold: true, size: 14 });
    put(5, 1, last, h.subtitle, { italic: true });
    for (const r of [1, 2, 3, 4, 5]) sheet.getRow(r).commit();
    sheet.getRow(6).commit();
    const head = sheet.getRow(headerRow);
    head.values = [...HEADERS];
    head.font = { name: "Times New Roman", size: 11, bold: true };
    head.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    head.eachCell((c) => (c.border = { top: { style: "thin" }, bottom: { style: "thin" }, left: { style: "thin" }, right: { style: "thin" } }));
    head.commit();
    for (const [i, row] of rows.entries()) {
      const r = sheet.addRow(cells(row, i, labels));
      r.font = { name: "Times New Roman", size: 11 };
      r.alignment = { vertical: "top", wrapText: true };
      r.commit();
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error) => out.destroy(error as Error));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

const FONT_DIR = path.join(process.cwd(), "node_modules/@expo-google-fonts/be-vietnam-pro");
export const PDF_FONTS = {
  regular: path.join(FONT_DIR, "400Regular/BeVietnamPro_400Regular.ttf"),
  bold: path.join(FONT_DIR, "700Bold/BeVietnamPro_700Bold.ttf"),
  italic: path.join(FONT_DIR, "400Regular_Italic/BeVietnamPro_400Regular_Italic.ttf"),
};
const PDF_COLUMNS: { header: string; width: number; cell: number }[] = [
  { header: HEADERS[0], width: 26, cell: 0 },
  { header: HEADERS[1], width: 112, cell: 1 },
  { header: HEADERS[2], width: 40, cell: 2 },
  { header: HEADERS[3], width: 62, cell: 3 },
  { header: HEADERS[4], width: 48, cell: 4 },
  { header: HEADERS[5], width: 62, cell: 5 },
  { header: HEADERS[7], width: 52, cell: 7 },
  { header: HEADERS[8], width: 111, cell: 8 },
  { header: HEADERS[9], width: 105, cell: 9 },
  { header: HEADERS[10], width: 52, cell: 10 },
  { header: HEADERS[11], width: 58, cell: 11 },
  // The discussion group: delegates look for their tổ on the printed list.
  { header: HEADERS[12], width: 34, cell: 12 },
];

/** A4 landscape, drawn page by page into the response (no page buffering). */
function pdfStream(congress: RosterCongress, rows: RosterRow[], labels: Labels): ReadableStream<Uint8Array> {
  const doc = new PDFDocument({ size: "A4", layout: "landscape", margins: { top: 36, bottom: 40, left: 40, right: 40 }, font: PDF_FONTS.regular, info: { Title: labels.t("delegateExport.title") } });
  // The regular face is named by its path, the key the constructor opened it under: pdfkit
  // reopens and reparses a TTF on every font("name") call whose face it already holds under
  // another key (here: 10,000 times for a 10,000-row roster).
  const regular = PDF_FONTS.regular;
  doc.registerFont("bold", PDF_FONTS.bold);
  doc.registerFont("italic", PDF_FONTS.italic);
  const out = new PassThrough();
  doc.pipe(out);
  const h = labels.header(congress);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const fontSize = 8.5;
  let page = 1;

  const pageNumber = () => {
    // Writing into the bottom margin with the margin in place makes pdfkit add a blank page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(regular).fontSize(9).text(labels.t("delegateExport.page", { page }), left, doc.page.height - 28, { width, align: "center", lineBreak: false });
    doc.page.margins.bottom = bottom;
  };
  const tableHeader = () => {
    doc.font("bold").fontSize(fontSize);
    const y = doc.y;
    const height = Math.max(...PDF_COLUMNS.map((c) => doc.heightOfString(c.header, { width: c.width - 6 }))) + 8;
    let x = left;
    for (const c of PDF_COLUMNS) {
      doc.rect(x, y, c.width, height).stroke();
      doc.text(c.header, x + 3, y + 4, { width: c.width - 6, align: "center" });
      x += c.width;
    }
    doc.y = y + height;
  };

  // First page: the document header block.
  const half = width / 2 - 20;
  const top = doc.y;
  doc.font(regular).fontSize(11).text(h.superior.normalize("NFC"), left, top, { width: half, align: "center" });
  doc.font("bold").text(h.issuer.normalize("NFC"), { width: half, align: "center" });
  doc.font(regular).text("*", { width: half, align: "center" });
  const rightX = left + width - half;
  doc.font("bold").fontSize(11).text(h.party.normalize("NFC"), rightX, top, { width: half, align: "center" });
  const partyWidth = doc.widthOfString(h.party);
  const lineY = doc.y + 2;
  doc.moveTo(rightX + (half - partyWidth) / 2, lineY).lineTo(rightX + (half + partyWidth) / 2, lineY).lineWidth(0.6).stroke();
  doc.font("italic").fontSize(10.5).text(h.placeDate.normalize("NFC"), rightX, lineY + 6, { width: half, align: "center" });
  doc.y = Math.max(doc.y, top + 50) + 14;
  doc.font("bold").fontSize(14).text(h.title.normalize("NFC"), left, doc.y, { width, align: "center" });
  doc.font("italic").fontSize(10.5).text(h.subtitle.normalize("NFC"), left, doc.y + 2, { width, align: "center" });
  doc.moveDown(0.8);
  tableHeader();

  const pageBottom = () => doc.page.height - doc.page.margins.bottom;
  // Most cells hold one short line. Measuring a string's width is far cheaper than wrapping it
  // (heightOfString), and the same values recur (units, categories, groups): widths are cached
  // and only a cell wider than its column is wrapped. The layout is the same as wrapping all.
  doc.font(regular).fontSize(fontSize);
  const lineHeight = doc.currentLineHeight(true);
  const widths = new Map<string, number>();
  const widthOf = (text: string) => widths.get(text) ?? widths.set(text, doc.widthOfString(text)).get(text)!;
  const fitsOneLine = (text: string, c: (typeof PDF_COLUMNS)[number]) => !text.includes("\n") && widthOf(text) <= c.width - 6;
  for (const [i, row] of rows.entries()) {
    const values = cells(row, i, labels);
    doc.font(regular).fontSize(fontSize);
    const height = Math.max(...PDF_COLUMNS.map((c) => (fitsOneLine(values[c.cell]!, c) ? lineHeight : doc.heightOfString(values[c.cell]!, { width: c.width - 6 })))) + 6;
    if (doc.y + height > pageBottom()) {
      pageNumber();
      doc.addPage();
      page += 1;
      tableHeader();
      doc.font(regular).fontSize(fontSize);
    }
    const y = doc.y;
    let x = left;
    for (const c of PDF_COLUMNS) {
      const value = values[c.cell]!;
      doc.rect(x, y, c.width, height).stroke();
      if (fitsOneLine(value, c)) doc.text(value, x + 3 + (c.cell === 0 ? (c.width - 6 - widthOf(value)) / 2 : 0), y + 3, { lineBreak: false });
      else doc.text(value, x + 3, y + 3, { width: c.width - 6, align: c.cell === 0 ? "center" : "left" });
      x += c.width;
    }
    doc.y = y + height;
  }
  pageNumber();
  doc.end();
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

export const CONTENT_TYPES: Record<Exclude<ExportFormat, "json">, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
};

export async function rosterStream(format: Exclude<ExportFormat, "json">, congress: RosterCongress, rows: RosterRow[]): Promise<ReadableStream<Uint8Array>> {
  const labels = await exportLabels();
  if (format === "csv") return csvStream(rows, labels);
  if (format === "xlsx") return xlsxStream(congress, rows, labels);
  return pdfStream(congress, rows, labels);
}

/** "danh-sach-dai-bieu-tan-uyen-2020.xlsx" and the Vietnamese name for RFC 5987 filename*. */
export function exportFileName(congress: RosterCongress, format: string): { ascii: string; utf8: string } {
  const base = `Danh sách đại biểu ${congress.unit.name} ${congress.termStart}`.normalize("NFC");
  const ascii = base.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return { ascii: `${ascii}.${format}`, utf8: `${base.replace(/[\\/:*?"<>|\r\n]+/g, " ")}.${format}` };
}

export function contentDisposition(name: { ascii: string; utf8: string }): string {
  return `attachment; filename="${name.ascii}"; filename*=UTF-8''${encodeURIComponent(name.utf8)}`;
}
