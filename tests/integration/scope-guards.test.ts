// The database itself refuses a row whose province/organisation copy differs from its parent's
// (prisma/migrations/*_scope_guards): the columns every scoped read filters on cannot lie.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createCongressDocument, createDelegates, createOrganisation, createProvince, createSubCommittee, createTask, type TestOrganisation } from "@/prisma/seed/factories";

const db = getDb();
let own: TestOrganisation;
let other: TestOrganisation;
const refused = /province\/organisation of this .* differ|cannot change/;

beforeAll(async () => {
  const province = await createProvince(db);
  own = await createOrganisation(db, province, { grassroots: 1 });
  other = await createOrganisation(db, await createProvince(db), { grassroots: 1 });
});

const elsewhere = () => ({ provinceId: other.provinceId, organisationId: other.id });
const here = () => ({ provinceId: own.provinceId, organisationId: own.id });

describe("the database guards the scope columns", () => {
  it("refuses rows under a congress that carry another organisation", async () => {
    const congressId = own.congressId;
    await expect(db.task.create({ data: { congressId, ...elsewhere(), title: "Sai chỗ" } })).rejects.toThrow(refused);
    await expect(db.milestone.create({ data: { congressId, ...elsewhere(), name: "Sai chỗ", plannedOn: new Date("2030-01-01") } })).rejects.toThrow(refused);
    await expect(db.subCommittee.create({ data: { congressId, ...elsewhere(), name: "Sai chỗ" } })).rejects.toThrow(refused);
    await expect(db.congressDocument.create({ data: { congressId, ...elsewhere(), title: "Sai chỗ" } })).rejects.toThrow(refused);
    await expect(db.delegate.create({ data: { congressId, ...elsewhere(), fullName: "Lò Văn Sai", familyName: "Lò", middleName: "Văn", givenName: "Sai", searchKey: "lo van sai", gender: "MALE", birthYear: 1980, ethnicity: "Thái", category: "APPOINTED" } })).rejects.toThrow(refused);
    // Only an organisation, not the province: half a scope is refused too.
    await expect(db.task.create({ data: { congressId, provinceId: own.provinceId, organisationId: null, title: "Nửa chỗ" } })).rejects.toThrow(refused);
    // The same rows with the congress's own scope are written.
    await expect(db.task.create({ data: { congressId, ...here(), title: "Đúng chỗ" } })).resolves.toMatchObject({ title: "Đúng chỗ" });
  });

  it("refuses rows under a task, a sub-committee or a document that carry another organisation", async () => {
    const task = await createTask(db, own);
    const sub = await createSubCommittee(db, own);
    const doc = await createCongressDocument(db, own);
    await expect(db.taskComment.create({ data: { taskId: task.id, ...elsewhere(), body: "Sai chỗ" } })).rejects.toThrow(refused);
    await expect(db.taskEvent.create({ data: { taskId: task.id, ...elsewhere(), kind: "created" } })).rejects.toThrow(refused);
    await expect(db.subCommitteeMember.create({ data: { subCommitteeId: sub.id, ...elsewhere(), fullName: "Sai chỗ", position: "MEMBER" } })).rejects.toThrow(refused);
    await expect(db.documentVersion.create({ data: { documentId: doc.id, ...elsewhere(), number: 9, fileName: "a.pdf", contentType: "application/pdf", size: 1, sha256: "0".repeat(64), content: Buffer.from("x") } })).rejects.toThrow(refused);
    await expect(db.taskComment.create({ data: { taskId: task.id, ...here(), body: "Đúng chỗ" } })).resolves.toBeTruthy();
  });

  it("refuses moving a record to another organisation, and a congress or unit placed away from its unit or parent", async () => {
    const task = await createTask(db, own);
    await expect(db.task.update({ where: { id: task.id }, data: elsewhere() })).rejects.toThrow(refused);
    await expect(db.congress.update({ where: { id: own.congressId }, data: elsewhere() })).rejects.toThrow(refused);
    await expect(db.congress.create({ data: { unitId: own.grassroots[0]!.id, ...elsewhere(), ordinal: 1, termStart: 2040, termEnd: 2045 } })).rejects.toThrow(refused);
    await expect(db.unit.create({ data: { code: `X-${Date.now()}`, name: "Chi bộ sai chỗ", kind: "GRASSROOTS_CELL", parentId: own.id, ...elsewhere() } })).rejects.toThrow(refused);
    const [d] = await createDelegates(db, own, [{ fullName: "Nguyễn Văn Đúng" }]);
    await expect(db.delegate.update({ where: { id: d!.id }, data: elsewhere() })).rejects.toThrow(refused);
  });
});
