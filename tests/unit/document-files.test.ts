import { describe, expect, it } from "vitest";
import { checkUpload, contentDisposition, detectFileKind, MAX_FILE_BYTES, sanitizeFileName } from "@/lib/documents/files";
import { docxBytes, pdfBytes, plainZipBytes, xlsxBytes } from "../support/office-files";

describe("uploaded files are recognised by their bytes", () => {
  it("knows PDF, Word and Excel files", () => {
    expect(detectFileKind(pdfBytes())).toBe("pdf");
    expect(detectFileKind(docxBytes())).toBe("docx");
    expect(detectFileKind(xlsxBytes())).toBe("xlsx");
  });

  it("refuses other content whatever the name says", () => {
    expect(detectFileKind(new TextEncoder().encode("MZ executable"))).toBeNull();
    expect(detectFileKind(plainZipBytes())).toBeNull();
    expect(checkUpload("bao-cao.docx", new TextEncoder().encode("<html>not a document</html>"))).toEqual({ ok: false, code: "FILE_TYPE" });
    expect(checkUpload("bao-cao.docx", plainZipBytes())).toEqual({ ok: false, code: "FILE_TYPE" });
  });

  it("refuses a real file under the wrong extension", () => {
    expect(checkUpload("bao-cao.pdf", docxBytes())).toEqual({ ok: false, code: "FILE_TYPE" });
    expect(checkUpload("bao-cao.xlsx", docxBytes())).toEqual({ ok: false, code: "FILE_TYPE" });
    expect(checkUpload("bao-cao", pdfBytes())).toEqual({ ok: false, code: "FILE_TYPE" });
  });

  it("accepts a real file with its stored content type, up to 20 MB", () => {
    expect(checkUpload("Báo cáo.PDF", pdfBytes())).toEqual({ ok: true, kind: "pdf", contentType: "application/pdf" });
    expect(checkUpload("de-an.xlsx", xlsxBytes())).toMatchObject({ ok: true, kind: "xlsx", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    big.set(pdfBytes());
    expect(checkUpload("lon.pdf", big)).toEqual({ ok: false, code: "FILE_TOO_LARGE" });
    expect(checkUpload("rong.pdf", new Uint8Array())).toEqual({ ok: false, code: "FILE_EMPTY" });
  });
});

describe("file names", () => {
  it("drops folders, control and reserved characters and keeps Vietnamese letters in NFC", () => {
    expect(sanitizeFileName("../../etc/passwd")).toBe("passwd.bin");
    expect(sanitizeFileName("C:\\tmp\\Dự thảo \"Báo cáo\".docx")).toBe("Dự thảo Báo cáo.docx");
    expect(sanitizeFileName("Nghi\u0323 quyết\r\n.PDF")).toBe("Nghị quyết.pdf");
    expect(sanitizeFileName("...")).toBe("tep.bin");
    expect(sanitizeFileName(`${"a".repeat(400)}.xlsx`)).toBe(`${"a".repeat(140)}.xlsx`);
  });

  it("are sent with an ASCII fallback and the UTF-8 name", () => {
    expect(contentDisposition("Đề án nhân sự.docx")).toBe(
      `attachment; filename="De an nhan su.docx"; filename*=UTF-8''${encodeURIComponent("Đề án nhân sự.docx")}`,
    );
  });
});
