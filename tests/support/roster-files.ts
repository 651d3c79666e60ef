// Roster files for tests: CSV text and XLSX bytes built the way offices make them.
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
