import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/access";
import { loadActor } from "@/lib/auth/actor";
import { load } from "@/lib/auth/load";
import { getDb } from "@/lib/db/client";
import { listRoster } from "@/lib/delegates/data";
import { getElection } from "@/lib/elections/data";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { executeAction, registeredActions } from "@/lib/server/action";
import { getOrganisation, getProvince } from "@/lib/units/data";
import { createElectionWithCandidates, createRound } from "@/prisma/seed/election-factories";
import { createDelegates, createOrganisation, createProvince, createUser, type TestOrganisation, type TestUnit } from "@/prisma/seed/factories";

// The reorganisation of 1/7/2025 recorded as unit life: a district is dissolved and names the
// commune that keeps its records; provinces merge. The district's 2020 congress stays as it was:
// its roster and election results read afterwards, from its successor, never rewritten.
vi.mock("@/lib/auth/session", () => ({ getActor: async () => null }));
await import("@/lib/units/organisation-actions");

const db = getDb();
const asActor = async (userId: string) => (await loadActor(userId, 1))!;
let province: TestUnit;
let district: TestOrganisation;
let commune: TestOrganisation;
let otherCommune: TestOrganisation;
let admin: Actor;
let electionId: string;

function call(name: string, actor: Actor, input: unknown) {
  return executeAction(registeredActions().get(name)!, actor, input);
}

beforeAll(async () => {
  province = await createProvince(db);
  district = await createOrganisation(db, province, { kind: "DISTRICT", name: "Đảng bộ huyện Tân Uyên Thử" });
  [commune, otherCommune] = await Promise.all([createOrganisation(db, province, { name: "Đảng bộ xã Tân Uyên Thử" }), createOrganisation(db, province)]);
  await createDelegates(db, district, [
    { fullName: "Lò Văn Pấng", homeUnitId: district.grassroots[0]!.id },
    { fullName: "Tòng Thị Bích", gender: "FEMALE", homeUnitId: district.grassroots[1]!.id },
  ]);
  const place = { congressId: district.congressId, provinceId: province.id, organisationId: district.id };
  const election = await createElectionWithCandidates(db, place, { seats: 2, candidates: 3 });
  electionId = election.id;
  await createRound(db, place, election, { ballotsIssued: 100, boxes: [{ box: 1, ballotsReceived: 100, valid: 98, invalid: 2, votes: [90, 80, 20] }], closed: true });
  admin = await asActor((await createUser(db, "ADMIN", null)).id);
});

describe("the reorganisation of 1/7/2025 keeps the past readable", () => {
  it("a dissolved district's 2020 congress, roster and election results read from its successor, read only", async () => {
    const districtOrganizerId = (await createUser(db, "ORGANIZER", district.id)).id;
    const dissolved = await call("organisation.change-status", admin, { unitId: district.id, version: 1, status: "DISSOLVED", effectiveOn: "01/07/2025", successorId: commune.id, note: "Sắp xếp chính quyền địa phương hai cấp" });
    expect(dissolved).toMatchObject({ ok: true });

    // The successor's page names the district; its organizer reads the district's congress as it was.
    const communeOrganizer = await asActor((await createUser(db, "ORGANIZER", commune.id)).id);
    const successor = await getOrganisation(communeOrganizer, commune.id);
    expect(successor.predecessors.map((p) => [p.id, p.status])).toEqual([[district.id, "DISSOLVED"]]);
    const congress = await load(communeOrganizer, "congress", district.congressId, "delegate.read");
    expect(congress.termStart).toBe(2020);
    expect((await listRoster(communeOrganizer, congress)).map((d) => d.fullName)).toEqual(["Tòng Thị Bích", "Lò Văn Pấng"]);
    const election = await getElection(communeOrganizer, electionId, { id: congress.id, opening: congress.opening }, "2026-12-07");
    expect(election.rounds[0]!.decision!.elected).toHaveLength(2);

    // Nothing of the past is rewritten: neither the successor nor the district's own organizer writes there.
    const districtOrganizer = await asActor(districtOrganizerId);
    await expect(load(communeOrganizer, "congress", district.congressId, "delegate.manage")).rejects.toThrow(ForbiddenError);
    await expect(load(districtOrganizer, "congress", district.congressId, "delegate.manage")).rejects.toThrow(ForbiddenError);
    expect((await load(districtOrganizer, "congress", district.congressId, "organisation.read")).id).toBe(district.congressId);

    // Another commune of the province reaches none of it.
    const stranger = await asActor((await createUser(db, "ORGANIZER", otherCommune.id)).id);
    await expect(load(stranger, "congress", district.congressId, "organisation.read")).rejects.toThrow(NotFoundError);
  });

  it("provinces merge: the overseer of the surviving province reads the merged province's history, and writes none of it", async () => {
    const survivor = await createProvince(db, "Đảng bộ tỉnh Cà Mau Thử");
    const merged = await call("province.change-status", admin, { unitId: province.id, version: 1, status: "MERGED", effectiveOn: "01/07/2025", successorId: survivor.id });
    expect(merged).toMatchObject({ ok: true });
    const overseer = await asActor((await createUser(db, "PROVINCE_OVERSEER", survivor.id)).id);
    expect((await getProvince(overseer, province.id)).provinceUnits.map((u) => u.id)).toEqual(expect.arrayContaining([district.id, commune.id]));
    expect((await load(overseer, "congress", district.congressId, "delegate.read")).id).toBe(district.congressId);
    await expect(load(overseer, "congress", district.congressId, "congress.edit")).rejects.toThrow(ForbiddenError);
    // A district's successor is an organisation; a province's, a province.
    expect(await call("organisation.change-status", admin, { unitId: otherCommune.id, version: 1, status: "MERGED", effectiveOn: "01/07/2025", successorId: survivor.id })).toMatchObject({ ok: false, fieldErrors: { successorId: ["errors.invalid"] } });
  });
});
