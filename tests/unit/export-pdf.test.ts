import { describe, expect, it } from "vitest";
import { documentHeader } from "@/lib/export/document-header";
import { pdfStream } from "@/lib/export/pdf";
import { pdfText } from "../e2e/support/files";

// The PDF writer lays tables out itself and writes each row's text in one text object: what a
// reader extracts must still be every cell, in NFC, with wrapped cells whole and pages numbered.
const header = documentHeader(
  { unitName: "Đảng bộ huyện Tân Uyên", ordinal: 3, termStart: 2020, termEnd: 2025, dateIso: "2020-06-08" },
  { party: "Đảng Cộng sản Việt Nam", issuer: (o) => `Đại hội đại biểu lần thứ ${o}`, placeDate: (p, d, m, y) => `${p}, ngày ${d} tháng ${m} năm ${y}`, title: "Phiếu bầu cử", subtitle: () => "Ban Chấp hành nhiệm kỳ 2020–2025" },
);

describe("PDF tables", () => {
  it("writes every cell, wraps long ones, repeats the header and numbers the pages", async () => {
    const rows = Array.from({ length: 80 }, (_, i) => [String(i + 1), `Nguyễn Thị Ửng ${i}`, i % 4 ? "Bí thư chi bộ" : "Phó Chủ tịch Ủy ban nhân dân xã, Bí thư Đoàn Thanh niên xã Mường Khoa", `0${(i % 9) + 1}/01/1975`]);
    const bytes = Buffer.from(
      await new Response(
        pdfStream({ title: "Phiếu bầu cử", header, columns: [{ header: "STT", width: 40, align: "center" }, { header: "Họ và tên", width: 200 }, { header: "Chức vụ", width: 120 }, { header: "Ngày sinh", width: 402 }], rows, pageLabel: (p) => `Trang ${p}` }),
      ).arrayBuffer(),
    );
    const { pages, text } = await pdfText(bytes);
    const flat = text.replace(/\s+/g, " ");
    expect(pages).toBeGreaterThanOrEqual(3);
    for (const t of ["ĐẢNG CỘNG SẢN VIỆT NAM", "PHIẾU BẦU CỬ", "Tân Uyên, ngày 08 tháng 6 năm 2020", `Trang ${pages}`]) expect(flat).toContain(t);
    expect(text.split("Họ và tên").length - 1).toBe(pages);
    for (const r of rows) for (const cell of [r[1]!, r[3]!]) expect(flat).toContain(cell);
    // The long position wraps inside its 120-point column: its words all come out, in order.
    expect(flat).toMatch(/Phó Chủ tịch Ủy ban nhân dân xã, Bí thư Đoàn Thanh niên xã Mường Khoa/);
  });
});
