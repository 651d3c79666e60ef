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
  /** A4 landscape unless told (a ballot is one A5 portrait page; minutes are A4 portrait). */
  size?: "A4" | "A5";
  layout?: "portrait" | "landscape";
  /** Paragraphs between the header block and the table (the figures of a vote count). */
  intro?: string[];
  /** Paragraphs after the table (the result, the signatures). */
  outro?: string[];
};

const FONT_SIZE = 8.5;
const PAD = 3;

/** pdfkit's current font, as its text drawing uses it (pdfkit 0.20; pinned in package.json). */
type GlyphPosition = { xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number };
type EmbeddedFont = { id: string; ascender: number; ref(): unknown; encode(text: string): [string[], GlyphPosition[]]; widthOfString(text: string, size: number): number };
type PdfInternals = { _font: EmbeddedFont; _fontSize: number; page: { height: number; fonts: Record<string, unknown> } };

/**
 * The runs pdfkit shapes and caches a text as: words, each with the space after it. A word with a
 * digit (a date, a number, a seat) is split into its characters: such words are mostly distinct
 * (10,000 birth dates), and shaping each once cost more than the rest of the table.
 */
function runs(text: string): string[] {
  const out: string[] = [];
  for (const word of text.match(/[^ \t]+[ \t]*|[ \t]+/g) ?? []) {
    if (/\d/.test(word)) out.push(...word);
    else out.push(word);
  }
  return out;
}

/** A number as pdfkit writes it into a content stream. */
const num = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * The TJ operators that show `text` starting at (x, y), as pdfkit's text() writes them: glyphs
 * encoded by the font (so the subset and the extracted text are the same), adjustments between
 * glyphs, and glyph offsets (stacked Vietnamese marks) placed with their own Tm.
 */
function showText(font: EmbeddedFont, size: number, text: string, x0: number, y: number): { ops: string[]; placed: boolean } {
  const encoded: string[] = [];
  const positions: GlyphPosition[] = [];
  for (const run of runs(text)) {
    const [e, p] = font.encode(run);
    for (let k = 0; k < e.length; k++) {
      encoded.push(e[k]!);
      positions.push(p[k]!);
    }
  }
  const scale = size / 1000;
  const ops: string[] = [];
  let commands: string[] = [];
  let last = 0;
  let x = x0;
  let placed = false;
  let hadOffset = false;
  const addSegment = (cur: number) => {
    if (last < cur) commands.push(`<${encoded.slice(last, cur).join("")}> ${num(-(positions[cur - 1]!.xAdvance - positions[cur - 1]!.advanceWidth))}`);
    last = cur;
  };
  const flush = (cur: number) => {
    addSegment(cur);
    if (commands.length > 0) ops.push(`[${commands.join(" ")}] TJ`);
    commands = [];
  };
  let i = 0;
  for (; i < positions.length; i++) {
    const pos = positions[i]!;
    if (pos.xOffset || pos.yOffset) {
      flush(i);
      ops.push(`1 0 0 1 ${num(x + pos.xOffset * scale)} ${num(y + pos.yOffset * scale)} Tm`);
      flush(i + 1);
      hadOffset = placed = true;
    } else {
      if (hadOffset) {
        ops.push(`1 0 0 1 ${num(x)} ${num(y)} Tm`);
        hadOffset = false;
      }
      if (pos.xAdvance - pos.advanceWidth !== 0) addSegment(i + 1);
    }
    x += pos.xAdvance * scale;
  }
  flush(i);
  return { ops, placed };
}

/**
 * Lines of text as one text object, written with one call: what pdfkit's text() writes per line
 * (save, flip, BT, Tm, Tf, TJ, ET, restore, each a separate write), here once per table row.
 * A text's operators that hold no position are kept in `cache` (values recur: units, categories).
 */
function textObject(doc: PDFKit.PDFDocument, lines: { text: string; x: number; y: number }[], cache: Map<string, string[]>): string {
  const { _font: font, _fontSize: size, page } = doc as unknown as PdfInternals;
  page.fonts[font.id] ??= font.ref();
  const dy = (font.ascender / 1000) * size;
  const out = ["q", `1 0 0 -1 0 ${num(page.height)} cm`, "BT", `/${font.id} ${num(size)} Tf`];
  for (const line of lines) {
    const x = line.x;
    const y = page.height - line.y - dy;
    out.push(`1 0 0 1 ${num(x)} ${num(y)} Tm`);
    const key = `${font.id}\u0000${size}\u0000${line.text}`;
    const cached = cache.get(key);
    if (cached) {
      out.push(...cached);
      continue;
    }
    const { ops, placed } = showText(font, size, line.text, x, y);
    if (!placed) cache.set(key, ops);
    out.push(...ops);
  }
  out.push("ET", "Q");
  return out.join("\n");
}

export function pdfStream(table: PdfTable): ReadableStream<Uint8Array> {
  const doc = new PDFDocument({ size: table.size ?? "A4", layout: table.layout ?? "landscape", margins: { top: 36, bottom: 40, left: 40, right: 40 }, font: PDF_FONTS.regular, info: { Title: table.title } });
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
  // Tables are laid out here rather than by text(): widths are summed from the runs pdfkit
  // caches, lines break at spaces (a word wider than its column at characters), and a whole row
  // is written at once (singleLines). Measures are in the current font at FONT_SIZE; the same
  // values recur (units, categories, groups, the header on every page) and are cached.
  const widths = new Map<string, number>();
  const shown = new Map<string, string[]>();
  const widthOf = (text: string) => {
    const font = (doc as unknown as PdfInternals)._font;
    const key = `${font.id}\u0000${text}`;
    let w = widths.get(key);
    if (w === undefined) {
      w = 0;
      for (const run of runs(text)) w += font.widthOfString(run, FONT_SIZE);
      widths.set(key, w);
    }
    return w;
  };
  const wrap = (text: string, max: number): string[] => {
    if (!text.includes("\n") && widthOf(text) <= max) return [text];
    const lines: string[] = [];
    for (const paragraph of text.split("\n")) {
      let line = "";
      for (const word of paragraph.split(" ").filter(Boolean)) {
        const candidate = line ? `${line} ${word}` : word;
        if (widthOf(candidate) <= max) line = candidate;
        else {
          if (line) lines.push(line);
          line = "";
          for (const ch of widthOf(word) <= max ? [word] : word) {
            if (line && widthOf(line + ch) > max) {
              lines.push(line);
              line = "";
            }
            line += ch;
          }
        }
      }
      lines.push(line);
    }
    return lines;
  };
  /** Cells' borders as one path, then their lines as one text object, in one write. */
  const drawCells = (y: number, height: number, top: number, lineHeight: number, cellLines: string[][], align: (c: PdfColumn) => "left" | "center") => {
    let x = left;
    const borders: string[] = [];
    const lines: { text: string; x: number; y: number }[] = [];
    columns.forEach((c, i) => {
      borders.push(`${num(x)} ${num(y)} ${num(c.width)} ${num(height)} re`);
      cellLines[i]!.forEach((text, n) => {
        if (text) lines.push({ text, x: x + PAD + (align(c) === "center" ? (c.width - 2 * PAD - widthOf(text)) / 2 : 0), y: y + top + n * lineHeight });
      });
      x += c.width;
    });
    doc.addContent(`${borders.join("\n")}\nS${lines.length ? `\n${textObject(doc, lines, shown)}` : ""}`);
  };

  let header: { lines: string[][]; lineHeight: number; height: number } | undefined;
  const tableHeader = () => {
    doc.font("bold").fontSize(FONT_SIZE);
    if (!header) {
      const lineHeight = doc.currentLineHeight(true);
      const lines = columns.map((c) => wrap(c.header, c.width - 2 * PAD));
      header = { lines, lineHeight, height: Math.max(...lines.map((l) => l.length)) * lineHeight + 8 };
    }
    const y = doc.y;
    drawCells(y, header.height, 4, header.lineHeight, header.lines, () => "center");
    doc.y = y + header.height;
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
    const paragraphs = (texts: string[] | undefined) => {
      for (const text of texts ?? []) doc.font(regular).fontSize(10.5).text(text.normalize("NFC"), left, doc.y, { width });
      if (texts?.length) doc.moveDown(0.6);
    };
    paragraphs(table.intro);
    tableHeader();
    const pageBottom = () => doc.page.height - doc.page.margins.bottom;

    doc.font(regular).fontSize(FONT_SIZE);
    const lineHeight = doc.currentLineHeight(true);
    for await (const raw of table.rows) {
      const values = raw.map((v) => v.normalize("NFC"));
      const cellLines = columns.map((c, i) => (values[i] ? wrap(values[i]!, c.width - 2 * PAD) : []));
      const height = Math.max(1, ...cellLines.map((l) => l.length)) * lineHeight + 6;
      if (doc.y + height > pageBottom()) {
        pageNumber();
        doc.addPage();
        page += 1;
        tableHeader();
        doc.font(regular).fontSize(FONT_SIZE);
      }
      const y = doc.y;
      drawCells(y, height, PAD, lineHeight, cellLines, (c) => c.align ?? "left");
      doc.y = y + height;
    }
    if (table.outro?.length) {
      doc.moveDown(0.8);
      paragraphs(table.outro);
    }
    pageNumber();
    doc.end();
  })().catch((error) => out.destroy(error as Error));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
