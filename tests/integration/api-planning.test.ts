import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { createCongressDocument, createMilestone, createRoleUsers, createSubCommittee, createTask, createWorld, type TestUser, type World } from "@/prisma/seed/factories";
import { call, cookieCaller, tokenCaller } from "../support/api-client";

vi.mock("@/lib/auth/session", async () => (await import("../support/api-client")).mockSession());

const db = getDb();
let world: World;
let users: Record<string, TestUser>;
let sub: { id: string; name: string };

beforeAll(async () => {
  world = await createWorld(db);
  users = await createRoleUsers(db, world);
  sub = await createSubCommittee(db, world.organisation, { kind: "DOCUMENTS", name: "Tiểu ban Văn kiện", members: [{ userId: users.SUBCOMMITTEE_LEAD!.id, position: "HEAD" }] });
  const milestone = await createMilestone(db, world.organisation, { name: "Thông tri triệu tập", plannedOn: "2020-05-20", status: "DONE" });
  await createTask(db, world.organisation, { title: "Dự thảo Báo cáo chính trị", subCommitteeId: sub.id, milestoneId: milestone.id, assigneeIds: [users.MEMBER!.id], dueOn: "2020-03-01", status: "IN_PROGRESS" });
  await createTask(db, world.organisation, { title: "In tài liệu đại hội", subCommitteeId: sub.id, status: "DONE" });
  await createCongressDocument(db, world.organisation, { title: "Báo cáo chính trị", status: "SENT_UP" });
  // Another organisation's planning must never show up.
  await createTask(db, world.sameProvinceOrganisation, { title: "Việc của huyện khác" });
});

describe("the planning read API", () => {
  it("serves a congress's sub-committees, tasks, milestones, documents and progress to anyone who reads the organisation", async () => {
    const viewer = await tokenCaller(users.VIEWER!);
    const base = `/congresses/${world.organisation.congressId}`;

    const subs = await call("GET", `${base}/subcommittees`, viewer);
    expect(subs.status).toBe(200);
    expect(subs.body.subCommittees).toEqual([expect.objectContaining({ id: sub.id, name: "Tiểu ban Văn kiện", kind: "DOCUMENTS", members: [expect.objectContaining({ userId: users.SUBCOMMITTEE_LEAD!.id, position: "HEAD" })] })]);

    const tasks = await call("GET", `${base}/tasks`, viewer);
    expect(tasks.body.tasks.map((t: { title: string }) => t.title).sort()).toEqual(["Dự thảo Báo cáo chính trị", "In tài liệu đại hội"]);
    const draft = tasks.body.tasks.find((t: { title: string }) => t.title === "Dự thảo Báo cáo chính trị");
    expect(draft).toMatchObject({ status: "IN_PROGRESS", dueOn: "2020-03-01", overdue: true, subCommittee: { id: sub.id }, assignees: [expect.objectContaining({ id: users.MEMBER!.id })], can: { manage: false, update: false } });

    const filtered = await call("GET", `${base}/tasks?status=DONE`, viewer);
    expect(filtered.body.tasks.map((t: { title: string }) => t.title)).toEqual(["In tài liệu đại hội"]);
    const overdue = await call("GET", `${base}/tasks?overdue=1`, viewer);
    expect(overdue.body.tasks.map((t: { title: string }) => t.title)).toEqual(["Dự thảo Báo cáo chính trị"]);

    const milestones = await call("GET", `${base}/milestones`, viewer);
    expect(milestones.body.milestones).toEqual([expect.objectContaining({ name: "Thông tri triệu tập", plannedOn: "2020-05-20", status: "DONE", late: false, tasks: { total: 1, done: 0 } })]);

    const documents = await call("GET", `${base}/documents`, viewer);
    expect(documents.body.documents).toEqual([expect.objectContaining({ title: "Báo cáo chính trị", status: "SENT_UP" })]);

    const progress = await call("GET", `${base}/progress`, await cookieCaller(users.PROVINCE_OVERSEER!));
    expect(progress.status).toBe(200);
    expect(progress.body).toMatchObject({
      congressId: world.organisation.congressId,
      tasks: { total: 2, overdue: 1, byStatus: { IN_PROGRESS: 1, DONE: 1, TODO: 0, BLOCKED: 0 } },
      milestones: { total: 1, done: 1, late: 0 },
      documents: { total: 1, byStatus: { SENT_UP: 1 } },
      grassroots: { held: 0, total: 3 },
    });
    expect(progress.body.tasksBySubCommittee).toEqual([expect.objectContaining({ id: sub.id, total: 2 })]);
  });

  it("answers 404 for another organisation's congress and ignores a malformed filter", async () => {
    const organizer = await tokenCaller(users.ORGANIZER!);
    for (const seg of ["subcommittees", "tasks", "milestones", "documents", "progress"]) {
      const r = await call("GET", `/congresses/${world.sameProvinceOrganisation.congressId}/${seg}`, organizer);
      expect(r.status, seg).toBe(404);
      expect(r.body.error.code).toBe("NOT_FOUND");
    }
    const lenient = await call("GET", `/congresses/${world.organisation.congressId}/tasks?status=NOPE&sub=x`, organizer);
    expect(lenient.status).toBe(200);
    expect(lenient.body.tasks).toHaveLength(2);
  });
});
