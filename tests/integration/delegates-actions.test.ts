import { spawnSync } from "node:child_process";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/access";
import { loadActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { executeAction, registeredActions } from "@/lib/server/action";
import { createDelegates, createRoleUsers, createWorld, type World } from "@/prisma/seed/factories";

// executeAction takes the actor directly; the session module (next-auth) is not needed here.
vi.mock("@/lib/auth/session", () => ({ getActor: async () => null }));
await import("@/lib/delegates/actions");
const action = (name: string) => registeredActions().get(name)!;

const db = getDb();
let world: World;
const actors = {} as Record<string, Actor>;

beforeAll(async () => {
  world = await createWorld(db);
  const users = await createRoleUsers(db, world);
  for (const [role, user] of Object.entries(users)) actors[role] = (await loadActor(user.id, 1))!;
});

const delegate = (over: Record<string, unknown> = {}) => ({
  fullName: "Nguyễn Văn Mới",
  gender: "MALE",
  birth: "12/05/1980",
  ethnicity: "kinh",
  category: "ELECTED",
  homeUnitId: world.organisation.grassroots[1]!.id,
  ...over,
});

describe("delegate actions", () => {
  it("refuses an elected delegate over the unit's quota unless the organizer gives a reason", async () => {
    const unitId = world.organisation.grassroots[1]!.id;
    const save = await executeAction(action("delegate.save-quotas"), actors.ORGANIZER!, { congressId: world.organisation.congressId, quotas: [{ unitId, seats: 2, version: null }] });
    expect(save.ok).toBe(true);
    // Saved from a stale table: refused, nothing written.
    const stale = await executeAction(action("delegate.save-quotas"), actors.ORGANIZER!, { congressId: world.organisation.congressId, quotas: [{ unitId, seats: 5, version: null }] });
    expect(stale).toMatchObject({ ok: false, code: "VERSION_CONFLICT" });
    const lower = await executeAction(action("delegate.save-quotas"), actors.ORGANIZER!, { congressId: world.organisation.congressId, quotas: [{ unitId, seats: 1, version: 1 }] });
    expect(lower.ok).toBe(true);
    expect(await db.delegateQuota.findFirst({ where: { congressId: world.organisation.congressId, unitId }, select: { seats: true, version: true } })).toEqual({ seats: 1, version: 2 });
    const first = await executeAction(action("delegate.create"), actors.ORGANIZER!, { congressId: world.organisation.congressId, delegate: delegate() });
    expect(first.ok).toBe(true);
    const over = await executeAction(action("delegate.create"), actors.ORGANIZER!, { congressId: world.organisation.congressId, delegate: delegate({ fullName: "Trần Văn Thừa", birth: "1979" }) });
    expect(over).toMatchObject({ ok: false, code: "QUOTA_EXCEEDED", fieldErrors: { overQuotaReason: ["delegates.form.overQuotaReasonRequired"] } });
    const allowed = await executeAction(action("delegate.create"), actors.ORGANIZER!, {
      congressId: world.organisation.congressId,
      delegate: delegate({ fullName: "Trần Văn Thừa", birth: "1979", overQuotaReason: "Bầu bổ sung theo Quyết định 12-QĐ/HU" }),
    });
    expect(allowed.ok).toBe(true);
    const stored = await db.delegate.findFirstOrThrow({ where: { congressId: world.organisation.congressId, fullName: "Trần Văn Thừa" } });
    expect(stored).toMatchObject({ overQuotaReason: "Bầu bổ sung theo Quyết định 12-QĐ/HU", birthDate: null, birthYear: 1979, givenName: "Thừa", searchKey: "tran van thua" });
    // An ex-officio delegate does not count against the quota.
    const exOfficio = await executeAction(action("delegate.create"), actors.ORGANIZER!, { congressId: world.organisation.congressId, delegate: delegate({ fullName: "Lê Văn Đương", category: "EX_OFFICIO" }) });
    expect(exOfficio.ok).toBe(true);
  });

  it("only a manager may add or review, and never in another organisation", async () => {
    const input = { congressId: world.organisation.congressId, delegate: delegate({ fullName: "Hà Văn Khách" }) };
    expect(await executeAction(action("delegate.create"), actors.VIEWER!, input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await executeAction(action("delegate.create"), actors.PROVINCE_OVERSEER!, input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const elsewhere = { congressId: world.sameProvinceOrganisation.congressId, delegate: delegate({ homeUnitId: world.sameProvinceOrganisation.grassroots[0]!.id }) };
    expect(await executeAction(action("delegate.create"), actors.ORGANIZER!, elsewhere)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // A unit of another organisation cannot be slipped into this congress's roster.
    const foreignUnit = { congressId: world.organisation.congressId, delegate: delegate({ fullName: "Mã Văn Lạ", homeUnitId: world.sameProvinceOrganisation.grassroots[0]!.id }) };
    expect(await executeAction(action("delegate.create"), actors.ORGANIZER!, foreignUnit)).toMatchObject({ ok: false, code: "VALIDATION" });
    const [other] = await createDelegates(db, world.otherProvinceOrganisation, [{ fullName: "Vi Văn Xa" }]);
    expect(await executeAction(action("delegate.review-credential"), actors.ORGANIZER!, { id: other!.id, version: 1, status: "ACCEPTED" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("reviews credentials with a reason for rejection, and detects a concurrent change", async () => {
    const [d] = (await createDelegates(db, world.organisation, [{ fullName: "Bùi Thị Thẩm", gender: "FEMALE", category: "APPOINTED", homeUnitId: null }])).filter((x) => x.fullName === "Bùi Thị Thẩm");
    const noReason = await executeAction(action("delegate.review-credential"), actors.ORGANIZER!, { id: d!.id, version: 1, status: "REJECTED" });
    expect(noReason).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { reason: ["delegates.review.reasonRequired"] } });
    const rejected = await executeAction(action("delegate.review-credential"), actors.ORGANIZER!, { id: d!.id, version: 1, status: "REJECTED", reason: "Không đủ điều kiện" });
    expect(rejected).toMatchObject({ ok: true, data: { version: 2 } });
    const stale = await executeAction(action("delegate.review-credential"), actors.ORGANIZER!, { id: d!.id, version: 1, status: "ACCEPTED" });
    expect(stale).toMatchObject({ ok: false, code: "VERSION_CONFLICT", current: { version: 2, credentialStatus: "REJECTED" } });
    const row = await db.delegate.findUniqueOrThrow({ where: { id: d!.id } });
    expect(row).toMatchObject({ credentialStatus: "REJECTED", credentialReason: "Không đủ điều kiện", credentialReviewerId: actors.ORGANIZER!.userId });
    expect(row.credentialReviewedAt).not.toBeNull();
  });

  it("npm run cli -- token:create prints a working token once", { timeout: 60_000 }, async () => {
    const user = await db.user.findFirstOrThrow({ where: { id: actors.VIEWER!.userId } });
    const r = spawnSync("npm", ["run", "--silent", "cli", "--", "token:create", "--email", user.email, "--name", "Báo cáo"], { encoding: "utf8", env: process.env, timeout: 60_000 });
    expect(r.status).toBe(0);
    const token = r.stdout.trim();
    expect(token).toMatch(/^cpt_[A-Za-z0-9_-]{43}$/);
    const { actorFromToken } = await import("@/lib/api/tokens");
    const caller = await actorFromToken(token);
    expect(caller !== "expired" && caller?.actor.userId).toBe(user.id);
    expect(await db.apiToken.count({ where: { userId: user.id, name: "Báo cáo" } })).toBe(1);
  });
});
