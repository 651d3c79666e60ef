"use server";
import { authorize } from "../auth/access";
import { db } from "../db/client";
import { DomainError, NotFoundError } from "../errors";
import { peopleInDistrict } from "../planning/people";
import { congressPaths, loadCongressRef, placeOf } from "../planning/place";
import { defineAction } from "../server/action";
import { leadsSubCommittee, taskFacts } from "./facts";
import { addComment, createTask, deleteTask, setTaskStatus, updateTask } from "./mutations";
import { commentSchema, createTaskSchema, deleteTaskSchema, setTaskStatusSchema, updateTaskSchema } from "./schema";

async function loadTask(id: string) {
  const task = await db.task.findUnique({ where: { id }, select: { id: true, congressId: true, provinceId: true, districtId: true, subCommitteeId: true } });
  if (!task) throw new NotFoundError("task");
  return task;
}

/** Assignees must be accounts working in the task's district. */
async function assertAssignees(districtId: string | null, assigneeIds: string[]) {
  const known = districtId ? await peopleInDistrict(districtId, assigneeIds) : new Set<string>();
  if (assigneeIds.some((id) => !known.has(id))) throw new DomainError("VALIDATION", { assigneeIds: ["planningErrors.notInDistrict"] });
}

export const createTaskAction = defineAction({
  name: "task.create",
  input: createTaskSchema,
  async run(ctx, input) {
    const congress = await loadCongressRef(input.congressId);
    // A sub-committee lead creates tasks only in a sub-committee they lead.
    authorize(ctx.actor, "task.manage", congress, { leadsSubCommittee: await leadsSubCommittee(ctx.actor.userId, input.subCommitteeId) });
    await assertAssignees(congress.districtId, input.assigneeIds);
    return createTask(ctx, congress, input);
  },
  revalidate: (_input, result) => congressPaths(result),
});

export const updateTaskAction = defineAction({
  name: "task.update",
  input: updateTaskSchema,
  async run(ctx, input) {
    const task = await loadTask(input.id);
    authorize(ctx.actor, "task.manage", placeOf(task), await taskFacts(ctx.actor.userId, task));
    // Moving a task to another sub-committee needs the right there too.
    if (input.subCommitteeId !== task.subCommitteeId) {
      authorize(ctx.actor, "task.manage", placeOf(task), { leadsSubCommittee: await leadsSubCommittee(ctx.actor.userId, input.subCommitteeId) });
    }
    await assertAssignees(task.districtId, input.assigneeIds);
    return updateTask(ctx, task, input);
  },
  revalidate: (_input, result) => congressPaths(result),
});

export const setTaskStatusAction = defineAction({
  name: "task.set-status",
  input: setTaskStatusSchema,
  async run(ctx, input) {
    const task = await loadTask(input.id);
    authorize(ctx.actor, "task.update", placeOf(task), await taskFacts(ctx.actor.userId, task));
    return setTaskStatus(ctx, task, input);
  },
  revalidate: (_input, result) => congressPaths(result),
});

export const deleteTaskAction = defineAction({
  name: "task.delete",
  input: deleteTaskSchema,
  async run(ctx, input) {
    const task = await loadTask(input.id);
    authorize(ctx.actor, "task.manage", placeOf(task), await taskFacts(ctx.actor.userId, task));
    return deleteTask(ctx, task, input.version);
  },
  revalidate: (_input, result) => congressPaths(result),
});

export const commentTaskAction = defineAction({
  name: "task.comment",
  input: commentSchema,
  async run(ctx, input) {
    const task = await loadTask(input.taskId);
    authorize(ctx.actor, "district.comment", placeOf(task));
    return addComment(ctx, task, input);
  },
  revalidate: (_input, result) => congressPaths(result),
});
