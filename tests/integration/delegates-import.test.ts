import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/access";
import { loadActor } from "@/lib/auth/actor";
import { getDb, getPool } from "@/lib/db/client";
import { load } from "@/lib/auth/load";
import { listRoster } from "@/lib/delegates/data";
import { rosterCsv, rosterStream } from "@/lib/delegates/export";
import { exportRows } from "@/lib/delegates/export-rows";
import { importRoster } from "@/lib/delegates/import";
import { ImportFileError } from "@/lib/import/errors";
import { createOrganisation, createProvince, createUser, type TestOrganisation } from "@/prisma/seed/factories";
import { HEADER, csv, readCsv, readXlsx, xlsx } from "../support/roster-files";

const db = getDb();
let organizer: Actor;
let province: Awaited<ReturnType<typeof createProvince>>;

async function freshOrganisation(): Promise<{ organisation: TestOrganisation; actor: Actor }> {
  const organisation = await createOrganisation(db, province, { opening: "2020-06-08" });
  const user = await createUser(db, "ORGANIZER", organisation.id);
  return { organisation, actor: (await loadActor(user.id, 1))! };
}

const unitName = (d: TestOrganisation, i = 0) => d.grassroots[i]!.name;
const count = (d: TestOrganisation) => db.delegate.count({ where: { congressId: d.congressId } });
const TODAY = "2020-06-01";

beforeAll(async () => {
  province = await createProvince(db);
  ({ actor: organizer } = await freshOrganisation());
});

describe("import: a bad file writes nothing", () => {
  it("an all-or-nothing commit of a file with one bad row leaves the roster unchanged and lists every bad row", async () => {
    const { organisation, actor } = await freshOrganisation();
    const file = csv([
      HEADER,
      [1, "Nguyễn Văn An", "Nam", "12/05/1975", "Kinh", "", "", "", "", unitName(organisation), "Bầu", "", "", ""],
      [2, "Lò Thị Ánh", "Nữ", "31/02/1980", "Thái", "", "", "", "", unitName(organisation), "Bầu", "", "", ""],
      [3, "Giàng A Sùng", "Nam", "1979", "Mèo", "", "", "đại học", "", "", "", "", "", ""],
      [4, "Nguyễn Văn An", "Nam", "12/05/1975", "Kinh", "", "", "", "", unitName(organisation), "Bầu", "", "", ""],
    ]);
    const before = await count(organisation);
    const report = await importRoster(actor, organisation.congressId, { bytes: file, name: "ds.csv" }, { dryRun: false, mode: "all", today: TODAY });
    expect(report.created).toBe(0);
    expect(await count(organisation)).toBe(before);
    expect(report.errors.map((e) => [e.row, e.header, e.code])).toEqual([
      [3, "Ngày sinh", "dateInvalid"],
      [4, "Lý luận chính trị", "theoryInvalid"],
      [4, "Đơn vị", "unitRequired"],
      [5, "Họ và tên", "duplicateInFile"],
    ]);
    expect(report.errors[3]!.params).toEqual({ row: 2 });
    // No audit entry either: nothing happened.
    expect(await db.auditEntry.count({ where: { action: "delegate.import", entityId: organisation.congressId } })).toBe(0);
  });

  it("a file that is not what it claims is refused before any row is read", async () => {
    const { organisation, actor } = await freshOrganisation();
    const pdf = new TextEncoder().encode("%PDF-1.4\n\u0000binary");
    await expect(importRoster(actor, organisation.congressId, { bytes: pdf, name: "ds.xlsx" }, { dryRun: false, mode: "all" })).rejects.toBeInstanceOf(ImportFileError);
    await expect(importRoster(actor, organisation.congressId, { bytes: csv([["Tên đơn vị", "Số đảng viên"], ["A", 1]]), name: "ds.csv" }, { dryRun: false, mode: "all" })).rejects.toMatchObject({ code: "NO_HEADER" });
    await expect(importRoster(actor, organisation.congressId, { bytes: csv([["Họ và tên", "Ngày sinh"], ["A B", "1980"]]), name: "ds.csv" }, { dryRun: false, mode: "all" })).rejects.toMatchObject({ code: "MISSING_COLUMNS" });
    expect(await count(organisation)).toBe(0);
  });

  it("'import only the valid rows' is an explicit second choice, and duplicates against the roster are caught next time", async () => {
    const { organisation, actor } = await freshOrganisation();
    const file = csv(
      [
        ["Họ tên", "Giới tính", "Ngày sinh", "Dân tộc", "Đơn vị"],
        ["Hoàng Thị Hoa", "nữ", "01/01/1985", "tay", unitName(organisation)],
        ["Vàng A Dơ", "Nam", "01/01/1985", "Kinh Việt", unitName(organisation)],
      ],
      ";",
    );
    const dry = await importRoster(actor, organisation.congressId, { bytes: file, name: "ds.csv" }, { dryRun: true, mode: "all", today: TODAY });
    expect(dry).toMatchObject({ rows: 2, validRows: 1, invalidRows: 1, created: 0 });
    expect(await count(organisation)).toBe(0);
    const some = await importRoster(actor, organisation.congressId, { bytes: file, name: "ds.csv" }, { dryRun: false, mode: "valid-only", today: TODAY });
    expect(some.created).toBe(1);
    const again = await importRoster(actor, organisation.congressId, { bytes: file, name: "ds.csv" }, { dryRun: true, mode: "all", today: TODAY });
    expect(again.errors.map((e) => e.code)).toEqual(["duplicateInRoster", "ethnicityUnknown"]);
    const audit = await db.auditEntry.findFirst({ where: { action: "delegate.import", entityId: organisation.congressId } });
    expect(audit?.after).toMatchObject({ created: 1, mode: "valid-only" });
    expect(JSON.stringify(audit?.after)).not.toContain("Hoàng");
  });

  it("refuses rows beyond a unit's quota", async () => {
    const { organisation, actor } = await freshOrganisation();
    await db.delegateQuota.create({ data: { congressId: organisation.congressId, unitId: organisation.grassroots[0]!.id, seats: 1, provinceId: organisation.provinceId, organisationId: organisation.id } });
    const file = csv([
      ["Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc", "Đơn vị", "Loại đại biểu"],
      ["Trần Văn Một", "Nam", "1970", "Kinh", unitName(organisation), "Bầu"],
      ["Trần Văn Hai", "Nam", "1971", "Kinh", unitName(organisation), "Bầu"],
      ["Trần Văn Ba", "Nam", "1972", "Kinh", unitName(organisation), "Đương nhiên"],
    ]);
    const report = await importRoster(actor, organisation.congressId, { bytes: file, name: "ds.csv" }, { dryRun: true, mode: "all", today: TODAY });
    expect(report.errors).toEqual([expect.objectContaining({ row: 3, column: "homeUnit", code: "overQuota", params: { seats: 1 } })]);
  });

  it("another organisation's organizer cannot import into this congress (404)", async () => {
    const { organisation } = await freshOrganisation();
    await expect(importRoster(organizer, organisation.congressId, { bytes: csv([HEADER]), name: "a.csv" }, { dryRun: true, mode: "all" })).rejects.toMatchObject({ status: 404 });
  });
});

describe("import: many rows", () => {
  it("a commit larger than one insert statement (5,000 rows) writes every row once, with the schema's defaults", async () => {
    const { organisation, actor } = await freshOrganisation();
    const n = 5_003;
    const family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Lò"];
    const middle = ["Văn", "Thị", "Hữu", "Minh", "Đức", "Thanh", "Quốc", "Ngọc", "Xuân", "Công"];
    const given = ["An", "Bình", "Cường", "Dũng", "Đức", "Hà", "Lan", "Ơn", "Ngọc", "Ước"];
    const born = (i: number) => new Date(Date.UTC(1960, 0, 1 + i)).toISOString().slice(0, 10); // one day each: no duplicates
    const ddmmyyyy = (iso: string) => iso.split("-").reverse().join("/");
    const rows = Array.from({ length: n }, (_, i) => [
      `${family[i % 10]} ${middle[Math.floor(i / 10) % 10]} ${given[Math.floor(i / 100) % 10]}`,
      i % 2 ? "Nữ" : "Nam",
      ddmmyyyy(born(i)),
      "Kinh",
      i % 3 ? "" : "19/05/1998",
      "Chỉ định",
      `dòng ${i + 1}`,
    ]);
    const file = csv([["Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc", "Ngày vào Đảng", "Loại đại biểu", "Ghi chú"], ...rows]);
    const started = Date.now();
    const report = await importRoster(actor, organisation.congressId, { bytes: file, name: "lon.csv" }, { dryRun: false, mode: "all", today: TODAY });
    expect(report).toMatchObject({ errors: [], rows: n, created: n });
    const stored = await db.delegate.findMany({ where: { congressId: organisation.congressId } });
    expect(stored).toHaveLength(n);
    expect(new Set(stored.map((d) => d.id)).size).toBe(n);
    const byNote = new Map(stored.map((d) => [d.note, d]));
    for (const [i, r] of rows.entries()) {
      const d = byNote.get(`dòng ${i + 1}`)!;
      expect(d.id[14]).toBe("7"); // UUID v7, as @default(uuid(7)) makes them
      expect([d.fullName, d.birthDate?.toISOString().slice(0, 10), d.gender, d.partyAdmissionDate?.toISOString().slice(0, 10) ?? null]).toEqual([r[0], born(i), i % 2 ? "FEMALE" : "MALE", i % 3 ? null : "1998-05-19"]);
      expect(d).toMatchObject({ category: "APPOINTED", credentialStatus: "PENDING", version: 1, provinceId: organisation.provinceId, organisationId: organisation.id, homeUnitId: null });
      expect(d.createdAt.getTime()).toBeGreaterThanOrEqual(started - 1_000);
      expect(d.updatedAt.getTime()).toBeGreaterThanOrEqual(started - 1_000);
    }
    expect(byNote.get(`dòng ${n}`)).toMatchObject({ familyName: "Lê", middleName: "Văn", givenName: "An", searchKey: "le van an" });
  }, 60_000);
});

describe("round trip and order", () => {
  it("a clean file imports and exports (XLSX and CSV) with identical values, in Vietnamese order", async () => {
    const { organisation, actor } = await freshOrganisation();
    const u0 = unitName(organisation, 0);
    const u1 = unitName(organisation, 1);
    const rows = [
      ["Phạm Văn Đức", "Nam", "05/03/1975", "Kinh", "19/05/1998", "12/12, Đại học Luật", "Cao cấp", "Bí thư Đảng ủy xã", u0, "Được bầu", "Tổ 1", "12", "=SUM(A1:A2)"],
      ["Lò Thị Ơn", "Nữ", "1988", "Thái", "", "12/12", "Trung cấp", "", u1, "Được bầu", "", "", ""],
      ["Trần Văn Ước", "Nam", "14/11/1969", "Mông", "02/09/1990", "", "Cử nhân chính trị", "Phó Bí thư Huyện ủy", "", "Đương nhiên", "Tổ 2", "1", ""],
      ["Hoàng Thị Ân", "Nữ", "20/10/1990", "Giáy", "", "", "Sơ cấp", "+84 912 345 678", u0, "Được bầu", "", "", "@ghi chú"],
      ["Vũ Văn Dũng", "Nam", "01/01/1980", "Dao", "", "", "", "", "", "Chỉ định", "", "", ""],
      ["Đỗ Văn Ăn", "Nam", "02/02/1982", "Kinh", "", "", "", "", u1, "Được bầu", "", "", ""],
      ["Lý Thị Ê", "Nữ", "03/03/1983", "Kinh", "", "", "", "", u1, "Được bầu", "", "", ""],
      ["Hà Văn Ông", "Nam", "04/04/1984", "Kinh", "", "", "", "", u1, "Được bầu", "", "", ""],
      ["Âu Thị Anh", "Nữ", "05/05/1985", "Kinh", "", "", "", "", u1, "Được bầu", "", "", ""],
      ["Nguyễn Văn An", "Nam", "06/06/1986", "Kinh", "", "", "", "", u1, "Được bầu", "", "", ""],
    ];
    const header = HEADER.slice(1);
    const file = await xlsx([header, ...rows]);
    const report = await importRoster(actor, organisation.congressId, { bytes: file, name: "ds.xlsx" }, { dryRun: false, mode: "all", today: TODAY });
    expect(report.errors).toEqual([]);
    expect(report.created).toBe(rows.length);

    const expectedOrder = ["Nguyễn Văn An", "Âu Thị Anh", "Đỗ Văn Ăn", "Hoàng Thị Ân", "Vũ Văn Dũng", "Phạm Văn Đức", "Lý Thị Ê", "Hà Văn Ông", "Lò Thị Ơn", "Trần Văn Ước"];
    const congress = await load(actor, "congress", organisation.congressId, "delegate.read");
    const roster = await listRoster(actor, congress);
    expect(roster.map((r) => r.fullName)).toEqual(expectedOrder);
    // Downloads read with their own statement, ordered by PostgreSQL's ICU collation: the same
    // order; and, like every read, nothing outside the caller's scope.
    const downloadRows = await exportRows(actor, congress);
    expect(downloadRows.map((r) => r.fullName)).toEqual(expectedOrder);
    expect(await exportRows(organizer, congress)).toEqual([]);

    // What was imported comes back in the same columns, formulas neutralised with an apostrophe.
    const byName = new Map(rows.map((r) => [r[0], r]));
    const neutral = (v: string) => (/^[=+\-@]/.test(v) ? `'${v}` : v);
    const importColumns = (cells: string[], headerRow: string[]) => header.map((h) => cells[headerRow.indexOf(h)] ?? "");

    // The CSV is written by PostgreSQL (COPY) with the same cells, in the same order and scope.
    const csvOf = async (who: typeof actor) => new Uint8Array(await new Response(await rosterCsv(who, congress)).arrayBuffer());
    expect(readCsv(new TextDecoder("utf-8", { ignoreBOM: true }).decode(await csvOf(organizer))).length).toBe(1); // the header only
    const csvBytes = await csvOf(actor);
    expect([...csvBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM, so Excel reads UTF-8
    const csvText = new TextDecoder("utf-8", { ignoreBOM: true }).decode(csvBytes);
    const csvRows = readCsv(csvText);
    expect(csvRows[0]!.slice(0, 2)).toEqual(["STT", "Họ và tên"]);
    expect(csvRows.slice(1).map((r) => r[1])).toEqual(expectedOrder);
    for (const r of csvRows.slice(1)) expect(importColumns(r, csvRows[0]!)).toEqual(byName.get(r[1]!)!.map(neutral));

    const book = await readXlsx(new Uint8Array(await new Response(await rosterStream("xlsx", congress, roster)).arrayBuffer()));
    const headerIndex = book.rows.findIndex((r) => r[0] === "STT");
    // The issuing body as the organisation's own name says it: "ĐẢNG BỘ XÃ …" for a commune.
    expect(book.rows[0]![0]).toBe(organisation.name.toLocaleUpperCase("vi"));
    expect(book.rows[0]![0]).toMatch(/^ĐẢNG BỘ XÃ /);
    expect(book.rows.flat()).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(book.rows.flat()).toContain("DANH SÁCH ĐẠI BIỂU");
    expect(book.rows.flat().join(" ")).not.toContain("CHÍNH THỨC");
    expect(book.ws.views[0]).toMatchObject({ state: "frozen", ySplit: headerIndex + 1 });
    expect(book.ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9 });
    const data = book.rows.slice(headerIndex + 1);
    expect(data.map((r) => r[0])).toEqual(expectedOrder.map((_, i) => String(i + 1)));
    for (const r of data) expect(importColumns(r, book.rows[headerIndex]!)).toEqual(byName.get(r[1]!)!.map(neutral));

    // Text stored decomposed (written around the app) still leaves the CSV in NFC.
    await db.delegate.updateMany({ where: { congressId: organisation.congressId, fullName: "Lò Thị Ơn" }, data: { note: "Nghi\u0323 quyê\u0301t" } });
    const again = readCsv(new TextDecoder("utf-8", { ignoreBOM: true }).decode(await csvOf(actor)));
    expect(again.find((r) => r[1] === "Lò Thị Ơn")!.at(-1)).toBe("Nghị quyết");
  });

  it("an exported roster imports again into another congress with the same values", async () => {
    const { organisation, actor } = await freshOrganisation();
    const source = csv([
      ["Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc", "Đơn vị", "Lý luận chính trị", "Chức vụ"],
      ["Nguyễn Thị Thu Hương", "Nữ", "07/08/1979", "Tày", unitName(organisation), "Trung cấp", "Chủ tịch Hội Phụ nữ"],
      ["Sùng A Páo", "Nam", "1972", "Mông", unitName(organisation), "Cao cấp", "Bí thư Đảng ủy"],
    ]);
    await importRoster(actor, organisation.congressId, { bytes: source, name: "a.csv" }, { dryRun: false, mode: "all", today: TODAY });
    const congress = await load(actor, "congress", organisation.congressId, "delegate.read");
    const exported = new Uint8Array(await new Response(await rosterStream("xlsx", congress, await listRoster(actor, congress))).arrayBuffer());
    await db.delegate.deleteMany({ where: { congressId: organisation.congressId } });
    const back = await importRoster(actor, organisation.congressId, { bytes: exported, name: "xuat.xlsx" }, { dryRun: false, mode: "all", today: TODAY });
    expect(back).toMatchObject({ errors: [], created: 2 });
    const again = await listRoster(actor, congress);
    expect(again.map((d) => [d.fullName, d.gender, d.birthDate?.toISOString().slice(0, 10) ?? d.birthYear, d.ethnicity, d.theoryLevel, d.position])).toEqual([
      ["Nguyễn Thị Thu Hương", "FEMALE", "1979-08-07", "Tày", "INTERMEDIATE", "Chủ tịch Hội Phụ nữ"],
      ["Sùng A Páo", "MALE", 1972, "Mông", "ADVANCED", "Bí thư Đảng ủy"],
    ]);
  });
});

describe("CSV download", () => {
  it("abandoned half-way, closes its connection rather than returning it mid-COPY, and the pool goes on", async () => {
    const { organisation, actor } = await freshOrganisation();
    const place = { congressId: organisation.congressId, provinceId: organisation.provinceId, organisationId: organisation.id };
    await db.delegate.createMany({
      data: Array.from({ length: 2000 }, (_, i) => ({ ...place, fullName: `Nguyễn Văn ${i}`, familyName: "Nguyễn", middleName: "Văn", givenName: String(i), searchKey: `nguyen van ${i}`, gender: "MALE" as const, birthYear: 1980, ethnicity: "Kinh", category: "ELECTED" as const })),
    });
    const congress = await load(actor, "congress", organisation.congressId, "delegate.read");
    const pool = getPool();
    const reader = (await rosterCsv(actor, congress)).getReader();
    await reader.read(); // the BOM and the header line
    expect((await reader.read()).value!.byteLength).toBeGreaterThanOrEqual(65_536); // a first piece of lines
    await reader.cancel();
    // No connection is left busy with the abandoned COPY, and the next statements run.
    await expect.poll(() => pool.totalCount - pool.idleCount).toBe(0);
    expect(await db.delegate.count({ where: { congressId: organisation.congressId } })).toBe(2000);
    const whole = readCsv(new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(await rosterCsv(actor, congress)).arrayBuffer()));
    expect(whole).toHaveLength(2001);
  });
});
