import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/access";
import { loadActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { executeAction, registeredActions } from "@/lib/server/action";
import { createRoleUsers, createWorld, type World } from "@/prisma/seed/factories";

// Server actions run through the app's pipeline (validation, access, mutation) with the actor
// given directly instead of read from the session cookie.
vi.mock("@/lib/auth/session", () => ({ getActor: async () => null }));
await import("@/lib/units/actions");

const db = getDb();
let world: World;
const actors = {} as Record<string, Actor>;
const run = (name: string, actor: Actor, input: unknown) => executeAction(registeredActions().get(name)!, actor, input) as Promise<{ ok: true; data: { id: string; version: number } } | { ok: false; code: string; fieldErrors?: unknown; current?: unknown }>;
const auditCount = (entityId: string) => db.auditEntry.count({ where: { entityId, action: { not: "access.refused" } } });

beforeAll(async () => {
  world = await createWorld(db);
  const users = await createRoleUsers(db, world);
  for (const [role, user] of Object.entries(users)) actors[role] = (await loadActor(user.id, 1))!;
  const other = await createRoleUsers(db, { ...world, organisation: world.sameProvinceOrganisation });
  actors.OTHER_ORGANIZER = (await loadActor(other.ORGANIZER.id, 1))!;
});

describe("managing the units of an organisation", () => {
  it("an organizer founds a grassroots committee and a cell under it, with codes and one audit entry each", async () => {
    const committee = await run("unit.create", actors.ORGANIZER!, {
      organisationId: world.organisation.id,
      kind: "GRASSROOTS_COMMITTEE",
      name: "  Đảng bộ xã Tà Mít  ",
      block: "COMMUNE",
      memberCount: "87",
      foundedOn: "2019-09-15",
    });
    expect(committee.ok).toBe(true);
    if (!committee.ok) return;
    const row = await db.unit.findUniqueOrThrow({ where: { id: committee.data.id } });
    expect(row).toMatchObject({ name: "Đảng bộ xã Tà Mít", kind: "GRASSROOTS_COMMITTEE", parentId: world.organisation.id, organisationId: world.organisation.id, provinceId: world.province.id, memberCount: 87 });
    expect(row.code).toBe(`${world.organisation.code}-4`.replace(/-4$/, "-004"));
    const cell = await run("unit.create", actors.ORGANIZER!, { organisationId: world.organisation.id, kind: "CELL", parentId: committee.data.id, name: "Chi bộ bản Lào Chải" });
    expect(cell.ok && (await db.unit.findUniqueOrThrow({ where: { id: cell.data.id } })).code).toBe(`${row.code}-01`);
    expect(await auditCount(committee.data.id)).toBe(1);
  });

  it("refuses missing fields with message keys, and a cell without its committee", async () => {
    const r = await run("unit.create", actors.ORGANIZER!, { organisationId: world.organisation.id, kind: "CELL", name: "" });
    expect(r).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { name: ["errors.required"], parentId: ["errors.required"] } });
    const wrongParent = await run("unit.create", actors.ORGANIZER!, { organisationId: world.organisation.id, kind: "CELL", parentId: world.sameProvinceOrganisation.grassroots[0]!.id, name: "Chi bộ X" });
    expect(wrongParent).toMatchObject({ ok: false, fieldErrors: { parentId: ["errors.invalid"] } });
  });

  it("records a merge into another unit of the organisation and takes the unit out of the active count", async () => {
    const [a, b] = world.organisation.grassroots;
    const unit = await db.unit.findUniqueOrThrow({ where: { id: a!.id } });
    const r = await run("unit.change-status", actors.ORGANIZER!, { unitId: a!.id, version: unit.version, status: "MERGED", effectiveOn: "2019-07-01", successorId: b!.id, note: "Quyết định 123-QĐ/HU" });
    expect(r.ok).toBe(true);
    const after = await db.unit.findUniqueOrThrow({ where: { id: a!.id } });
    expect(after).toMatchObject({ status: "MERGED", successorId: b!.id, statusNote: "Quyết định 123-QĐ/HU", version: unit.version + 1 });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: a!.id, action: "unit.change-status" } });
    expect(audit.before).toMatchObject({ status: "ACTIVE" });
    expect(audit.after).toMatchObject({ status: "MERGED" });
    const active = await db.unit.count({ where: { organisationId: world.organisation.id, kind: "GRASSROOTS_COMMITTEE", status: "ACTIVE" } });
    expect(active).toBe(world.organisation.grassroots.length - 1 + 1 /* the committee founded above */);
  });

  it("refuses a merge into a unit of another organisation, and a stale version with the newer values", async () => {
    const c = world.organisation.grassroots[2]!;
    const unit = await db.unit.findUniqueOrThrow({ where: { id: c.id } });
    const foreign = await run("unit.change-status", actors.ORGANIZER!, { unitId: c.id, version: unit.version, status: "MERGED", effectiveOn: "2019-07-01", successorId: world.sameProvinceOrganisation.grassroots[0]!.id });
    expect(foreign).toMatchObject({ ok: false, fieldErrors: { successorId: ["errors.invalid"] } });
    const first = await run("unit.update", actors.ORGANIZER!, { unitId: c.id, version: unit.version, name: "Đảng bộ xã Mới", block: "COMMUNE" });
    expect(first.ok).toBe(true);
    const second = await run("unit.update", actors.ADMIN!, { unitId: c.id, version: unit.version, name: "Đảng bộ xã Khác", block: "COMMUNE" });
    expect(second).toMatchObject({ ok: false, code: "VERSION_CONFLICT", current: { name: "Đảng bộ xã Mới", version: unit.version + 1 } });
    expect((await db.unit.findUniqueOrThrow({ where: { id: c.id } })).name).toBe("Đảng bộ xã Mới");
  });

  it("lets only organizers and admins change units: 403 in the organisation, 404 outside it", async () => {
    const target = world.organisation.grassroots[1]!;
    const input = { unitId: target.id, version: 1, name: "Tên mới", block: "COMMUNE" };
    for (const role of ["PROVINCE_OVERSEER", "SUBCOMMITTEE_LEAD", "MEMBER", "VIEWER"]) {
      expect(await run("unit.update", actors[role]!, input), role).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await run("unit.update", actors.OTHER_ORGANIZER!, input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await run("unit.create", actors.OTHER_ORGANIZER!, { organisationId: world.organisation.id, kind: "GRASSROOTS_CELL", name: "X", block: "DIRECT_CELL" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await executeAction(registeredActions().get("unit.update")!, null, input)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await auditCount(target.id)).toBe(0);
    // Each refusal is on the record, with who tried; the unauthenticated one with nobody.
    const refusals = await db.auditEntry.findMany({ where: { entityId: target.id, action: "access.refused" }, orderBy: { id: "asc" } });
    expect(refusals.map((r) => (r.after as { code: string }).code)).toEqual(["FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "NOT_FOUND", "UNAUTHENTICATED"]);
    expect(refusals.map((r) => r.actorId)).toEqual([...["PROVINCE_OVERSEER", "SUBCOMMITTEE_LEAD", "MEMBER", "VIEWER", "OTHER_ORGANIZER"].map((role) => actors[role]!.userId), null]);
  });
});
