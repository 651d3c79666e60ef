// Roster files for tests: CSV text and XLSX bytes built the way offices make them.
import { deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";

export const HEADER = ["STT", "Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc", "Ngày vào Đảng", "Trình độ học vấn, chuyên môn", "Lý luận chính trị", "Chức vụ", "Đơn vị", "Loại đại biểu", "Tổ", "Số ghế", "Ghi chú"];

export function csv(rows: (string | number)[][], delimiter = ","): Uint8Array {
  const quote = (v: string | number) => (/[",;\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  return new TextEncoder().encode(rows.map((r) => r.map(quote).join(delimiter)).join("\r\n") + "\r\n");
}

export async function xlsx(rows: (string | number | Date)[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách");
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Parses an exported workbook into rows of cell text (as Excel shows them). */
export async function readXlsx(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0]!;
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? "" : String(v)));
  });
  return { ws, rows: Array.from(rows, (r) => r ?? []) };
}

/** Parses exported CSV text (a leading BOM is skipped) into rows. */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted || (c !== "," && c !== "\r" && c !== "\n")) cell += c;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    }
  }
  return rows;
}

/** A zip built by hand, so a test can make entries lie about their size. */
export function zipWith(entries: { name: string; data: Buffer; claimedSize?: number }[], level = 6): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const compressed = deflateRawSync(e.data, { level });
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(e.claimedSize ?? e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(e.claimedSize ?? e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += 30 + name.length + compressed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/**
 * A hostile workbook: a header row then `rows` one-cell rows, a few MB on the wire that inflate
 * to tens of MB of XML. `brokenTail` ends the sheet with bytes that are not XML.
 */
export function hostileXlsx(rows: number, { brokenTail = false, column = "B", dimension = "" } = {}): Buffer {
  // `column`: where each row's one cell sits ("XFD": a wide sheet); `dimension`: the used range the sheet declares, if any.
  const declared = dimension ? `<dimension ref="${dimension}"/>` : "";
  const head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${declared}<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c><c r="B1" t="inlineStr"><is><t>Giới tính</t></is></c></row>`;
  // Rows written byte by byte from one template (row numbers as 7 zero-padded digits): a
  // million strings would take seconds to build on a busy machine.
  const template = Buffer.from(`<row r="0000000"><c r="${column}0000000"><v>1</v></c></row>`);
  const digits = [8, 23 + column.length];
  const body = Buffer.alloc(template.length * rows);
  for (let i = 0; i < rows; i++) {
    const at = i * template.length;
    template.copy(body, at);
    for (let n = i + 2, d = 6; d >= 0; d--, n = Math.floor(n / 10)) for (const o of digits) body[at + o + d] = 48 + (n % 10);
  }
  const parts = [Buffer.from(head), body, Buffer.from(brokenTail ? "<<<not xml" : "</sheetData></worksheet>")];
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  return zipWith([
    {
      name: "[Content_Types].xml",
      data: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
    },
    { name: "_rels/.rels", data: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`) },
    { name: "xl/workbook.xml", data: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>`) },
    { name: "xl/_rels/workbook.xml.rels", data: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`) },
    { name: "xl/worksheets/sheet1.xml", data: Buffer.concat(parts) },
  ], 1);
}
