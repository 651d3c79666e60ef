import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/access";
import { loadActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { executeAction, registeredActions } from "@/lib/server/action";
import { createDelegates, createOrganisation, createRoleUsers, createWorld, type World } from "@/prisma/seed/factories";

// executeAction takes the actor directly; the session module (next-auth) is not needed here.
vi.mock("@/lib/auth/session", () => ({ getActor: async () => null }));
await import("@/lib/delegates/actions");

type Result = { ok: true; data: Record<string, unknown> } | { ok: false; code: string; fieldErrors?: Record<string, string[]>; current?: unknown };
const run = (name: string, actor: Actor, input: unknown) => executeAction(registeredActions().get(name)!, actor, input) as Promise<Result>;

const db = getDb();
let world: World;
const actors = {} as Record<string, Actor>;

beforeAll(async () => {
  world = await createWorld(db);
  const users = await createRoleUsers(db, world);
  for (const [role, user] of Object.entries(users)) actors[role] = (await loadActor(user.id, 1))!;
  const other = await createRoleUsers(db, { ...world, organisation: world.sameProvinceOrganisation });
  actors.OTHER_ORGANIZER = (await loadActor(other.ORGANIZER.id, 1))!;
});

/** A new delegate of the world's organisation, by a unique name; returns its id and version. */
async function delegate(fullName: string, spec: Parameters<typeof createDelegates>[2][number] = { fullName }) {
  const all = await createDelegates(db, world.organisation, [{ ...spec, fullName }]);
  return all.find((d) => d.fullName === fullName.normalize("NFC"))!;
}

/** The form's fields for a delegate, as the edit page sends them. */
const fields = (over: Record<string, unknown> = {}) => ({
  fullName: "Nguyễn Văn Sửa",
  gender: "MALE",
  birth: "15/01/1980",
  ethnicity: "Kinh",
  partyAdmissionDate: "",
  educationLevel: "",
  theoryLevel: "",
  position: "",
  homeUnitId: world.organisation.grassroots[0]!.id,
  category: "ELECTED",
  group: "",
  seat: "",
  note: "",
  overQuotaReason: "",
  ...over,
});

const audits = (entityId: string, action: string) => db.auditEntry.findMany({ where: { entityId, action }, orderBy: { id: "asc" } });

describe("editing a delegate", () => {
  it("saves every field, re-splits the name as creation does, and writes one audit entry without personal data", async () => {
    const d = await delegate("Nguyễn Văn Sửa");
    // The name arrives in NFD with extra spaces; the ethnicity typed loosely.
    const name = "  Hoàng   Thị Ánh  Ngọc ".normalize("NFD");
    const r = await run("delegate.update", actors.ORGANIZER!, {
      id: d.id,
      version: d.version,
      delegate: fields({
        fullName: name,
        gender: "FEMALE",
        birth: "1984",
        ethnicity: "ê-đê",
        partyAdmissionDate: "03/02/2008",
        educationLevel: "12/12, Đại học Luật",
        theoryLevel: "ADVANCED",
        position: "Bí thư Đảng ủy xã",
        homeUnitId: world.organisation.grassroots[2]!.id,
        group: "Tổ 3",
        seat: "41",
        note: "Trưởng đoàn",
      }),
    });
    expect(r).toMatchObject({ ok: true, data: { id: d.id, version: d.version + 1, values: { fullName: "Hoàng Thị Ánh Ngọc", birth: "1984", ethnicity: "Ê Đê", partyAdmissionDate: "03/02/2008" } } });
    const row = await db.delegate.findUniqueOrThrow({ where: { id: d.id } });
    expect(row).toMatchObject({
      fullName: "Hoàng Thị Ánh Ngọc",
      familyName: "Hoàng",
      middleName: "Thị Ánh",
      givenName: "Ngọc",
      searchKey: "hoang thi anh ngoc",
      gender: "FEMALE",
      birthDate: null,
      birthYear: 1984,
      ethnicity: "Ê Đê",
      partyAdmissionDate: new Date("2008-02-03T00:00:00Z"),
      educationLevel: "12/12, Đại học Luật",
      theoryLevel: "ADVANCED",
      position: "Bí thư Đảng ủy xã",
      homeUnitId: world.organisation.grassroots[2]!.id,
      group: "Tổ 3",
      seat: "41",
      note: "Trưởng đoàn",
      version: d.version + 1,
    });
    const [entry, ...more] = await audits(d.id, "delegate.update");
    expect(more).toHaveLength(0);
    expect(entry).toMatchObject({ actorId: actors.ORGANIZER!.userId, organisationId: world.organisation.id, after: { category: "ELECTED", overQuota: false } });
    expect((entry!.after as { fields: string[] }).fields).toEqual(expect.arrayContaining(["fullName", "gender", "birthDate", "birthYear", "ethnicity", "homeUnitId", "group", "seat", "note"]));
    expect(JSON.stringify([entry!.before, entry!.after])).not.toMatch(/Hoàng|Ngọc|1984|Ê Đê|Luật|Trưởng đoàn|41/);

    // Saving the same values again changes nothing: no new version, no second entry.
    const same = await run("delegate.update", actors.ADMIN!, { id: d.id, version: d.version + 1, delegate: fields({ ...(r.ok ? (r.data.values as object) : {}) }) });
    expect(same).toMatchObject({ ok: true, data: { version: d.version + 1 } });
    expect(await audits(d.id, "delegate.update")).toHaveLength(1);
  });

  it("lets an admin edit, refuses viewers, members, leads and overseers (403) and another organisation's organizer (404)", async () => {
    const d = await delegate("Trần Văn Quyền");
    const input = (version: number, over = {}) => ({ id: d.id, version, delegate: fields({ fullName: "Trần Văn Quyền", ...over }) });
    for (const role of ["VIEWER", "MEMBER", "SUBCOMMITTEE_LEAD", "PROVINCE_OVERSEER"]) {
      expect(await run("delegate.update", actors[role]!, input(d.version, { note: role })), role).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await run("delegate.update", actors.OTHER_ORGANIZER!, input(d.version, { note: "x" }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.delegate.findUniqueOrThrow({ where: { id: d.id }, select: { note: true, version: true } })).toEqual({ note: null, version: d.version });
    expect(await run("delegate.update", actors.ADMIN!, input(d.version, { note: "Quản trị sửa" }))).toMatchObject({ ok: true, data: { version: d.version + 1 } });
    // The home unit must be a grassroots unit of this congress's organisation.
    expect(await run("delegate.update", actors.ORGANIZER!, input(d.version + 1, { homeUnitId: world.sameProvinceOrganisation.grassroots[0]!.id }))).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { homeUnitId: ["delegateImport.errors.unitUnknownShort"] },
    });
  });

  it("refuses a stale save and sends back the newer values", async () => {
    const d = await delegate("Lê Văn Trước");
    const first = await run("delegate.update", actors.ORGANIZER!, { id: d.id, version: d.version, delegate: fields({ fullName: "Lê Văn Sau", position: "Chủ tịch UBND xã" }) });
    expect(first.ok).toBe(true);
    const stale = await run("delegate.update", actors.ORGANIZER!, { id: d.id, version: d.version, delegate: fields({ fullName: "Lê Văn Cũ" }) });
    expect(stale).toMatchObject({ ok: false, code: "VERSION_CONFLICT", current: { version: d.version + 1, values: { fullName: "Lê Văn Sau", position: "Chủ tịch UBND xã", birth: "15/01/1980" } } });
    expect((await db.delegate.findUniqueOrThrow({ where: { id: d.id } })).fullName).toBe("Lê Văn Sau");
    expect(await audits(d.id, "delegate.update")).toHaveLength(1);
  });

  it("refuses moving an elected delegate into a unit over its quota unless a reason is given", async () => {
    const [a, b] = [world.organisation.grassroots[0]!.id, world.organisation.grassroots[1]!.id];
    const quotas = await run("delegate.save-quotas", actors.ORGANIZER!, { congressId: world.organisation.congressId, quotas: [{ unitId: b, seats: 1, version: null }] });
    expect(quotas.ok).toBe(true);
    await delegate("Phạm Văn Chỗ", { fullName: "Phạm Văn Chỗ", homeUnitId: b });
    const d = await delegate("Vũ Văn Chuyển", { fullName: "Vũ Văn Chuyển", homeUnitId: a });
    const move = (over: Record<string, unknown>, version = d.version) => run("delegate.update", actors.ORGANIZER!, { id: d.id, version, delegate: fields({ fullName: "Vũ Văn Chuyển", homeUnitId: b, ...over }) });
    expect(await move({})).toMatchObject({ ok: false, code: "QUOTA_EXCEEDED", fieldErrors: { overQuotaReason: ["delegates.form.overQuotaReasonRequired"] } });
    expect((await db.delegate.findUniqueOrThrow({ where: { id: d.id } })).homeUnitId).toBe(a);
    // Moved as ex officio it takes no elected seat.
    expect(await move({ category: "EX_OFFICIO", homeUnitId: "" })).toMatchObject({ ok: true });
    expect(await move({ category: "ELECTED" }, d.version + 1)).toMatchObject({ ok: false, code: "QUOTA_EXCEEDED" });
    const moved = await move({ overQuotaReason: "Bầu bổ sung theo Quyết định 31-QĐ/HU" }, d.version + 1);
    expect(moved).toMatchObject({ ok: true, data: { version: d.version + 2 } });
    expect(await db.delegate.findUniqueOrThrow({ where: { id: d.id } })).toMatchObject({ homeUnitId: b, overQuotaReason: "Bầu bổ sung theo Quyết định 31-QĐ/HU" });
    // Once in, editing another field needs no new reason and keeps the stored one.
    expect(await move({ note: "Đã bổ sung hồ sơ" }, d.version + 2)).toMatchObject({ ok: true });
    expect(await db.delegate.findUniqueOrThrow({ where: { id: d.id } })).toMatchObject({ note: "Đã bổ sung hồ sơ", overQuotaReason: "Bầu bổ sung theo Quyết định 31-QĐ/HU" });
    const entries = await audits(d.id, "delegate.update");
    expect(entries).toHaveLength(3);
    expect(entries.map((e) => (e.after as { overQuota: boolean }).overQuota)).toEqual([false, true, true]);
  });
});

describe("check-in at the door", () => {
  it("records the server time for an accepted delegate, refuses pending ones, detects a second door, and undoes", async () => {
    const d = await delegate("Đinh Văn Đến", { fullName: "Đinh Văn Đến", credentialStatus: "ACCEPTED" });
    const p = await delegate("Đinh Văn Chờ", { fullName: "Đinh Văn Chờ", credentialStatus: "PENDING" });
    expect(await run("delegate.check-in", actors.ORGANIZER!, { id: p.id, version: p.version })).toMatchObject({ ok: false, code: "NOT_ACCEPTED" });

    const before = Date.now();
    const r = await run("delegate.check-in", actors.ORGANIZER!, { id: d.id, version: d.version });
    expect(r).toMatchObject({ ok: true, data: { id: d.id, version: d.version + 1 } });
    const at = new Date(r.ok ? String(r.data.checkedInAt) : "").getTime();
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect(at).toBeLessThanOrEqual(Date.now() + 1000);
    expect((await db.delegate.findUniqueOrThrow({ where: { id: d.id } })).checkedInAt?.getTime()).toBe(at);

    // Another door, still showing the old version, is told the newer state.
    const again = await run("delegate.check-in", actors.ADMIN!, { id: d.id, version: d.version });
    expect(again).toMatchObject({ ok: false, code: "VERSION_CONFLICT", current: { id: d.id, version: d.version + 1, checkedInAt: new Date(at).toISOString() } });

    expect(await run("delegate.undo-check-in", actors.ORGANIZER!, { id: d.id, version: d.version + 1 })).toMatchObject({ ok: true, data: { version: d.version + 2, checkedInAt: null } });
    expect((await db.delegate.findUniqueOrThrow({ where: { id: d.id } })).checkedInAt).toBeNull();
    expect(await run("delegate.undo-check-in", actors.ORGANIZER!, { id: d.id, version: d.version + 1 })).toMatchObject({ ok: false, code: "VERSION_CONFLICT" });
    expect(await audits(d.id, "delegate.check-in")).toHaveLength(1);
    const [undo, ...more] = await audits(d.id, "delegate.undo-check-in");
    expect(more).toHaveLength(0);
    expect(undo).toMatchObject({ before: { checkedIn: true }, after: { checkedIn: false } });
  });

  it("is for organizers and admins only, and never across organisations", async () => {
    const d = await delegate("Cao Văn Cửa", { fullName: "Cao Văn Cửa", credentialStatus: "ACCEPTED" });
    for (const name of ["delegate.check-in", "delegate.undo-check-in"]) {
      for (const role of ["VIEWER", "MEMBER", "PROVINCE_OVERSEER"]) expect(await run(name, actors[role]!, { id: d.id, version: d.version }), `${name} ${role}`).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await run(name, actors.OTHER_ORGANIZER!, { id: d.id, version: d.version })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(await run("delegate.check-in", actors.ADMIN!, { id: d.id, version: d.version })).toMatchObject({ ok: true });
    expect(await db.auditEntry.count({ where: { entityId: d.id, action: { not: "access.refused" } } })).toBe(1);
    // The eight refusals are recorded too, all under the delegate's own organisation, the other
    // organisation's organizer (who found nothing in their scope) included: its organizers see them.
    expect(await db.auditEntry.count({ where: { entityId: d.id, action: "access.refused" } })).toBe(8);
    expect(await db.auditEntry.count({ where: { entityId: d.id, action: "access.refused", organisationId: world.organisation.id } })).toBe(8);
  });
});

describe("discussion groups", () => {
  it("shares the accepted delegates into groups, units kept together, from the roster the organizer saw", async () => {
    const organisation = await createOrganisation(db, world.province, { grassroots: 4 });
    const [u0, u1, u2, u3] = organisation.grassroots.map((g) => g.id);
    const specs = [
      ...["An", "Bình", "Cường", "Dũng"].map((n) => ({ fullName: `Nguyễn Văn ${n}`, homeUnitId: u0 })),
      ...["Hải", "Hùng", "Khánh"].map((n) => ({ fullName: `Trần Văn ${n}`, homeUnitId: u1 })),
      ...["Long", "Minh"].map((n) => ({ fullName: `Lê Văn ${n}`, homeUnitId: u2 })),
      { fullName: "Phạm Văn Nam", homeUnitId: u3 },
      ...["Sơn", "Tài"].map((n) => ({ fullName: `Hà Văn ${n}`, homeUnitId: null, category: "EX_OFFICIO" as const })),
    ].map((s) => ({ ...s, credentialStatus: "ACCEPTED" as const }));
    await createDelegates(db, organisation, [...specs, { fullName: "Vi Văn Chờ", credentialStatus: "PENDING", homeUnitId: u0 }]);
    const accepted = await db.delegate.findMany({ where: { congressId: organisation.congressId, credentialStatus: "ACCEPTED" }, select: { id: true, version: true } });
    const organizer = (await loadActor((await createRoleUsers(db, { ...world, organisation })).ORGANIZER.id, 1))!;
    const input = { congressId: organisation.congressId, groupCount: "2", prefix: "Tổ", numberSeats: true, delegates: accepted };

    expect(await run("delegate.assign-groups", actors.ORGANIZER!, input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await run("delegate.assign-groups", organizer, { ...input, groupCount: "13" })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { groupCount: ["delegates.groups.tooMany"] } });
    expect(await run("delegate.assign-groups", organizer, { ...input, groupCount: "51" })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { groupCount: ["errors.tooBig"] } });
    // A roster changed since the page was loaded: nothing is written.
    expect(await run("delegate.assign-groups", organizer, { ...input, delegates: accepted.slice(1) })).toMatchObject({ ok: false, code: "VERSION_CONFLICT" });
    expect(await run("delegate.assign-groups", organizer, { ...input, delegates: accepted.map((d, i) => (i === 0 ? { ...d, version: d.version + 1 } : d)) })).toMatchObject({ ok: false, code: "VERSION_CONFLICT" });
    expect(await db.delegate.count({ where: { congressId: organisation.congressId, group: { not: null } } })).toBe(0);

    const r = await run("delegate.assign-groups", organizer, input);
    expect(r).toMatchObject({ ok: true, data: { delegates: 12, changed: 12 } });
    const rows = await db.delegate.findMany({ where: { congressId: organisation.congressId }, select: { fullName: true, homeUnitId: true, group: true, seat: true, credentialStatus: true } });
    expect(rows.find((x) => x.credentialStatus === "PENDING")).toMatchObject({ group: null, seat: null });
    const official = rows.filter((x) => x.credentialStatus === "ACCEPTED");
    expect(official.filter((x) => x.group === "Tổ 1")).toHaveLength(6);
    expect(official.filter((x) => x.group === "Tổ 2")).toHaveLength(6);
    for (const unit of [u0, u1, u2, u3]) expect(new Set(official.filter((x) => x.homeUnitId === unit).map((x) => x.group)).size, unit).toBe(1);
    // One ex-officio member in each group; seats 1…12, group 1 first.
    expect(new Set(official.filter((x) => x.homeUnitId === null).map((x) => x.group))).toEqual(new Set(["Tổ 1", "Tổ 2"]));
    expect(official.map((x) => Number(x.seat)).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(Math.max(...official.filter((x) => x.group === "Tổ 1").map((x) => Number(x.seat)))).toBe(6);
    const entries = await db.auditEntry.findMany({ where: { entityId: organisation.congressId, action: "delegate.assign-groups" } });
    expect(entries).toHaveLength(1);
    expect(entries[0]!.after).toEqual({ groups: 2, delegates: 12, changed: 12, numberSeats: true });

    // The same roster again, now at the new versions: nothing to change, versions stay.
    const now = await db.delegate.findMany({ where: { congressId: organisation.congressId, credentialStatus: "ACCEPTED" }, select: { id: true, version: true } });
    expect(await run("delegate.assign-groups", organizer, { ...input, delegates: now })).toMatchObject({ ok: true, data: { changed: 0 } });
    const users = await createRoleUsers(db, { ...world, organisation });
    for (const role of ["VIEWER", "MEMBER", "PROVINCE_OVERSEER"] as const) {
      const actor = (await loadActor(users[role].id, 1))!;
      expect(await run("delegate.assign-groups", actor, { ...input, delegates: now }), role).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
  });
});
