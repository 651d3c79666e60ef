import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { findHeaderRow, matchHeader } from "@/lib/delegates/columns";
import { csvLine } from "@/lib/export/csv";
import { parseCsv } from "@/lib/import/csv";
import { readBirth, validateRow } from "@/lib/delegates/rows";
import type { ImportFileError } from "@/lib/import/errors";
import { IMPORT_LIMITS, readSheet } from "@/lib/import/sheet";
import { inspectZip } from "@/lib/import/zip";
import { hostileXlsx, zipWith } from "../support/roster-files";

const units = [{ id: "u1", name: "Đảng bộ xã Mường Khoa", code: "LC-TU-002" }];
const TODAY = "2020-06-01";

describe("CSV", () => {
  it("reads comma or semicolon files, with or without BOM, quotes and CRLF", () => {
    const comma = parseCsv('\uFEFFHọ và tên,Ghi chú\r\n"Nguyễn Văn An","a, ""b"""\r\nLò Thị Ánh,\r\n').rows;
    expect(comma).toEqual([["Họ và tên", "Ghi chú"], ["Nguyễn Văn An", 'a, "b"'], ["Lò Thị Ánh", ""]]);
    const semi = parseCsv("Họ tên;Ngày sinh\nTrần Văn Ước;01/02/1980\n").rows;
    expect(semi).toEqual([["Họ tên", "Ngày sinh"], ["Trần Văn Ước", "01/02/1980"]]);
    expect(parseCsv('a,"multi\nline"\nb,c').rows).toEqual([["a", "multi\nline"], ["b", "c"]]);
  });

  it("stops reading past the row limit", () => {
    const text = Array.from({ length: 30 }, (_, i) => `r${i}`).join("\n");
    expect(parseCsv(text, 10)).toMatchObject({ truncated: true });
    expect(parseCsv(text, 30).truncated).toBe(false);
  });

  it("writes quoted, neutralised cells", () => {
    expect(csvLine(["=1+2", "a,b", 'say "x"', null, 5])).toBe(`'=1+2,"a,b","say ""x""",,5\r\n`);
  });
});

describe("header matching", () => {
  it("is tolerant of case, diacritics, spacing and the usual other names", () => {
    expect(matchHeader("Họ và tên")).toBe("fullName");
    expect(matchHeader("HỌ TÊN")).toBe("fullName");
    expect(matchHeader("ho va ten")).toBe("fullName");
    expect(matchHeader(" Ngày sinh ")).toBe("birthDate");
    expect(matchHeader("Năm sinh")).toBe("birthDate");
    expect(matchHeader("Giới tính")).toBe("gender");
    expect(matchHeader("Dân tộc")).toBe("ethnicity");
    expect(matchHeader("Trình độ lý luận chính trị")).toBe("theoryLevel");
    expect(matchHeader("STT")).toBeNull();
  });

  it("finds the header row below a document header block", () => {
    const rows = [["ĐẢNG BỘ HUYỆN TÂN UYÊN", "", "ĐẢNG CỘNG SẢN VIỆT NAM"], ["DANH SÁCH ĐẠI BIỂU"], [], ["STT", "Họ và tên", "Giới tính", "Ngày sinh"]];
    const h = findHeaderRow(rows)!;
    expect(h.row).toBe(3);
    expect([...h.columns.entries()]).toEqual([[1, "fullName"], [2, "gender"], [3, "birthDate"]]);
  });
});

describe("row validation", () => {
  const good = { fullName: "Nguyễn Văn Đức", gender: "Nam", birthDate: "05/03/1975", ethnicity: "thai", homeUnit: "dang bo xa muong khoa", theoryLevel: "Cao cấp", category: "Bầu", partyAdmissionDate: "19/05/1998" };

  it("accepts a good row and normalises it", () => {
    const { draft, errors } = validateRow({ ...good, fullName: "  Nguyễn   Văn Đức ".normalize("NFD") }, units, TODAY);
    expect(errors).toEqual([]);
    expect(draft).toMatchObject({ fullName: "Nguyễn Văn Đức", gender: "MALE", birthDate: "1975-03-05", birthYear: 1975, ethnicity: "Thái", homeUnitId: "u1", theoryLevel: "ADVANCED", category: "ELECTED", partyAdmissionDate: "1998-05-19" });
    expect(draft!.fullName).toBe("Nguyễn Văn Đức".normalize("NFC"));
  });

  it("reads back the labels the roster exports (Được bầu, Cử nhân chính trị) and the short forms", () => {
    for (const [theoryLevel, category, expected] of [
      ["Cử nhân chính trị", "Được bầu", { theoryLevel: "BACHELOR", category: "ELECTED" }],
      ["Cử nhân", "Bầu", { theoryLevel: "BACHELOR", category: "ELECTED" }],
    ] as const) {
      expect(validateRow({ ...good, theoryLevel, category }, units, TODAY).draft, `${theoryLevel} / ${category}`).toMatchObject(expected);
    }
  });

  it("reads Excel dates, Excel serial numbers and the year alone", () => {
    expect(readBirth(new Date(Date.UTC(1975, 2, 5)))).toEqual({ date: "1975-03-05", year: 1975 });
    expect(readBirth(27458)).toEqual({ date: "1975-03-05", year: 1975 });
    expect(readBirth(1975)).toEqual({ date: null, year: 1975 });
    expect(readBirth("1975")).toEqual({ date: null, year: 1975 });
    expect(readBirth("31/02/1975")).toBeNull();
  });

  it("names every bad cell with a message key", () => {
    const { draft, errors } = validateRow({ fullName: "An", gender: "X", birthDate: "31/02/1975", ethnicity: "Việt", homeUnit: "Xã Không Có", theoryLevel: "đại học", category: "khách mời" }, units, TODAY);
    expect(draft).toBeNull();
    expect(errors.map((e) => `${e.column}:${e.code}`)).toEqual([
      "fullName:nameIncomplete",
      "gender:genderInvalid",
      "birthDate:dateInvalid",
      "ethnicity:ethnicityUnknown",
      "theoryLevel:theoryInvalid",
      "category:categoryInvalid",
      "homeUnit:unitUnknown",
    ]);
    expect(validateRow({ ...good, fullName: "" }, units, TODAY).errors).toEqual([{ column: "fullName", code: "required" }]);
    expect(validateRow({ ...good, partyAdmissionDate: "01/01/1985" }, units, TODAY).errors[0]?.code).toBe("partyBeforeAdult");
    expect(validateRow({ ...good, homeUnit: "" }, units, TODAY).errors[0]?.code).toBe("unitRequired");
  });

  it("reads the alternate column: blank or “Chính thức” official, “x”/“Có”/“Dự khuyết” alternate, anything else an error", () => {
    for (const [cell, alternate] of [[undefined, false], ["", false], ["Chính thức", false], ["x", true], ["X", true], ["có", true], ["Dự khuyết", true], ["du khuyet", true]] as const) {
      expect(validateRow({ ...good, alternate: cell }, units, TODAY).draft?.alternate, String(cell)).toBe(alternate);
    }
    expect(validateRow({ ...good, alternate: "thay thế" }, units, TODAY).errors).toEqual([{ column: "alternate", code: "alternateInvalid", params: { value: "thay thế" } }]);
    expect(validateRow({ ...good, homeUnit: "", category: "Đương nhiên" }, units, TODAY).errors).toEqual([]);
    expect(validateRow({ ...good, birthDate: "2010" }, units, TODAY).errors[0]?.code).toBe("birthOutOfRange");
  });
});

describe("upload checks (bytes, not extensions)", () => {
  it("caps the unzipped size from the zip directory before inflating", async () => {
    const bomb = zipWith([{ name: "xl/workbook.xml", data: Buffer.alloc(200 * 1024 * 1024) }]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await inspectZip(bomb)).toEqual({ ok: false, reason: "TOO_LARGE" });
  });

  it("catches an entry that lies about its size", async () => {
    const liar = zipWith([{ name: "xl/workbook.xml", data: Buffer.alloc(5 * 1024 * 1024), claimedSize: 1000 }]);
    expect(await inspectZip(liar)).toEqual({ ok: false, reason: "TOO_LARGE" });
    expect(await inspectZip(zipWith([{ name: "a.txt", data: Buffer.from("hello") }]))).toMatchObject({ ok: true, names: ["a.txt"] });
  });

  it("refuses a renamed file, binary data, non-UTF-8 text and oversize uploads", async () => {
    const code = async (bytes: Uint8Array, name: string) => readSheet(bytes, name).then(() => "ok", (e: ImportFileError) => `${e.status} ${e.code}`);
    expect(await code(Buffer.from("%PDF-1.7\n\u0000\u0001binary"), "roster.csv")).toBe("415 UNSUPPORTED_TYPE");
    expect(await code(Buffer.from("Họ và tên,Giới tính\nAn,Nam\n"), "roster.xlsx")).toBe("415 UNSUPPORTED_TYPE");
    expect(await code(zipWith([{ name: "word/document.xml", data: Buffer.from("<x/>") }]), "roster.xlsx")).toBe("415 UNSUPPORTED_TYPE");
    expect(await code(Buffer.from("Ho ten,Ngay sinh\nNguy\xe1n,1/1/1980\n", "latin1"), "roster.csv")).toBe("415 NOT_UTF8");
    expect(await code(Buffer.from("a"), "roster.pdf")).toBe("415 UNSUPPORTED_TYPE");
    expect(await code(new Uint8Array(10 * 1024 * 1024 + 1), "roster.csv")).toBe("413 FILE_TOO_LARGE");
    const many = "Họ và tên,Giới tính\n" + "Nguyễn Văn An,Nam\n".repeat(20_100);
    expect(await code(Buffer.from(many), "roster.csv")).toBe("413 TOO_MANY_ROWS");
  });

  it("refuses a small workbook of a million tiny rows at the row limit, without reading the rest", async () => {
    // A few MB that inflate to about 50 MB of sheet XML. The tail after the millionth row is not
    // XML: a reader that stops at the row limit never meets it, one that loads everything does.
    const bytes = hostileXlsx(1_000_000, { brokenTail: true });
    expect(bytes.length).toBeLessThan(10 * 1024 * 1024);
    const outcome = await readSheet(bytes, "ds.xlsx").then(() => "ok", (e: ImportFileError) => `${e.status} ${e.code}`);
    expect(outcome).toBe("413 TOO_MANY_ROWS");
  });

  it("refuses a sheet wider than the template: by its declared dimension before any row, else at its first wide row", async () => {
    const outcome = (bytes: Uint8Array) => readSheet(bytes, "ds.xlsx").then((s) => `ok, ${s.rows.length} rows of up to ${Math.max(...s.rows.map((r) => r.cells.length))} cells`, (e: ImportFileError) => `${e.status} ${e.code}`);
    // Declared A1:XFD…: refused before the rows, which here end in bytes that are not XML.
    expect.soft(await outcome(hostileXlsx(1, { dimension: "A1:XFD20001", brokenTail: true }))).toBe("413 TOO_MANY_COLUMNS");
    // Declared narrow, or not at all, but each row has one cell at column XFD (16,384 cells a row if walked).
    expect.soft(await outcome(hostileXlsx(300, { column: "XFD", dimension: "A1:B301" }))).toBe("413 TOO_MANY_COLUMNS");
    expect.soft(await outcome(hostileXlsx(300, { column: "XFD" }))).toBe("413 TOO_MANY_COLUMNS");
    // Up to the cap is read as before.
    expect(await outcome(hostileXlsx(300, { column: "BL", dimension: "A1:BL301" }))).toBe("ok, 301 rows of up to 64 cells");
    expect(await readSheet(hostileXlsx(2, { column: "BM" }), "ds.xlsx", { ...IMPORT_LIMITS, maxColumns: 70 })).toMatchObject({ kind: "xlsx" });
  });

  it("reads a real workbook with dates, numbers and rich text", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("DS");
    ws.addRow(["Họ tên", "Ngày sinh", "Giới tính"]);
    ws.addRow([{ richText: [{ text: "Nguyễn " }, { text: "Văn An" }] }, new Date(Date.UTC(1980, 4, 12)), "Nam"]);
    ws.addRow(["Lò Thị Ánh", 1985, "Nữ"]);
    const sheet = await readSheet(new Uint8Array(await wb.xlsx.writeBuffer()), "ds.xlsx");
    expect(sheet.kind).toBe("xlsx");
    expect(sheet.rows.map((r) => r.number)).toEqual([1, 2, 3]);
    expect(sheet.rows[1]!.cells[0]).toBe("Nguyễn Văn An");
    expect(readBirth(sheet.rows[1]!.cells[1]!)).toEqual({ date: "1980-05-12", year: 1980 });
    expect(sheet.rows[2]!.cells[1]).toBe(1985);
  });

  it("reads the first visible sheet, whatever order the parts are stored in", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Ẩn", { state: "hidden" }).addRow(["Họ tên", "Giới tính"]).commit();
    const ws = wb.addWorksheet("DS");
    ws.addRow(["Họ tên", "Ngày sinh"]);
    ws.addRow(["Đặng Thị Ước", new Date(Date.UTC(1979, 0, 31))]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    // Excel stores the shared strings after the sheets: the same parts, in that order.
    const check = await inspectZip(bytes);
    if (!check.ok) throw new Error("not a zip");
    const { inflateRawSync } = await import("node:zlib");
    const parts = check.entries.map((e) => ({ name: e.name, data: e.method === 8 ? inflateRawSync(e.data) : e.data }));
    const reordered = zipWith([...parts.filter((p) => p.name !== "xl/sharedStrings.xml"), ...parts.filter((p) => p.name === "xl/sharedStrings.xml")]);
    for (const file of [bytes, reordered]) {
      const sheet = await readSheet(file, "ds.xlsx");
      expect(sheet.rows.map((r) => r.cells)).toEqual([["Họ tên", "Ngày sinh"], ["Đặng Thị Ước", new Date(Date.UTC(1979, 0, 31))]]);
    }
  });
});
