import "server-only";
import { db } from "../db/client";
import { type MutationContext, type Tx, auditChange, nextVersion, updateVersioned } from "../db/mutation";
import { isoToDateOnly } from "../dates";
import { DomainError, NotFoundError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import type { LoadedCongress } from "../auth/resources";
import { placeOf } from "../planning/place";
import type { z } from "../validation";
import { taskSelect, toTaskDto } from "./data";
import type { commentSchema, createTaskSchema, setTaskStatusSchema, updateTaskSchema } from "./schema";

type TaskPlace = { id: string; congressId: string; provinceId: string | null; organisationId: string | null };
type TaskInput = z.output<typeof createTaskSchema>;

async function current(tx: Tx, id: string) {
  const row = await tx.task.findUnique({ where: { id }, select: { ...taskSelect, description: true } });
  if (!row) throw new NotFoundError("task");
  return { ...toTaskDto(row), description: row.description };
}
type TaskSnapshot = Awaited<ReturnType<typeof current>>;

/** The sub-committee and milestone must belong to the task's congress. */
async function assertSameCongress(tx: Tx, congressId: string, input: { subCommitteeId: string | null; milestoneId: string | null }) {
  const [sub, milestone] = await Promise.all([
    input.subCommitteeId ? tx.subCommittee.findFirst({ where: { id: input.subCommitteeId, congressId }, select: { id: true } }) : true,
    input.milestoneId ? tx.milestone.findFirst({ where: { id: input.milestoneId, congressId }, select: { id: true } }) : true,
  ]);
  const fieldErrors: Record<string, string[]> = {};
  if (!sub) fieldErrors.subCommitteeId = ["errors.invalid"];
  if (!milestone) fieldErrors.milestoneId = ["errors.invalid"];
  if (Object.keys(fieldErrors).length) throw new DomainError("VALIDATION", fieldErrors);
}

function taskData(input: Omit<TaskInput, "congressId">) {
  return {
    title: input.title,
    description: input.description ?? null,
    subCommitteeId: input.subCommitteeId,
    milestoneId: input.milestoneId,
    dueOn: input.dueOn ? isoToDateOnly(input.dueOn) : null,
    priority: input.priority,
    status: input.status,
  };
}

/** What changed, as { field: [before, after] }, for the task's history. */
function diff(before: TaskSnapshot, after: TaskSnapshot): Record<string, [unknown, unknown]> {
  const view = (t: TaskSnapshot) => ({
    title: t.title,
    description: t.description,
    status: t.status,
    priority: t.priority,
    dueOn: t.dueOn,
    subCommittee: t.subCommittee?.name ?? null,
    milestone: t.milestone?.name ?? null,
    assignees: t.assignees.map((a) => a.name).join(", ") || null,
  });
  const b = view(before);
  const a = view(after);
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of Object.keys(a) as (keyof typeof a)[]) if (a[key] !== b[key]) changes[key] = [b[key], a[key]];
  return changes;
}

const doneAt = (before: string | null, status: string) => (status === "DONE" ? (before === "DONE" ? undefined : new Date()) : null);

export async function createTask(ctx: MutationContext, congress: LoadedCongress, input: TaskInput) {
  return db.$transaction(async (tx) => {
    await assertSameCongress(tx, congress.id, input);
    const place = placeOf(congress);
    const { id } = await tx.task.create({
      data: {
        ...taskData(input),
        ...place,
        congressId: congress.id,
        createdById: ctx.actor.userId,
        doneAt: input.status === "DONE" ? new Date() : null,
        assignees: { create: input.assigneeIds.map((userId) => ({ userId, ...place })) },
      },
      select: { id: true },
    });
    const after = await current(tx, id);
    await tx.taskEvent.create({ data: { taskId: id, ...place, actorId: ctx.actor.userId, kind: "created" } });
    await auditChange(tx, ctx, { entityType: "task", entityId: id, place, after });
    return after;
  });
}

export async function updateTask(ctx: MutationContext, task: TaskPlace, input: z.output<typeof updateTaskSchema>) {
  return db.$transaction(async (tx) => {
    const before = await current(tx, task.id);
    await assertSameCongress(tx, task.congressId, input);
    const place = placeOf(task);
    await updateVersioned((where) => tx.task.updateMany({ where, data: { ...taskData(input), doneAt: doneAt(before.status, input.status), ...nextVersion } }), { id: task.id, version: input.version }, before);
    await tx.taskAssignee.deleteMany({ where: { taskId: task.id, userId: { notIn: input.assigneeIds } } });
    await tx.taskAssignee.createMany({ data: input.assigneeIds.map((userId) => ({ taskId: task.id, userId, ...place })), skipDuplicates: true });
    const after = await current(tx, task.id);
    await tx.taskEvent.create({ data: { taskId: task.id, ...place, actorId: ctx.actor.userId, kind: "updated", changes: diff(before, after) as Prisma.InputJsonValue } });
    await auditChange(tx, ctx, { entityType: "task", entityId: task.id, place, before, after });
    return after;
  });
}

export async function setTaskStatus(ctx: MutationContext, task: TaskPlace, input: z.output<typeof setTaskStatusSchema>) {
  return db.$transaction(async (tx) => {
    const before = await current(tx, task.id);
    await updateVersioned((where) => tx.task.updateMany({ where, data: { status: input.status, doneAt: doneAt(before.status, input.status), ...nextVersion } }), { id: task.id, version: input.version }, before);
    const after = await current(tx, task.id);
    const place = placeOf(task);
    await tx.taskEvent.create({ data: { taskId: task.id, ...place, actorId: ctx.actor.userId, kind: "status", changes: { status: [before.status, after.status] } } });
    await auditChange(tx, ctx, { entityType: "task", entityId: task.id, place, before: { status: before.status }, after: { status: after.status } });
    return after;
  });
}

export async function deleteTask(ctx: MutationContext, task: TaskPlace, expectedVersion: number) {
  return db.$transaction(async (tx) => {
    const before = await current(tx, task.id);
    await updateVersioned((where) => tx.task.deleteMany({ where }), { id: task.id, version: expectedVersion }, before);
    await auditChange(tx, ctx, { entityType: "task", entityId: task.id, place: placeOf(task), before });
    return { congressId: task.congressId, organisationId: task.organisationId };
  });
}

export async function addComment(ctx: MutationContext, task: TaskPlace, input: z.output<typeof commentSchema>) {
  return db.$transaction(async (tx) => {
    const place = placeOf(task);
    const comment = await tx.taskComment.create({ data: { taskId: task.id, ...place, authorId: ctx.actor.userId, body: input.body }, select: { id: true, body: true, createdAt: true } });
    const after = { taskId: task.id, body: comment.body };
    await auditChange(tx, ctx, { entityType: "task_comment", entityId: comment.id, place, after });
    return { id: comment.id, congressId: task.congressId, organisationId: task.organisationId };
  });
}
