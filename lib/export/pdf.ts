// A table as a PDF in the Party document format: the header block on the first page, the
// table's header row repeated on every page, page numbers at the foot. A4 landscape, drawn page
// by page into the response (no page buffering).
import path from "node:path";
import { PassThrough, Readable } from "node:stream";
import PDFDocument from "pdfkit";
import type { DocumentHeader } from "./document-header";
import type { TableRows } from "./xlsx";

// A whole TTF with every Vietnamese letter: the @fontsource files are subsets and draw boxes.
const FONT_DIR = path.join(process.cwd(), "node_modules/@expo-google-fonts/be-vietnam-pro");
export const PDF_FONTS = {
  regular: path.join(FONT_DIR, "400Regular/BeVietnamPro_400Regular.ttf"),
  bold: path.join(FONT_DIR, "700Bold/BeVietnamPro_700Bold.ttf"),
  italic: path.join(FONT_DIR, "400Regular_Italic/BeVietnamPro_400Regular_Italic.ttf"),
};

export type PdfColumn = { header: string; /** In points; the widths fill the page (A4 landscape: 762). */ width: number; align?: "left" | "center" };

export type PdfTable = {
  /** The document's title in its properties. */
  title: string;
  header?: DocumentHeader;
  columns: PdfColumn[];
  rows: TableRows;
  /** "Trang 3", from the caller's catalog. */
  pageLabel: (page: number) => string;
};

const FONT_SIZE = 8.5;
const PAD = 3;

export function pdfStream(table: PdfTable): ReadableStream<Uint8Array> {
  const doc = new PDFDocument({ size: "A4", layout: "landscape", margins: { top: 36, bottom: 40, left: 40, right: 40 }, font: PDF_FONTS.regular, info: { Title: table.title } });
  // The regular face is named by its path, the key the constructor opened it under: pdfkit
  // reopens and reparses a TTF on every font("name") call whose face it already holds under
  // another key (here: 10,000 times for a 10,000-row table).
  const regular = PDF_FONTS.regular;
  doc.registerFont("bold", PDF_FONTS.bold);
  doc.registerFont("italic", PDF_FONTS.italic);
  const out = new PassThrough();
  doc.pipe(out);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const columns = table.columns;
  let page = 1;

  const pageNumber = () => {
    // Writing into the bottom margin with the margin in place makes pdfkit add a blank page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(regular).fontSize(9).text(table.pageLabel(page).normalize("NFC"), left, doc.page.height - 28, { width, align: "center", lineBreak: false });
    doc.page.margins.bottom = bottom;
  };
  const tableHeader = () => {
    doc.font("bold").fontSize(FONT_SIZE);
    const y = doc.y;
    const height = Math.max(...columns.map((c) => doc.heightOfString(c.header, { width: c.width - 2 * PAD }))) + 8;
    let x = left;
    for (const c of columns) {
      doc.rect(x, y, c.width, height);
      x += c.width;
    }
    doc.stroke();
    x = left;
    for (const c of columns) {
      doc.text(c.header, x + PAD, y + 4, { width: c.width - 2 * PAD, align: "center" });
      x += c.width;
    }
    doc.y = y + height;
  };

  const headerBlock = (h: DocumentHeader) => {
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
  };

  void (async () => {
    if (table.header) headerBlock(table.header);
    tableHeader();
    const pageBottom = () => doc.page.height - doc.page.margins.bottom;
    // Most cells hold one short line. Measuring a string's width is far cheaper than wrapping it
    // (heightOfString), and the same values recur (units, categories, groups): widths are cached
    // and only a cell wider than its column is wrapped. The layout is the same as wrapping all.
    doc.font(regular).fontSize(FONT_SIZE);
    const lineHeight = doc.currentLineHeight(true);
    const widths = new Map<string, number>();
    const widthOf = (text: string) => widths.get(text) ?? widths.set(text, doc.widthOfString(text)).get(text)!;
    const fitsOneLine = (text: string, c: PdfColumn) => !text.includes("\n") && widthOf(text) <= c.width - 2 * PAD;
    for await (const raw of table.rows) {
      const values = raw.map((v) => v.normalize("NFC"));
      doc.font(regular).fontSize(FONT_SIZE);
      const oneLine = columns.map((c, i) => fitsOneLine(values[i] ?? "", c));
      const height = Math.max(...columns.map((c, i) => (oneLine[i] ? lineHeight : doc.heightOfString(values[i] ?? "", { width: c.width - 2 * PAD })))) + 6;
      if (doc.y + height > pageBottom()) {
        pageNumber();
        doc.addPage();
        page += 1;
        tableHeader();
        doc.font(regular).fontSize(FONT_SIZE);
      }
      const y = doc.y;
      // The row's borders as one path, stroked once.
      let x = left;
      for (const c of columns) {
        doc.rect(x, y, c.width, height);
        x += c.width;
      }
      doc.stroke();
      x = left;
      columns.forEach((c, i) => {
        const value = values[i] ?? "";
        if (value && oneLine[i]) doc.text(value, x + PAD + (c.align === "center" ? (c.width - 2 * PAD - widthOf(value)) / 2 : 0), y + PAD, { lineBreak: false });
        else if (value) doc.text(value, x + PAD, y + PAD, { width: c.width - 2 * PAD, align: c.align ?? "left" });
        x += c.width;
      });
      doc.y = y + height;
    }
    pageNumber();
    doc.end();
  })().catch((error) => out.destroy(error as Error));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
