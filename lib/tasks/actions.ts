"use server";
import { DomainError } from "../errors";
import { peopleInOrganisation } from "../planning/people";
import { congressPaths } from "../planning/place";
import { defineAction } from "../server/action";
import { addComment, createTask, deleteTask, setTaskStatus, updateTask } from "./mutations";
import { commentSchema, createTaskSchema, deleteTaskSchema, setTaskStatusSchema, updateTaskSchema } from "./schema";

/** Assignees must be accounts working in the task's organisation. */
async function assertAssignees(organisationId: string | null, assigneeIds: string[]) {
  const known = organisationId ? await peopleInOrganisation(organisationId, assigneeIds) : new Set<string>();
  if (assigneeIds.some((id) => !known.has(id))) throw new DomainError("VALIDATION", { assigneeIds: ["planningErrors.notInOrganisation"] });
}

export const createTaskAction = defineAction({
  name: "task.create",
  input: createTaskSchema,
  // A sub-committee lead creates tasks only in a sub-committee they lead.
  access: { right: "task.manage", resource: (i) => ({ kind: "congress", id: i.congressId, subCommitteeId: i.subCommitteeId }) },
  async run(ctx, input, congress) {
    await assertAssignees(congress.organisationId, input.assigneeIds);
    return createTask(ctx, congress, input);
  },
  revalidate: (_input, result) => congressPaths(result),
});

export const updateTaskAction = defineAction({
  name: "task.update",
  input: updateTaskSchema,
  // Moving the task to another sub-committee needs the right there too.
  access: { right: "task.manage", resource: (i) => ({ kind: "task", id: i.id, subCommitteeId: i.subCommitteeId }) },
  errors: ["VERSION_CONFLICT"],
  async run(ctx, input, task) {
    await assertAssignees(task.organisationId, input.assigneeIds);
    return updateTask(ctx, task, input);
  },
  revalidate: (_input, result) => congressPaths(result),
});

export const setTaskStatusAction = defineAction({
  name: "task.set-status",
  input: setTaskStatusSchema,
  access: { right: "task.set-status", resource: (i) => ({ kind: "task", id: i.id }) },
  errors: ["VERSION_CONFLICT"],
  run: (ctx, input, task) => setTaskStatus(ctx, task, input),
  revalidate: (_input, result) => congressPaths(result),
});

export const deleteTaskAction = defineAction({
  name: "task.delete",
  input: deleteTaskSchema,
  access: { right: "task.manage", resource: (i) => ({ kind: "task", id: i.id }) },
  errors: ["VERSION_CONFLICT"],
  run: (ctx, input, task) => deleteTask(ctx, task, input.version),
  revalidate: (_input, result) => congressPaths(result),
});

export const commentTaskAction = defineAction({
  name: "task.comment",
  input: commentSchema,
  access: { right: "organisation.comment", resource: (i) => ({ kind: "task", id: i.taskId }) },
  run: (ctx, input, task) => addComment(ctx, task, input),
  revalidate: (_input, result) => congressPaths(result),
});
