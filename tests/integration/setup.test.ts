import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/access";
import { loadActor } from "@/lib/auth/actor";
import { verifyPassword } from "@/lib/auth/password";
import { actorFromToken, createApiToken } from "@/lib/api/tokens";
import { getDb } from "@/lib/db/client";
import { executeAction, registeredActions } from "@/lib/server/action";
import { redeemSignInLink } from "@/lib/users/accounts";
import { createRoleUsers, createUser, createWorld, unique, type TestUser, type World } from "@/prisma/seed/factories";

// Organisation, congress and account set-up through the app's action pipeline (validation,
// access, mutation, audit) with the actor given directly instead of read from the session.
vi.mock("@/lib/auth/session", () => ({ getActor: async () => null }));
await import("@/lib/units/organisation-actions");
await import("@/lib/congresses/actions");
await import("@/lib/users/actions");
await import("@/lib/auth/actions");

type Result = { ok: true; data: Record<string, unknown> & { id: string } } | { ok: false; code: string; fieldErrors?: Record<string, string[]>; current?: unknown };
const db = getDb();
let world: World;
let users: Record<string, TestUser>;
const actors = {} as Record<string, Actor>;
const run = (name: string, actor: Actor, input: unknown) => executeAction(registeredActions().get(name)!, actor, input) as Promise<Result>;
const changes = (entityId: string, action: string) => db.auditEntry.count({ where: { entityId, action } });

beforeAll(async () => {
  world = await createWorld(db);
  users = await createRoleUsers(db, world);
  for (const [role, user] of Object.entries(users)) actors[role] = (await loadActor(user.id, 1))!;
});

describe("accounts and grants within reach", () => {
  it("an organizer cannot grant a role outside their organisation, nor raise anyone to ADMIN or overseer", async () => {
    const organizer = actors.ORGANIZER!;
    const member = await createUser(db, "MEMBER", world.organisation.id);
    const attempts = [
      { role: "MEMBER", unitId: world.sameProvinceOrganisation.id, want: "NOT_FOUND" },
      { role: "ORGANIZER", unitId: world.otherProvinceOrganisation.id, want: "NOT_FOUND" },
      { role: "ADMIN", unitId: null, want: "NOT_FOUND" },
      { role: "PROVINCE_OVERSEER", unitId: world.province.id, want: "NOT_FOUND" },
    ];
    for (const a of attempts) {
      const r = await run("account.grant", organizer, { userId: member.id, role: a.role, unitId: a.unitId });
      expect(r, `${a.role} on ${a.unitId}`).toMatchObject({ ok: false, code: a.want });
    }
    // Nor by making a new account with such a role.
    const admin = await run("account.create", organizer, { email: `${unique("x")}@test.example`, name: "Lò Văn Quyền", role: "ADMIN", unitId: "", firstSignIn: "LINK" });
    expect(admin).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const overseer = await run("account.create", organizer, { email: `${unique("x")}@test.example`, name: "Lò Văn Quyền", role: "PROVINCE_OVERSEER", unitId: world.province.id, firstSignIn: "LINK" });
    expect(overseer.ok).toBe(false);
    const grants = await db.grant.findMany({ where: { userId: member.id }, select: { role: true, unitId: true } });
    expect(grants).toEqual([{ role: "MEMBER", unitId: world.organisation.id }]);
    // At home it works, and is audited under its name.
    const ok = await run("account.grant", organizer, { userId: member.id, role: "SUBCOMMITTEE_LEAD", unitId: world.organisation.id });
    expect(ok.ok).toBe(true);
    expect(await changes(member.id, "account.grant")).toBe(1);
  });

  it("an organizer cannot disable an overseer, an admin, or an account that also works elsewhere", async () => {
    const organizer = actors.ORGANIZER!;
    const twoPlaces = await createUser(db, "MEMBER", world.organisation.id);
    await db.grant.create({ data: { userId: twoPlaces.id, role: "MEMBER", unitId: world.sameProvinceOrganisation.id } });
    expect(await run("account.set-disabled", organizer, { userId: twoPlaces.id, disabled: true })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await run("account.set-disabled", organizer, { userId: users.PROVINCE_OVERSEER!.id, disabled: true })).toMatchObject({ ok: false });
    expect(await run("account.set-disabled", organizer, { userId: users.ADMIN!.id, disabled: true })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.user.count({ where: { id: { in: [twoPlaces.id, users.PROVINCE_OVERSEER!.id, users.ADMIN!.id] }, disabled: true } })).toBe(0);
  });

  it("a disabled account's sessions and API tokens stop at once; enabling needs a new sign-in", async () => {
    const member = await createUser(db, "MEMBER", world.organisation.id);
    const { token } = await createApiToken(member.id, "Tích hợp", { userId: member.id, email: member.email });
    expect(await loadActor(member.id, 1)).not.toBeNull();
    expect(await actorFromToken(token)).not.toBeNull();

    const r = await run("account.set-disabled", actors.ORGANIZER!, { userId: member.id, disabled: true });
    expect(r.ok).toBe(true);
    expect(await loadActor(member.id, 1)).toBeNull();
    expect(await actorFromToken(token)).toBeNull();
    expect(await changes(member.id, "account.set-disabled")).toBe(1);

    expect((await run("account.set-disabled", actors.ORGANIZER!, { userId: member.id, disabled: false })).ok).toBe(true);
    // The old session stays ended (its version was bumped twice); a fresh one works.
    expect(await loadActor(member.id, 1)).toBeNull();
    expect(await loadActor(member.id, 3)).not.toBeNull();
  });

  it("a first password must be changed at first sign-in; a reset ends sessions; a link works once", async () => {
    const email = `${unique("first")}@test.example`;
    const created = await run("account.create", actors.ORGANIZER!, { email, name: "Hà Thị Mới", role: "MEMBER", unitId: world.organisation.id, firstSignIn: "PASSWORD", password: "mật-khẩu-ban-đầu-1" });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const user = await db.user.findUniqueOrThrow({ where: { id: created.data.id } });
    expect(user.mustChangePassword).toBe(true);
    expect(await verifyPassword(user.passwordHash, "mật-khẩu-ban-đầu-1")).toBe(true);

    // An overseer only reads: taking over a member's account would give it rights it lacks.
    expect(await run("account.reset-password", actors.PROVINCE_OVERSEER!, { userId: user.id, firstSignIn: "LINK" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const reset = await run("account.reset-password", actors.ORGANIZER!, { userId: user.id, firstSignIn: "LINK" });
    expect(reset.ok).toBe(true);
    if (!reset.ok) return;
    const token = reset.data.signInToken as string;
    expect(await loadActor(user.id, user.sessionVersion)).toBeNull();
    // The reset is audited with who did it, and the account is told who and when at its next sign-in.
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entityId: user.id, action: "account.reset-password" } });
    expect(entry.actorId).toBe(users.ORGANIZER!.id);
    const notice = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordResetAt: true, passwordResetById: true } });
    expect(notice.passwordResetById).toBe(users.ORGANIZER!.id);
    expect(notice.passwordResetAt).toBeInstanceOf(Date);
    // Only the hash is stored, and the token reaches no audit entry.
    expect(await db.signInLink.count({ where: { tokenHash: token } })).toBe(0);
    const audit = await db.auditEntry.findMany({ where: { entityId: user.id }, select: { before: true, after: true } });
    expect(JSON.stringify(audit)).not.toContain(token);

    await redeemSignInLink(token, "mật-khẩu-tự-chọn-22");
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.mustChangePassword).toBe(false);
    expect(await verifyPassword(after.passwordHash, "mật-khẩu-tự-chọn-22")).toBe(true);
    await expect(redeemSignInLink(token, "mật-khẩu-lần-hai-333")).rejects.toThrow();

    // Redeeming the link (perhaps by whoever reset it) does not hide the notice: only its owner dismisses it.
    const signedIn = (await loadActor(user.id, after.sessionVersion))!;
    expect(signedIn.passwordResetAt).toBeInstanceOf(Date);
    const { passwordResetNotice } = await import("@/lib/users/data");
    expect(await passwordResetNotice(user.id)).toMatchObject({ byName: users.ORGANIZER!.name, byEmail: users.ORGANIZER!.email });
    expect((await run("account.dismiss-reset-notice", signedIn, {})).ok).toBe(true);
    expect(await passwordResetNotice(user.id)).toBeNull();
  });

  it("nobody grants themselves a role; an overseer grants no role that writes; an organizer resets no fellow organizer", async () => {
    const overseer = actors.PROVINCE_OVERSEER!;
    const selfGrant = await run("account.grant", overseer, { userId: users.PROVINCE_OVERSEER!.id, role: "ORGANIZER", unitId: world.organisation.id });
    expect(selfGrant).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const other = await createUser(db, "VIEWER", world.organisation.id);
    expect(await run("account.grant", overseer, { userId: other.id, role: "ORGANIZER", unitId: world.organisation.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await run("account.grant", overseer, { userId: other.id, role: "VIEWER", unitId: world.sameProvinceOrganisation.id })).ok).toBe(true);
    expect(await db.grant.count({ where: { userId: users.PROVINCE_OVERSEER!.id, role: "ORGANIZER" } })).toBe(0);

    const fellow = await createUser(db, "ORGANIZER", world.organisation.id);
    expect(await run("account.reset-password", actors.ORGANIZER!, { userId: fellow.id, firstSignIn: "LINK" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    // It goes to someone above: an admin.
    expect((await run("account.reset-password", actors.ADMIN!, { userId: fellow.id, firstSignIn: "LINK" })).ok).toBe(true);
  });
});

describe("organisation congress", () => {
  it("is created by the organisation's organizer and by the province's overseer, not by a neighbour", async () => {
    const input = { organisationId: world.organisation.id, ordinal: 23, termStart: 2040, termEnd: 2045, plannedOpening: "08/06/2040", plannedClosing: "10/06/2040", venue: "Hội trường huyện", isPilot: true };
    const neighbour = await createUser(db, "ORGANIZER", world.sameProvinceOrganisation.id);
    expect(await run("congress.create", (await loadActor(neighbour.id, 1))!, input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const made = await run("congress.create", actors.PROVINCE_OVERSEER!, input);
    expect(made.ok).toBe(true);
    // The same term twice is refused with a field error.
    expect(await run("congress.create", actors.ORGANIZER!, input)).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { termStart: ["congressErrors.termTaken"] } });
  });

  it("edits are version-checked and audited; status moves one step at a time, HELD with its date", async () => {
    const made = await run("congress.create", actors.ORGANIZER!, { organisationId: world.organisation.id, ordinal: 24, termStart: 2045, termEnd: 2050, plannedOpening: "2045-06-08", venue: "", isPilot: false });
    if (!made.ok) throw new Error(JSON.stringify(made));
    const id = made.data.id;
    const edit = { congressId: id, version: 1, ordinal: 24, termStart: 2045, termEnd: 2050, plannedOpening: "09/06/2045", plannedClosing: "11/06/2045", venue: "Trung tâm Văn hóa huyện", isPilot: false };
    expect((await run("congress.update", actors.ORGANIZER!, edit)).ok).toBe(true);
    const stale = await run("congress.update", actors.PROVINCE_OVERSEER!, { ...edit, venue: "Nhà văn hóa" });
    expect(stale).toMatchObject({ ok: false, code: "VERSION_CONFLICT" });
    const row = await db.congress.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ venue: "Trung tâm Văn hóa huyện", version: 2 });
    expect(await changes(id, "congress.update")).toBe(1);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entityId: id, action: "congress.update" } });
    expect(JSON.stringify(entry.before)).toContain("2045-06-08");
    expect(JSON.stringify(entry.after)).toContain("Trung tâm Văn hóa huyện");

    expect(await run("congress.set-status", actors.ORGANIZER!, { congressId: id, version: 2, status: "HELD", heldOn: "09/06/2045" })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect((await run("congress.set-status", actors.ORGANIZER!, { congressId: id, version: 2, status: "CONVOKED" })).ok).toBe(true);
    expect(await run("congress.set-status", actors.ORGANIZER!, { congressId: id, version: 3, status: "HELD" })).toMatchObject({ ok: false, fieldErrors: { heldOn: ["errors.required"] } });
    expect((await run("congress.set-status", actors.ORGANIZER!, { congressId: id, version: 3, status: "HELD", heldOn: "09/06/2045" })).ok).toBe(true);
    expect(await db.congress.findUniqueOrThrow({ where: { id }, select: { status: true, version: true } })).toEqual({ status: "HELD", version: 4 });
    expect(await changes(id, "congress.set-status")).toBe(2);
  });

  it("the next term copies sub-committees and the calendar shifted with the opening, not tasks or delegates", async () => {
    const made = await run("congress.create", actors.ORGANIZER!, { organisationId: world.organisation.id, ordinal: 26, termStart: 2055, termEnd: 2060, plannedOpening: "08/06/2055", isPilot: false });
    if (!made.ok) throw new Error(JSON.stringify(made));
    const place = { congressId: made.data.id, provinceId: world.province.id, organisationId: world.organisation.id };
    const sub = await db.subCommittee.create({ data: { ...place, kind: "DOCUMENTS", name: "Tiểu ban Văn kiện" } });
    await db.milestone.create({ data: { ...place, name: "Ra thông tri triệu tập", plannedOn: new Date(Date.UTC(2055, 4, 9)) } });
    await db.task.create({ data: { ...place, subCommitteeId: sub.id, title: "Dự thảo báo cáo chính trị" } });
    const next = await run("congress.create-next-term", actors.ORGANIZER!, { congressId: made.data.id, plannedOpening: "10/06/2060" });
    if (!next.ok) throw new Error(JSON.stringify(next));
    const row = await db.congress.findUniqueOrThrow({ where: { id: next.data.id }, include: { subCommittees: true, milestones: true, tasks: true, delegates: true } });
    expect(row).toMatchObject({ ordinal: 27, termStart: 2060, termEnd: 2065, status: "PREPARING" });
    expect(row.subCommittees.map((s) => s.name)).toEqual(["Tiểu ban Văn kiện"]);
    expect(row.milestones.map((m) => m.plannedOn.toISOString().slice(0, 10))).toEqual(["2060-05-11"]);
    expect(row.tasks).toEqual([]);
    expect(row.delegates).toEqual([]);
  });
});

describe("provinces and organisations", () => {
  it("an admin creates a province; an overseer creates an organisation in theirs only; an organizer neither", async () => {
    const province = await run("province.create", actors.ADMIN!, { code: unique("P"), name: "Đảng bộ tỉnh Thử Nghiệm", memberCount: "40000" });
    expect(province.ok).toBe(true);
    expect(await run("province.create", actors.PROVINCE_OVERSEER!, { code: unique("P"), name: "Đảng bộ tỉnh Khác" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const organisation = await run("organisation.create", actors.PROVINCE_OVERSEER!, { provinceId: world.province.id, kind: "WARD", code: unique("D"), name: "Đảng bộ phường Mới", memberCount: "900" });
    expect(organisation.ok).toBe(true);
    if (!organisation.ok) return;
    expect(await db.unit.findUniqueOrThrow({ where: { id: organisation.data.id } })).toMatchObject({ kind: "WARD", provinceId: world.province.id, organisationId: organisation.data.id, parentId: world.province.id });
    expect(await run("organisation.create", actors.PROVINCE_OVERSEER!, { provinceId: world.otherProvince.id, kind: "COMMUNE", code: unique("D"), name: "Đảng bộ xã Lạ" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await run("organisation.create", actors.ORGANIZER!, { provinceId: world.province.id, kind: "COMMUNE", code: unique("D"), name: "Đảng bộ xã Lạ" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // A level that is not an organisation under a province is refused by the schema.
    expect(await run("organisation.create", actors.ADMIN!, { provinceId: world.province.id, kind: "GRASSROOTS_COMMITTEE", code: unique("D"), name: "Đảng bộ cơ sở" })).toMatchObject({ ok: false, code: "VALIDATION" });
  });

  it("merging an organisation keeps it, its history and its congresses; a merge goes to an organisation (another province's: by an admin only)", async () => {
    const a = await run("organisation.create", actors.ADMIN!, { provinceId: world.province.id, kind: "DISTRICT", code: unique("D"), name: "Đảng bộ huyện Cũ" });
    if (!a.ok) throw new Error(JSON.stringify(a));
    const congress = await run("congress.create", actors.ADMIN!, { organisationId: a.data.id, ordinal: 20, termStart: 2020, termEnd: 2025, plannedOpening: "08/06/2020", isPilot: false });
    expect(congress.ok).toBe(true);
    // A district held no congress from 1/7/2025: the level did not exist then.
    expect(await run("congress.create", actors.ADMIN!, { organisationId: a.data.id, ordinal: 21, termStart: 2030, termEnd: 2035, plannedOpening: "08/06/2030", isPilot: false })).toMatchObject({
      ok: false,
      fieldErrors: { plannedOpening: ["congressErrors.levelNotOnDate"] },
    });
    const unit = await run("organisation.change-status", actors.ADMIN!, { unitId: a.data.id, version: 1, status: "MERGED", effectiveOn: "01/07/2025", successorId: world.organisation.grassroots[0]!.id });
    expect(unit).toMatchObject({ ok: false, fieldErrors: { successorId: ["errors.invalid"] } });
    const far = await run("organisation.change-status", actors.PROVINCE_OVERSEER!, { unitId: a.data.id, version: 1, status: "MERGED", effectiveOn: "01/07/2025", successorId: world.otherProvinceOrganisation.id });
    expect(far).toMatchObject({ ok: false, fieldErrors: { successorId: ["errors.invalid"] } });
    const merged = await run("organisation.change-status", actors.PROVINCE_OVERSEER!, { unitId: a.data.id, version: 1, status: "MERGED", effectiveOn: "01/07/2025", successorId: world.sameProvinceOrganisation.id, note: "Sáp nhập theo Nghị quyết" });
    expect(merged.ok).toBe(true);
    const row = await db.unit.findUniqueOrThrow({ where: { id: a.data.id } });
    expect(row).toMatchObject({ status: "MERGED", successorId: world.sameProvinceOrganisation.id, version: 2 });
    expect(await db.congress.count({ where: { unitId: a.data.id } })).toBe(1);
    const history = await db.auditEntry.findMany({ where: { entityId: a.data.id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(history.map((h) => h.action)).toEqual(["organisation.create", "organisation.change-status"]);
    // An organizer may not record an organisation's life.
    expect(await run("organisation.change-status", actors.ORGANIZER!, { unitId: world.organisation.id, version: 1, status: "DISSOLVED", effectiveOn: "01/07/2025" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});
