import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/access";
import { loadActor } from "@/lib/auth/actor";
import { load } from "@/lib/auth/load";
import { getDb } from "@/lib/db/client";
import { executeAction, registeredActions } from "@/lib/server/action";
import { createDelegates, createRoleUsers, createWorld, type World } from "@/prisma/seed/factories";

// Đại biểu dự khuyết: an alternate replaces an absent official delegate; only the seated count.
vi.mock("@/lib/auth/session", () => ({ getActor: async () => null }));
await import("@/lib/delegates/actions");
const { compositionReport, countRoster, listCheckIn, listGroups, listRoster, quotaOverview } = await import("@/lib/delegates/data");

type Result = { ok: true; data: Record<string, unknown> } | { ok: false; code: string; fieldErrors?: Record<string, string[]> };
const run = (name: string, actor: Actor, input: unknown) => executeAction(registeredActions().get(name)!, actor, input) as Promise<Result>;

const db = getDb();
let world: World;
let organizer: Actor;
let otherOrganizer: Actor;

beforeAll(async () => {
  world = await createWorld(db);
  const users = await createRoleUsers(db, world);
  organizer = (await loadActor(users.ORGANIZER.id, 1))!;
  const other = await createRoleUsers(db, { ...world, organisation: world.sameProvinceOrganisation });
  otherOrganizer = (await loadActor(other.ORGANIZER.id, 1))!;
});

const byName = async (fullName: string) => db.delegate.findFirstOrThrow({ where: { congressId: world.organisation.congressId, fullName }, select: { id: true, version: true } });

describe("alternate delegates", () => {
  it("an alternate replacing an absent official delegate keeps the delegation at its size; composition, check-in and groups count the seated", async () => {
    const unit = world.organisation.grassroots[0]!.id;
    await db.delegateQuota.create({ data: { congressId: world.organisation.congressId, unitId: unit, provinceId: world.organisation.provinceId, organisationId: world.organisation.id, seats: 2 } });
    await createDelegates(db, world.organisation, [
      { fullName: "Lò Văn Chính", gender: "MALE", homeUnitId: unit, credentialStatus: "ACCEPTED" },
      { fullName: "Quàng Văn Hai", gender: "MALE", homeUnitId: unit, credentialStatus: "ACCEPTED" },
      // Elected as an alternate beyond the unit's two seats: the quota counts official delegates.
      { fullName: "Lường Thị Khuyết", gender: "FEMALE", ethnicity: "Thái", homeUnitId: unit, credentialStatus: "ACCEPTED", alternate: true },
    ]);
    const congress = await load(organizer, "congress", world.organisation.congressId, "delegate.read");
    const absent = await byName("Lò Văn Chính");
    const alternate = await byName("Lường Thị Khuyết");

    const before = {
      seated: await countRoster(organizer, congress, { seating: "SEATED" }),
      all: await countRoster(organizer, congress),
      women: (await compositionReport(organizer, congress, "2026-12-03")).whole,
    };
    expect(before.seated).toBe(2);
    expect(before.all).toBe(3);
    expect((await quotaOverview(organizer, congress)).rows.find((r) => r.unitId === unit)!.elected).toBe(2);
    expect((await listCheckIn(organizer, congress)).map((d) => d.fullName).sort()).toEqual(["Lò Văn Chính", "Quàng Văn Hai"]);

    // An alternate who replaces no one does not sit: no check-in.
    const refused = await run("delegate.check-in", organizer, { id: alternate.id, version: alternate.version });
    expect(refused).toMatchObject({ ok: false, code: "NOT_SEATED" });

    const r = await run("delegate.replace", organizer, { id: alternate.id, version: alternate.version, replacesId: absent.id, reason: "Ốm, nằm viện", date: "02/12/2026" });
    expect(r).toMatchObject({ ok: true, data: { id: alternate.id, version: alternate.version + 1 } });

    expect(await countRoster(organizer, congress, { seating: "SEATED" })).toBe(2);
    expect(await countRoster(organizer, congress, { seating: "ALTERNATE" })).toBe(1);
    expect((await listCheckIn(organizer, congress)).map((d) => d.fullName).sort()).toEqual(["Lường Thị Khuyết", "Quàng Văn Hai"]);
    expect((await listGroups(organizer, congress)).rows).toHaveLength(2);
    const after = (await compositionReport(organizer, congress, "2026-12-03")).whole;
    expect(after.total).toBe(before.women.total);
    expect(after.women.count).toBe(before.women.women.count + 1);

    // The roster says who replaces whom, from which day.
    const rows = await listRoster(organizer, congress);
    const official = rows.find((d) => d.id === absent.id)!;
    expect(official.replacedBy).toMatchObject({ id: alternate.id, fullName: "Lường Thị Khuyết" });
    expect(rows.find((d) => d.id === alternate.id)).toMatchObject({ replaces: { id: absent.id }, replacementReason: "Ốm, nằm viện", replacedOn: new Date("2026-12-02T00:00:00Z") });

    // The replaced official delegate cannot check in; a second alternate cannot replace them too.
    const absentNow = await db.delegate.findUniqueOrThrow({ where: { id: absent.id }, select: { version: true } });
    expect(await run("delegate.check-in", organizer, { id: absent.id, version: absentNow.version })).toMatchObject({ ok: false, code: "NOT_SEATED" });
    await createDelegates(db, world.organisation, [{ fullName: "Cầm Văn Thêm", homeUnitId: unit, credentialStatus: "ACCEPTED", alternate: true }]);
    const second = await byName("Cầm Văn Thêm");
    expect(await run("delegate.replace", organizer, { id: second.id, version: second.version, replacesId: absent.id, reason: "x", date: "02/12/2026" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { replacesId: ["delegates.replacement.alreadyReplaced"] },
    });

    // One audit entry under the action's name, without the (possibly medical) reason.
    const audit = await db.auditEntry.findMany({ where: { entityId: alternate.id, action: "delegate.replace" } });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify({ before: audit[0]!.before, after: audit[0]!.after })).not.toContain("nằm viện");

    // Ending the replacement seats the official delegate again.
    const current = await db.delegate.findUniqueOrThrow({ where: { id: alternate.id }, select: { version: true } });
    expect(await run("delegate.end-replacement", organizer, { id: alternate.id, version: current.version })).toMatchObject({ ok: true });
    expect((await listCheckIn(organizer, congress)).map((d) => d.fullName).sort()).toEqual(["Lò Văn Chính", "Quàng Văn Hai"]);
  });

  it("refuses an official delegate as the replacer, a present official as the replaced, and another organisation's caller", async () => {
    await createDelegates(db, world.organisation, [
      { fullName: "Hà Văn Một", credentialStatus: "ACCEPTED" },
      { fullName: "Hà Văn Hai", credentialStatus: "ACCEPTED" },
      { fullName: "Hà Thị Dự", credentialStatus: "ACCEPTED", alternate: true },
    ]);
    const one = await byName("Hà Văn Một");
    const two = await byName("Hà Văn Hai");
    const alternate = await byName("Hà Thị Dự");
    expect(await run("delegate.replace", organizer, { id: one.id, version: one.version, replacesId: two.id, reason: "x", date: "02/12/2026" })).toMatchObject({
      fieldErrors: { id: ["delegates.replacement.notAlternate"] },
    });
    await db.delegate.update({ where: { id: two.id }, data: { checkedInAt: new Date() } });
    expect(await run("delegate.replace", organizer, { id: alternate.id, version: alternate.version, replacesId: two.id, reason: "x", date: "02/12/2026" })).toMatchObject({
      fieldErrors: { replacesId: ["delegates.replacement.officialPresent"] },
    });
    // Another organisation's organizer: the alternate does not exist for them.
    expect(await run("delegate.replace", otherOrganizer, { id: alternate.id, version: alternate.version, replacesId: one.id, reason: "x", date: "02/12/2026" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const unchanged = await db.delegate.findUniqueOrThrow({ where: { id: alternate.id }, select: { replacesId: true, version: true } });
    expect(unchanged).toEqual({ replacesId: null, version: alternate.version });
  });

  it("the database refuses a replacement across congresses or by an official delegate", async () => {
    await createDelegates(db, world.organisation, [{ fullName: "Vi Văn Chủ", credentialStatus: "ACCEPTED" }]);
    await createDelegates(db, world.sameProvinceOrganisation, [{ fullName: "Vi Thị Khác", credentialStatus: "ACCEPTED", alternate: true }]);
    const here = await byName("Vi Văn Chủ");
    const there = await db.delegate.findFirstOrThrow({ where: { congressId: world.sameProvinceOrganisation.congressId, fullName: "Vi Thị Khác" } });
    await expect(db.delegate.update({ where: { id: there.id }, data: { replacesId: here.id, replacementReason: "x", replacedOn: new Date("2026-12-02T00:00:00Z") } })).rejects.toThrow(/not an official delegate of the same congress/);
    // An official delegate replacing someone (here: an alternate of another congress) is refused too.
    await expect(db.delegate.update({ where: { id: here.id }, data: { replacesId: there.id, replacementReason: "x", replacedOn: new Date("2026-12-02T00:00:00Z") } })).rejects.toThrow(/delegate_replacement_by_alternate|not an official delegate/);
    // Within one congress, an official delegate as the replacer breaks the check constraint.
    await createDelegates(db, world.organisation, [{ fullName: "Vi Văn Hai", credentialStatus: "ACCEPTED" }]);
    const second = await byName("Vi Văn Hai");
    await expect(db.delegate.update({ where: { id: second.id }, data: { replacesId: here.id, replacementReason: "x", replacedOn: new Date("2026-12-02T00:00:00Z") } })).rejects.toThrow(/delegate_replacement_by_alternate|23514|check/i);
  });
});
