import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/access";
import { loadActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { executeAction, registeredActions } from "@/lib/server/action";
import {
  createCongressDocument,
  createOrganisation,
  createMilestone,
  createProvince,
  createRoleUsers,
  createSubCommittee,
  createTask,
  createUser,
  type TestOrganisation,
  unique,
} from "@/prisma/seed/factories";
import { pdfBytes } from "../support/office-files";

// Server actions run through the same pipeline as in the app (validation, access, mutation), with
// the actor given directly instead of read from the session cookie.
vi.mock("@/lib/auth/session", () => ({ getActor: async () => null }));
await Promise.all([
  import("@/lib/subcommittees/actions"),
  import("@/lib/tasks/actions"),
  import("@/lib/milestones/actions"),
  import("@/lib/documents/actions"),
  import("@/lib/grassroots/actions"),
]);

const db = getDb();
let organisation: TestOrganisation;
let otherOrganisation: TestOrganisation;
const actors = {} as Record<"ADMIN" | "ORGANIZER" | "SUBCOMMITTEE_LEAD" | "MEMBER" | "VIEWER" | "PROVINCE_OVERSEER" | "OTHER_ORGANIZER", Actor>;
const asActor = async (userId: string) => (await loadActor(userId, 1))!;

beforeAll(async () => {
  const province = await createProvince(db);
  [organisation, otherOrganisation] = await Promise.all([createOrganisation(db, province), createOrganisation(db, province)]);
  const world = { province, otherProvince: province, organisation, sameProvinceOrganisation: otherOrganisation, otherProvinceOrganisation: otherOrganisation };
  const users = await createRoleUsers(db, world);
  for (const [role, user] of Object.entries(users)) actors[role as keyof typeof actors] = await asActor(user.id);
  actors.OTHER_ORGANIZER = await asActor((await createUser(db, "ORGANIZER", otherOrganisation.id)).id);
});

/** Fresh records to act on, so each call starts from version 1. */
async function fixture() {
  const sub = await createSubCommittee(db, organisation, { members: [{ fullName: "Lò Văn Thử", position: "MEMBER" }] });
  const [task, milestone, doc] = await Promise.all([
    createTask(db, organisation, { subCommitteeId: sub.id }),
    createMilestone(db, organisation),
    createCongressDocument(db, organisation),
  ]);
  const unit = await db.unit.create({
    data: { code: unique("G"), name: `Chi bộ ${unique()}`, kind: "GRASSROOTS_CELL", block: "DIRECT_CELL", parentId: organisation.id, provinceId: organisation.provinceId, organisationId: organisation.id },
    select: { id: true },
  });
  return { congressId: organisation.congressId, subId: sub.id, memberId: sub.memberIds[0]!, taskId: task.id, milestoneId: milestone.id, documentId: doc.id, unitId: unit.id };
}
type Fixture = Awaited<ReturnType<typeof fixture>>;

const taskFields = { description: "", milestoneId: "", assigneeIds: [], dueOn: "30/06/2030", priority: "HIGH", status: "IN_PROGRESS" };

/** A valid input for every planning action. */
const SAMPLES: Record<string, (f: Fixture) => unknown> = {
  "subcommittee.create": (f) => ({ congressId: f.congressId, kind: "CUSTOM", name: unique("Tiểu ban "), decisionNumber: "", decisionDate: "" }),
  "subcommittee.update": (f) => ({ id: f.subId, version: 1, kind: "CUSTOM", name: unique("Tiểu ban "), decisionNumber: "120-QĐ/HU", decisionDate: "15/09/2029" }),
  "subcommittee.add-member": (f) => ({ subCommitteeId: f.subId, userId: "", fullName: "Hà Thị Thử", jobTitle: "", position: "SECRETARY" }),
  "subcommittee.update-member": (f) => ({ id: f.memberId, version: 1, userId: "", fullName: "Lò Văn Thử", jobTitle: "Chánh Văn phòng", position: "DEPUTY" }),
  "subcommittee.remove-member": (f) => ({ id: f.memberId, version: 1 }),
  "task.create": (f) => ({ congressId: f.congressId, title: unique("Nhiệm vụ "), subCommitteeId: f.subId, ...taskFields }),
  "task.update": (f) => ({ id: f.taskId, version: 1, title: unique("Nhiệm vụ "), subCommitteeId: f.subId, ...taskFields }),
  "task.set-status": (f) => ({ id: f.taskId, version: 1, status: "DONE" }),
  "task.delete": (f) => ({ id: f.taskId, version: 1 }),
  "task.comment": (f) => ({ taskId: f.taskId, body: "Đề nghị hoàn thành trước hội nghị." }),
  "milestone.apply-standard": (f) => ({ congressId: f.congressId }),
  "milestone.create": (f) => ({ congressId: f.congressId, name: unique("Mốc "), plannedOn: "01/03/2030", doneOn: "", status: "PLANNED", reference: "Kế hoạch số 77" }),
  "milestone.update": (f) => ({ id: f.milestoneId, version: 1, name: unique("Mốc "), plannedOn: "02/03/2030", doneOn: "", status: "DONE", reference: "" }),
  "milestone.delete": (f) => ({ id: f.milestoneId, version: 1 }),
  "document.add-standard": (f) => ({ congressId: f.congressId }),
  "document.create": (f) => ({ congressId: f.congressId, title: unique("Văn kiện "), subCommitteeId: f.subId, notes: "" }),
  "document.update": (f) => ({ id: f.documentId, version: 1, title: unique("Văn kiện "), subCommitteeId: "", notes: "Bản sửa" }),
  "document.move": (f) => ({ id: f.documentId, version: 1, to: "INTERNAL_REVIEW", on: "01/10/2029" }),
  "document.upload": (f) => ({ documentId: f.documentId, fileName: "du-thao.pdf", file: new Blob([pdfBytes() as BlobPart]), note: "" }),
  "grassroots.save": (f) => ({ organisationCongressId: f.congressId, unitId: f.unitId, congressId: "", version: null, ordinal: 4, plannedOpening: "", heldOn: "10/03/2030", isPilot: false, status: "HELD" }),
};
const PLANNING_PREFIXES = ["subcommittee.", "task.", "milestone.", "document.", "grassroots."];

async function run(name: string, actor: Actor, input: unknown) {
  return executeAction(registeredActions().get(name)!, actor, input);
}
/** Entries of changes (a refused call records its refusal, and nothing else). */
const auditCount = (organisationId: string) => db.auditEntry.count({ where: { organisationId, action: { not: "access.refused" } } });
const refusalCount = (organisationId: string) => db.auditEntry.count({ where: { organisationId, action: "access.refused" } });

describe("planning actions", () => {
  it("every planning action has a sample here, so each one below is tested", () => {
    const names = [...registeredActions().keys()].filter((n) => PLANNING_PREFIXES.some((p) => n.startsWith(p))).sort();
    expect(names).toEqual(Object.keys(SAMPLES).sort());
  });

  for (const name of Object.keys(SAMPLES)) {
    it(`${name}: an organizer succeeds and leaves exactly one audit entry`, async () => {
      const f = await fixture();
      const before = await auditCount(organisation.id);
      const result = await run(name, actors.ORGANIZER, SAMPLES[name]!(f));
      expect(result).toMatchObject({ ok: true });
      expect(await auditCount(organisation.id)).toBe(before + 1);
      const entry = await db.auditEntry.findFirst({ where: { organisationId: organisation.id }, orderBy: { id: "desc" } });
      expect(entry).toMatchObject({ action: name, actorId: actors.ORGANIZER.userId, provinceId: organisation.provinceId });
    });

    it(`${name}: a viewer is refused and nothing changes`, async () => {
      const f = await fixture();
      const [before, refused] = [await auditCount(organisation.id), await refusalCount(organisation.id)];
      expect(await run(name, actors.VIEWER, SAMPLES[name]!(f))).toEqual({ ok: false, code: "FORBIDDEN" });
      expect(await auditCount(organisation.id)).toBe(before);
      expect(await refusalCount(organisation.id)).toBe(refused + 1);
    });

    it(`${name}: another organisation's organizer gets 404`, async () => {
      const f = await fixture();
      const [before, refused] = [await auditCount(organisation.id), await refusalCount(organisation.id)];
      expect(await run(name, actors.OTHER_ORGANIZER, SAMPLES[name]!(f))).toEqual({ ok: false, code: "NOT_FOUND" });
      expect(await auditCount(organisation.id)).toBe(before);
      // The probe shows in the log of the organisation it reached into.
      expect(await refusalCount(organisation.id)).toBe(refused + 1);
    });

    // The province overseer reads and comments, and changes nothing else.
    it(`${name}: the province overseer ${name === "task.comment" ? "may comment" : "is refused"}`, async () => {
      const result = await run(name, actors.PROVINCE_OVERSEER, SAMPLES[name]!(await fixture()));
      expect(result).toMatchObject(name === "task.comment" ? { ok: true } : { ok: false, code: "FORBIDDEN" });
    });
  }

  it("a viewer's refused edits leave the records as they were", async () => {
    const f = await fixture();
    const task = await db.task.findUniqueOrThrow({ where: { id: f.taskId } });
    await run("task.update", actors.VIEWER, SAMPLES["task.update"]!(f));
    await run("task.delete", actors.VIEWER, SAMPLES["task.delete"]!(f));
    expect(await db.task.findUniqueOrThrow({ where: { id: f.taskId } })).toEqual(task);
  });
});
