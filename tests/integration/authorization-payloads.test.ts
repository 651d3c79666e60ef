// The matrix checks the record an action names; these put another organisation's ids INSIDE the
// payload of an action on one's own record. Each is refused, and nothing is written.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/access";
import { loadActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { executeAction, registeredActions } from "@/lib/server/action";
import { createCongressDocument, createMilestone, createRoleUsers, createSubCommittee, createTask, createUser, createWorld, unique, type World } from "@/prisma/seed/factories";

vi.mock("@/lib/auth/session", () => ({ getActor: async () => null }));
for (const m of ["tasks", "documents", "delegates", "subcommittees"]) await import(`@/lib/${m}/actions`);

const db = getDb();
let world: World;
let organizer: Actor;
const run = (name: string, input: unknown, actor: Actor = organizer) => executeAction(registeredActions().get(name)!, actor, input);
const refused = { ok: false, code: expect.stringMatching(/^(VALIDATION|NOT_FOUND|FORBIDDEN)$/) };
const taskFields = { description: "", assigneeIds: [] as string[], dueOn: "30/06/2030", priority: "HIGH", status: "TODO" };

beforeAll(async () => {
  world = await createWorld(db);
  organizer = (await loadActor((await createRoleUsers(db, world)).ORGANIZER.id, 1))!;
});

describe("another organisation's ids inside the payload", () => {
  it("a task cannot be moved to another organisation's sub-committee or milestone", async () => {
    const task = await createTask(db, world.organisation);
    const [foreignSub, foreignMilestone] = [await createSubCommittee(db, world.otherProvinceOrganisation), await createMilestone(db, world.otherProvinceOrganisation)];
    expect(await run("task.update", { id: task.id, version: 1, title: "Chuyển đi", subCommitteeId: foreignSub.id, milestoneId: "", ...taskFields })).toMatchObject(refused);
    expect(await run("task.update", { id: task.id, version: 1, title: "Chuyển đi", subCommitteeId: "", milestoneId: foreignMilestone.id, ...taskFields })).toMatchObject(refused);
    expect(await run("task.create", { congressId: world.organisation.congressId, title: unique("Mới "), subCommitteeId: foreignSub.id, milestoneId: "", ...taskFields })).toMatchObject(refused);
    expect((await db.task.findUniqueOrThrow({ where: { id: task.id } })).version).toBe(1);
  });

  it("a document cannot be given another organisation's sub-committee as its owner", async () => {
    const doc = await createCongressDocument(db, world.organisation);
    const foreignSub = await createSubCommittee(db, world.sameProvinceOrganisation);
    expect(await run("document.update", { id: doc.id, version: 1, title: "Văn kiện", subCommitteeId: foreignSub.id, notes: "" })).toMatchObject(refused);
    expect((await db.congressDocument.findUniqueOrThrow({ where: { id: doc.id } })).subCommitteeId).toBeNull();
  });

  it("quotas cannot be set on another organisation's units, nor a delegate's home unit be one", async () => {
    const foreignUnit = world.otherProvinceOrganisation.grassroots[0]!.id;
    expect(await run("delegate.save-quotas", { congressId: world.organisation.congressId, quotas: [{ unitId: foreignUnit, seats: 3, version: null }] })).toMatchObject(refused);
    expect(await db.delegateQuota.count({ where: { unitId: foreignUnit, congressId: world.organisation.congressId } })).toBe(0);
    const delegate = { fullName: "Trần Thị Khác", gender: "FEMALE", birth: "12/05/1980", ethnicity: "Tày", partyAdmissionDate: "", educationLevel: "", theoryLevel: "", position: "", homeUnitId: foreignUnit, category: "APPOINTED", group: "", seat: "", note: "", overQuotaReason: "" };
    expect(await run("delegate.create", { congressId: world.organisation.congressId, delegate })).toMatchObject(refused);
    expect(await db.delegate.count({ where: { congressId: world.organisation.congressId, homeUnitId: foreignUnit } })).toBe(0);
  });

  it("a sub-committee member cannot be linked to another organisation's account", async () => {
    const sub = await createSubCommittee(db, world.organisation);
    const stranger = await createUser(db, "MEMBER", world.otherProvinceOrganisation.id);
    expect(await run("subcommittee.add-member", { subCommitteeId: sub.id, userId: stranger.id, fullName: "", jobTitle: "", position: "MEMBER" })).toMatchObject(refused);
    expect(await db.subCommitteeMember.count({ where: { subCommitteeId: sub.id, userId: stranger.id } })).toBe(0);
  });

  it("a user with grants in two organisations acts in each with that organisation's role only", async () => {
    const user = await createUser(db, "VIEWER", world.organisation.id);
    await db.grant.create({ data: { userId: user.id, role: "ORGANIZER", unitId: world.sameProvinceOrganisation.id } });
    const twoHats = (await loadActor(user.id, 1))!;
    const here = await createTask(db, world.organisation);
    const there = await createTask(db, world.sameProvinceOrganisation);
    expect(await run("task.delete", { id: here.id, version: 1 }, twoHats)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await run("task.delete", { id: there.id, version: 1 }, twoHats)).toMatchObject({ ok: true });
    // Organizer of the second organisation, but a task of the first cannot be moved into it.
    const sub = await createSubCommittee(db, world.sameProvinceOrganisation);
    const mine = await createTask(db, world.sameProvinceOrganisation);
    expect(await run("task.update", { id: mine.id, version: 1, title: "Chuyển", subCommitteeId: (await createSubCommittee(db, world.organisation)).id, milestoneId: "", ...taskFields }, twoHats)).toMatchObject(refused);
    expect(await run("task.update", { id: mine.id, version: 1, title: "Ở lại", subCommitteeId: sub.id, milestoneId: "", ...taskFields }, twoHats)).toMatchObject({ ok: true });
  });
});
