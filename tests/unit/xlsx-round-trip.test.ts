// exceljs's streaming reader decodes each chunk of a part on its own: a Vietnamese letter (two or
// three bytes in UTF-8) cut by a chunk boundary came back as "Th��i". A large workbook of nothing
// but Vietnamese text must read back letter for letter.
import { describe, expect, it } from "vitest";
import { xlsxStream } from "@/lib/export/xlsx";
import { readSheet } from "@/lib/import/sheet";

const WORDS = ["Đảng bộ thị trấn Thới Khánh", "Nguyễn Thị Ánh Tuyết", "Lò Văn Ưng", "Chi bộ Trường THPT Mường Khoa", "Hoàng Đức Thịnh", "Vàng Thị Ánh Dương", "Ủy ban Mặt trận Tổ quốc"];

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe("an XLSX written and read back", () => {
  it("keeps every Vietnamese letter, whatever the chunk boundaries", async () => {
    const rows = Array.from({ length: 4000 }, (_, i) => [String(i + 1), WORDS[i % WORDS.length]!, `${WORDS[(i * 3) % WORDS.length]} ${i}`]);
    const bytes = await bytesOf(xlsxStream({ sheetName: "Danh sách", footer: "", columns: [{ header: "STT", width: 6 }, { header: "Họ và tên", width: 30 }, { header: "Đơn vị", width: 40 }], rows }));
    const sheet = await readSheet(bytes, "ds.xlsx");
    const read = sheet.rows.map((r) => r.cells.map((c) => String(c ?? "")));
    const body = read.slice(read.findIndex((r) => r[0] === "1"));
    expect(body.length).toBe(rows.length);
    const wrong = body.filter((r, i) => r[1] !== rows[i]![1] || r[2] !== rows[i]![2]);
    expect(wrong.slice(0, 3)).toEqual([]);
  });
});
