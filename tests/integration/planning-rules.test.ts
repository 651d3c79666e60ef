import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/access";
import { loadActor } from "@/lib/auth/actor";
import { congressDashboard, provinceDashboard } from "@/lib/dashboard/data";
import { getDb } from "@/lib/db/client";
import { getDocument, getDocumentFile, listDocuments } from "@/lib/documents/data";
import { NotFoundError } from "@/lib/errors";
import { listGrassroots } from "@/lib/grassroots/data";
import { listMilestones } from "@/lib/milestones/data";
import { executeAction, registeredActions } from "@/lib/server/action";
import { listSubCommittees } from "@/lib/subcommittees/data";
import { getTask, listMyTasks, listTasks } from "@/lib/tasks/data";
import {
  createCongressDocument,
  createOrganisation,
  createProvince,
  createSubCommittee,
  createTask,
  createUser,
  type TestOrganisation,
  type TestUnit,
} from "@/prisma/seed/factories";
import { docxBytes, pdfBytes } from "../support/office-files";

vi.mock("@/lib/auth/session", () => ({ getActor: async () => null }));
await Promise.all([import("@/lib/subcommittees/actions"), import("@/lib/tasks/actions"), import("@/lib/milestones/actions"), import("@/lib/documents/actions"), import("@/lib/grassroots/actions")]);

const db = getDb();
const run = (name: string, actor: Actor, input: unknown) => executeAction(registeredActions().get(name)!, actor, input);
const asActor = async (userId: string) => (await loadActor(userId, 1))!;

let province: TestUnit;
let organisation: TestOrganisation;
let otherOrganisation: TestOrganisation;
let organizer: Actor;
let otherOrganizer: Actor;

beforeAll(async () => {
  province = await createProvince(db);
  [organisation, otherOrganisation] = await Promise.all([createOrganisation(db, province, { opening: "2030-08-15" }), createOrganisation(db, province)]);
  organizer = await asActor((await createUser(db, "ORGANIZER", organisation.id)).id);
  otherOrganizer = await asActor((await createUser(db, "ORGANIZER", otherOrganisation.id)).id);
});

const taskInput = (extra: Record<string, unknown>) => ({ description: "", milestoneId: "", assigneeIds: [], dueOn: "", priority: "NORMAL", status: "TODO", subCommitteeId: "", ...extra });

describe("who may change a task", () => {
  it("a member updates the status of a task assigned to them, and no other; manages none", async () => {
    const member = await createUser(db, "MEMBER", organisation.id);
    const actor = await asActor(member.id);
    const mine = await createTask(db, organisation, { assigneeIds: [member.id] });
    const theirs = await createTask(db, organisation);
    expect(await run("task.set-status", actor, { id: mine.id, version: 1, status: "DONE" })).toMatchObject({ ok: true, data: { status: "DONE" } });
    expect(await run("task.set-status", actor, { id: theirs.id, version: 1, status: "DONE" })).toEqual({ ok: false, code: "FORBIDDEN" });
    expect(await run("task.update", actor, { id: mine.id, version: 2, title: "Đổi tên", ...taskInput({}) })).toEqual({ ok: false, code: "FORBIDDEN" });
    expect(await run("task.create", actor, { congressId: organisation.congressId, title: "Mới", ...taskInput({}) })).toEqual({ ok: false, code: "FORBIDDEN" });
  });

  it("a sub-committee lead (trưởng or phó) manages the tasks of their sub-committee only", async () => {
    const lead = await createUser(db, "SUBCOMMITTEE_LEAD", organisation.id);
    const actor = await asActor(lead.id);
    const own = await createSubCommittee(db, organisation, { members: [{ userId: lead.id, position: "DEPUTY" }] });
    const other = await createSubCommittee(db, organisation);
    const asMember = await createSubCommittee(db, organisation, { members: [{ userId: lead.id, position: "MEMBER" }] });
    expect(await run("task.create", actor, { congressId: organisation.congressId, title: "Dự thảo báo cáo", ...taskInput({ subCommitteeId: own.id }) })).toMatchObject({ ok: true });
    expect(await run("task.create", actor, { congressId: organisation.congressId, title: "Dự thảo", ...taskInput({ subCommitteeId: other.id }) })).toEqual({ ok: false, code: "FORBIDDEN" });
    expect(await run("task.create", actor, { congressId: organisation.congressId, title: "Dự thảo", ...taskInput({ subCommitteeId: asMember.id }) })).toEqual({ ok: false, code: "FORBIDDEN" });
    expect(await run("task.create", actor, { congressId: organisation.congressId, title: "Dự thảo", ...taskInput({}) })).toEqual({ ok: false, code: "FORBIDDEN" });
    // Moving one of its tasks into a sub-committee it does not lead is refused too.
    const task = await createTask(db, organisation, { subCommitteeId: own.id });
    expect(await run("task.update", actor, { id: task.id, version: 1, title: "Chuyển", ...taskInput({ subCommitteeId: other.id }) })).toEqual({ ok: false, code: "FORBIDDEN" });
    expect(await run("task.update", actor, { id: task.id, version: 1, title: "Giữ", ...taskInput({ subCommitteeId: own.id }) })).toMatchObject({ ok: true });
    const foreign = await createTask(db, organisation, { subCommitteeId: other.id });
    expect(await run("task.delete", actor, { id: foreign.id, version: 1 })).toEqual({ ok: false, code: "FORBIDDEN" });
  });

  it("assignees must be accounts of the organisation", async () => {
    const stranger = await createUser(db, "MEMBER", otherOrganisation.id);
    const result = await run("task.create", organizer, { congressId: organisation.congressId, title: "Giao việc", ...taskInput({ assigneeIds: [stranger.id] }) });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { assigneeIds: ["planningErrors.notInOrganisation"] } });
  });

  it("records the history of a task: created, edited fields, status changes", async () => {
    const member = await createUser(db, "MEMBER", organisation.id);
    const created = await run("task.create", organizer, { congressId: organisation.congressId, title: "Chuẩn bị hội trường", ...taskInput({ assigneeIds: [member.id], dueOn: "30/06/2030" }) });
    const id = (created as { data: { id: string } }).data.id;
    await run("task.update", organizer, { id, version: 1, title: "Chuẩn bị hội trường và khánh tiết", ...taskInput({ assigneeIds: [member.id], dueOn: "05/07/2030" }) });
    await run("task.set-status", await asActor(member.id), { id, version: 2, status: "DONE" });
    const task = await getTask(organizer, organisation.congressId, id);
    expect(task.events.map((e) => e.kind)).toEqual(["status", "updated", "created"]);
    expect(task.events[1]!.changes).toEqual({ title: ["Chuẩn bị hội trường", "Chuẩn bị hội trường và khánh tiết"], dueOn: ["2030-06-30", "2030-07-05"] });
    expect(task.events[0]!.changes).toEqual({ status: ["TODO", "DONE"] });
    expect((await db.task.findUniqueOrThrow({ where: { id } })).doneAt).not.toBeNull();
  });
});

describe("two people editing the same record", () => {
  it("the later save is refused with the newer values, never overwriting", async () => {
    const task = await createTask(db, organisation, { title: "Bản đầu" });
    const first = await run("task.update", organizer, { id: task.id, version: 1, title: "Sửa của người thứ nhất", ...taskInput({}) });
    expect(first).toMatchObject({ ok: true, data: { version: 2 } });
    const second = await run("task.update", organizer, { id: task.id, version: 1, title: "Sửa của người thứ hai", ...taskInput({}) });
    expect(second).toMatchObject({ ok: false, code: "VERSION_CONFLICT", current: { id: task.id, title: "Sửa của người thứ nhất", version: 2 } });
    expect((await db.task.findUniqueOrThrow({ where: { id: task.id } })).title).toBe("Sửa của người thứ nhất");
    expect(await run("task.set-status", organizer, { id: task.id, version: 1, status: "DONE" })).toMatchObject({ code: "VERSION_CONFLICT" });
  });

  it("holds when both saves arrive at once: exactly one wins", async () => {
    const doc = await createCongressDocument(db, organisation);
    const saves = await Promise.all(
      ["A", "B", "C"].map((who) => run("document.update", organizer, { id: doc.id, version: 1, title: `Bản của ${who}`, subCommitteeId: "", notes: "" })),
    );
    expect(saves.filter((r) => r.ok)).toHaveLength(1);
    expect(saves.filter((r) => !r.ok).map((r) => !r.ok && r.code)).toEqual(["VERSION_CONFLICT", "VERSION_CONFLICT"]);
  });

  it("applies to milestones, sub-committees, members, documents and grassroots congresses", async () => {
    const sub = await createSubCommittee(db, organisation, { members: [{ fullName: "Lò Thị Thử", position: "MEMBER" }] });
    await run("subcommittee.update", organizer, { id: sub.id, version: 1, kind: "CUSTOM", name: `${sub.name} (1)`, decisionNumber: "", decisionDate: "" });
    expect(await run("subcommittee.update", organizer, { id: sub.id, version: 1, kind: "CUSTOM", name: `${sub.name} (2)`, decisionNumber: "", decisionDate: "" })).toMatchObject({
      code: "VERSION_CONFLICT",
      current: { name: `${sub.name} (1)` },
    });
    const memberId = sub.memberIds[0]!;
    await run("subcommittee.update-member", organizer, { id: memberId, version: 1, userId: "", fullName: "Lò Thị Thử", jobTitle: "", position: "SECRETARY" });
    expect(await run("subcommittee.remove-member", organizer, { id: memberId, version: 1 })).toMatchObject({ code: "VERSION_CONFLICT", current: { position: "SECRETARY" } });
    const doc = await createCongressDocument(db, organisation);
    await run("document.move", organizer, { id: doc.id, version: 1, to: "INTERNAL_REVIEW", on: "01/10/2029" });
    expect(await run("document.move", organizer, { id: doc.id, version: 1, to: "INTERNAL_REVIEW", on: "01/10/2029" })).toMatchObject({ code: "VERSION_CONFLICT", current: { status: "INTERNAL_REVIEW" } });
    const unit = organisation.grassroots[0]!;
    const save = { organisationCongressId: organisation.congressId, unitId: unit.id, ordinal: 4, plannedOpening: "01/03/2030", heldOn: "", isPilot: true, status: "PREPARING" };
    const created = await run("grassroots.save", organizer, { ...save, congressId: "", version: null });
    expect(created).toMatchObject({ ok: true });
    // A second person who loaded the form before the congress existed.
    expect(await run("grassroots.save", organizer, { ...save, congressId: "", version: null, ordinal: 5 })).toMatchObject({ code: "VERSION_CONFLICT", current: { ordinal: 4 } });
    // A delegates' congress unless said otherwise; a cell's members' congress is kept when a save leaves the kind out.
    const id = (created as { data: { id: string } }).data.id;
    expect((await db.congress.findUniqueOrThrow({ where: { id } })).kind).toBe("DELEGATES");
    expect(await run("grassroots.save", organizer, { ...save, congressId: id, version: 1, kind: "MEMBERS" })).toMatchObject({ ok: true, data: { kind: "MEMBERS" } });
    expect(await run("grassroots.save", organizer, { ...save, congressId: id, version: 2, ordinal: 5 })).toMatchObject({ ok: true, data: { kind: "MEMBERS", ordinal: 5 } });
  });
});

describe("the standard calendar", () => {
  it("applies the eight milestones relative to the opening, and a second time adds nothing", async () => {
    const d = await createOrganisation(db, province, { opening: "2020-08-15" });
    const org = await asActor((await createUser(db, "ORGANIZER", d.id)).id);
    expect(await run("milestone.apply-standard", org, { congressId: d.congressId })).toMatchObject({ ok: true, data: { added: 8 } });
    const first = await listMilestones(org, d.congressId);
    expect(first.map((m) => m.plannedOn)).toEqual(["2019-07-15", "2019-09-15", "2019-10-15", "2020-03-15", "2020-06-30", "2020-07-15", "2020-07-26", "2020-08-15"]);
    expect(first[0]).toMatchObject({ name: "Quán triệt Chỉ thị của Bộ Chính trị và Kế hoạch của Tỉnh ủy", standardKey: "DIRECTIVE_STUDIED", status: "PLANNED" });
    // Edited afterwards, then applied again: nothing added, the edit kept.
    await run("milestone.update", org, { id: first[7]!.id, version: 1, name: "Đại hội đại biểu Đảng bộ huyện", plannedOn: "18/08/2020", doneOn: "", status: "PLANNED", reference: "" });
    await run("milestone.delete", org, { id: first[2]!.id, version: 1 });
    expect(await run("milestone.apply-standard", org, { congressId: d.congressId })).toMatchObject({ ok: true, data: { added: 1 } });
    expect(await run("milestone.apply-standard", org, { congressId: d.congressId })).toMatchObject({ ok: true, data: { added: 0 } });
    const again = await listMilestones(org, d.congressId);
    expect(again).toHaveLength(8);
    expect(again.find((m) => m.standardKey === "CONGRESS_OPENS")!.plannedOn).toBe("2020-08-18");
  });

  it("applied twice at once still adds each milestone once", async () => {
    const d = await createOrganisation(db, province);
    const org = await asActor((await createUser(db, "ORGANIZER", d.id)).id);
    await Promise.all([run("milestone.apply-standard", org, { congressId: d.congressId }), run("milestone.apply-standard", org, { congressId: d.congressId })]);
    expect(await db.milestone.count({ where: { congressId: d.congressId } })).toBe(8);
  });
});

describe("the grassroots tracker", () => {
  it("lists every grassroots unit, and the ratio ignores dissolved and merged units", async () => {
    const d = await createOrganisation(db, province, { grassroots: 4 });
    const org = await asActor((await createUser(db, "ORGANIZER", d.id)).id);
    const [a, b, dissolved, merged] = d.grassroots as [TestUnit, TestUnit, TestUnit, TestUnit];
    await db.unit.update({ where: { id: dissolved.id }, data: { status: "DISSOLVED", statusChangedOn: new Date("2029-08-20T00:00:00Z") } });
    await db.unit.update({ where: { id: merged.id }, data: { status: "MERGED", successorId: a.id } });
    const held = (unitId: string) => ({ organisationCongressId: d.congressId, unitId, congressId: "", version: null, ordinal: 3, plannedOpening: "", heldOn: "20/03/2030", isPilot: false, status: "HELD" });
    expect(await run("grassroots.save", org, held(a.id))).toMatchObject({ ok: true });
    expect(await run("grassroots.save", org, held(dissolved.id))).toMatchObject({ ok: true });
    let tracker = await listGrassroots(org, d, 2030);
    expect(tracker.rows).toHaveLength(4);
    expect(tracker.ratio).toEqual({ held: 1, total: 2, planned: 0, pending: 1 });
    expect(tracker.rows.filter((r) => !r.counted).map((r) => r.unitStatus).sort()).toEqual(["DISSOLVED", "MERGED"]);
    expect(await run("grassroots.save", org, held(b.id))).toMatchObject({ ok: true });
    tracker = await listGrassroots(org, d, 2030);
    expect(tracker.ratio).toEqual({ held: 2, total: 2, planned: 0, pending: 0 });
    expect((await congressDashboard(org, d.congressId)).figures.grassroots).toEqual(tracker.ratio);
  });

  it("a held congress needs its date, and only grassroots units of the organisation are accepted", async () => {
    const result = await run("grassroots.save", organizer, { organisationCongressId: organisation.congressId, unitId: organisation.grassroots[1]!.id, congressId: "", version: null, ordinal: 3, plannedOpening: "", heldOn: "", isPilot: false, status: "HELD" });
    expect(result).toMatchObject({ code: "VALIDATION", fieldErrors: { heldOn: ["planningErrors.heldOnRequired"] } });
    const foreign = await run("grassroots.save", organizer, { organisationCongressId: organisation.congressId, unitId: otherOrganisation.grassroots[0]!.id, congressId: "", version: null, ordinal: 3, plannedOpening: "", heldOn: "", isPilot: false, status: "PREPARING" });
    expect(foreign).toEqual({ ok: false, code: "NOT_GRASSROOTS" });
  });
});

describe("document files", () => {
  it("stores a real file and gives back exactly its bytes; refuses a disguised one", async () => {
    const doc = await createCongressDocument(db, organisation);
    const bytes = docxBytes("Dự thảo Nghị quyết");
    const ok = await run("document.upload", organizer, { documentId: doc.id, fileName: "../Dự thảo Nghị quyết.docx", file: new Blob([bytes as BlobPart]), note: "Bản 1" });
    expect(ok).toMatchObject({ ok: true, data: { number: 1, fileName: "Dự thảo Nghị quyết.docx", contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", size: bytes.length } });
    const second = await run("document.upload", organizer, { documentId: doc.id, fileName: "ban-2.pdf", file: new Blob([pdfBytes() as BlobPart]), note: "" });
    expect(second).toMatchObject({ ok: true, data: { number: 2 } });
    const fake = await run("document.upload", organizer, { documentId: doc.id, fileName: "virus.docx", file: new Blob(["MZ\u0090\u0000 not a document"]), note: "" });
    expect(fake).toMatchObject({ ok: false, code: "FILE_TYPE", fieldErrors: { file: ["planningErrors.FILE_TYPE"] } });
    const dto = await getDocument(organizer, organisation.congressId, doc.id);
    expect(dto.versions.map((v) => v.number)).toEqual([2, 1]);
    const file = await getDocumentFile(organizer, { organisationId: organisation.id, congressId: organisation.congressId, documentId: doc.id, versionId: dto.versions[1]!.id });
    expect(Buffer.from(file.content).equals(Buffer.from(bytes))).toBe(true);
    await expect(getDocumentFile(otherOrganizer, { organisationId: organisation.id, congressId: organisation.congressId, documentId: doc.id, versionId: dto.versions[1]!.id })).rejects.toThrow(NotFoundError);
    // The right file through the wrong congress is not found either.
    await expect(getDocumentFile(organizer, { organisationId: organisation.id, congressId: otherOrganisation.congressId, documentId: doc.id, versionId: dto.versions[1]!.id })).rejects.toThrow(NotFoundError);
  });
});

describe("reads are scoped to the caller's organisation", () => {
  it("another organisation's organizer sees none of this congress's planning", async () => {
    const sub = await createSubCommittee(db, organisation);
    const task = await createTask(db, organisation, { subCommitteeId: sub.id, assigneeIds: [] });
    const doc = await createCongressDocument(db, organisation);
    expect(await listSubCommittees(otherOrganizer, organisation.congressId)).toEqual([]);
    expect(await listTasks(otherOrganizer, organisation.congressId)).toEqual([]);
    expect(await listMilestones(otherOrganizer, organisation.congressId)).toEqual([]);
    expect(await listDocuments(otherOrganizer, organisation.congressId)).toEqual([]);
    expect((await listGrassroots(otherOrganizer, organisation, 2030)).rows).toEqual([]);
    await expect(congressDashboard(otherOrganizer, organisation.congressId)).rejects.toThrow(NotFoundError);
    await expect(getTask(otherOrganizer, organisation.congressId, task.id)).rejects.toThrow(NotFoundError);
    await expect(getDocument(otherOrganizer, organisation.congressId, doc.id)).rejects.toThrow(NotFoundError);
    expect((await listTasks(organizer, organisation.congressId)).map((t) => t.id)).toContain(task.id);
  });

  it("'My tasks' lists the caller's own tasks across congresses, overdue ones marked", async () => {
    const member = await createUser(db, "MEMBER", organisation.id);
    const actor = await asActor(member.id);
    const late = await createTask(db, organisation, { assigneeIds: [member.id], dueOn: "2020-06-30" });
    const done = await createTask(db, organisation, { assigneeIds: [member.id], dueOn: "2020-06-30", status: "DONE" });
    await createTask(db, organisation);
    const mine = await listMyTasks(actor, "2020-07-01");
    expect(mine.map((t) => t.id)).toEqual([late.id, done.id]);
    expect(mine.map((t) => t.overdue)).toEqual([true, false]);
    expect(mine[0]!.can).toEqual({ manage: false, update: true });
    expect((await listMyTasks(actor, "2020-06-30"))[0]!.overdue).toBe(false);
  });

  it("the province page compares the organisations of the province only", async () => {
    const overseer = await asActor((await createUser(db, "PROVINCE_OVERSEER", province.id)).id);
    const rows = await provinceDashboard(overseer, province.id);
    expect(rows.map((r) => r.organisationId)).toEqual(expect.arrayContaining([organisation.id, otherOrganisation.id]));
    expect(rows.every((r) => r.figures !== null)).toBe(true);
    expect((await provinceDashboard(organizer, province.id)).map((r) => r.organisationId)).toEqual([organisation.id]);
  });
});
