// The roster's order comes from the database (delegate.sort_key, set by a trigger) so pages can
// read one page of it through an index. It must be the order of lib/delegates/names.ts
// compareByName (ICU's Vietnamese collation, given name first) for every name, written either way.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { compareByName, splitName } from "@/lib/delegates/names";
import { FAMILY_NAMES } from "@/prisma/seed/names";
import { createDelegates, createOrganisation, createProvince, type TestOrganisation } from "@/prisma/seed/factories";

const db = getDb();
let organisation: TestOrganisation;

const GIVEN = ["An", "Anh", "Ánh", "anh", "Ân", "Ăn", "Ấn", "Ản", "Bình", "Đức", "Dũng", "Ơn", "Ôn", "On", "Ưng", "Uyên", "Ý", "Y", "Ỵ", "Ỷ", "Ỹ", "Ỳ", "Thịnh", "Thị", "Hà", "Hạ", "Hả", "Hã", "Há", "Ha"];
const MIDDLE = ["", "Văn", "Thị", "Thị Ngọc", "Thị Ánh", "Đình", "Đức", "Hữu", "Ngọc", "A", "Á", "Thu"];

beforeAll(async () => {
  organisation = await createOrganisation(db, await createProvince(db), { grassroots: 1 });
  // Every given × middle with a family name cycled from the seed's list: 360 names, some twice
  // with other families, some written decomposed (NFD) as pasted text arrives.
  const names = GIVEN.flatMap((g, i) => MIDDLE.map((m, j) => [FAMILY_NAMES[(i + j) % FAMILY_NAMES.length], m, g].filter(Boolean).join(" ")));
  await createDelegates(db, organisation, names.map((fullName, i) => ({ fullName: i % 7 === 0 ? fullName.normalize("NFD") : fullName, birthDate: `19${60 + (i % 30)}-01-15` })));
});

describe("the roster's stored sort key", () => {
  it("orders every name as compareByName does (then birth year, then id)", async () => {
    const rows = await db.delegate.findMany({ where: { congressId: organisation.congressId }, select: { id: true, fullName: true, familyName: true, middleName: true, givenName: true, birthYear: true }, orderBy: [{ sortKey: "asc" }, { birthYear: "asc" }, { id: "asc" }] });
    expect(rows.length).toBe(GIVEN.length * MIDDLE.length);
    const expected = [...rows].sort((a, b) => compareByName(a, b) || a.birthYear - b.birthYear || (a.id < b.id ? -1 : 1));
    expect(rows.map((r) => r.fullName)).toEqual(expected.map((r) => r.fullName));
  });

  it("follows a rename", async () => {
    const [first] = await db.delegate.findMany({ where: { congressId: organisation.congressId }, orderBy: [{ sortKey: "asc" }], take: 1, select: { id: true, sortKey: true } });
    await db.delegate.update({ where: { id: first!.id }, data: splitName("Nguyễn Văn Yz") });
    const after = await db.delegate.findUniqueOrThrow({ where: { id: first!.id }, select: { sortKey: true } });
    expect(after.sortKey).not.toBe(first!.sortKey);
    const last = await db.delegate.findFirst({ where: { congressId: organisation.congressId }, orderBy: [{ sortKey: "desc" }], select: { givenName: true } });
    expect(last?.givenName).toBe("Yz");
  });
});
