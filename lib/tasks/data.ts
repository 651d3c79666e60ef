import "server-only";
import { type IdPage, idPageArgs } from "../db/keyset";
import { type Actor, can, scopeWhere } from "../auth/access";
import { db } from "../db/client";
import { NotFoundError } from "../errors";
import { vietnamDate } from "../dates";
import { isTaskOverdue } from "../planning/overdue";
import { isoOrNull } from "../planning/place";
import type { Prisma } from "../generated/prisma/client";
import { factsFromLoaded, ledSubCommitteeIds } from "./facts";
import type { TaskFilters, TaskPriority, TaskStatus } from "./schema";

export type Ref = { id: string; name: string };

export type TaskDto = {
  id: string;
  congressId: string;
  organisationId: string | null;
  title: string;
  status: TaskStatus;
  priority: TaskPriority;
  dueOn: string | null;
  overdue: boolean;
  subCommittee: Ref | null;
  milestone: Ref | null;
  assignees: Ref[];
  version: number;
  /** What the caller may do to it, computed on the server from the access table. */
  can: { manage: boolean; update: boolean };
};

export const taskSelect = {
  id: true,
  congressId: true,
  provinceId: true,
  organisationId: true,
  title: true,
  status: true,
  priority: true,
  dueOn: true,
  version: true,
  subCommitteeId: true,
  subCommittee: { select: { id: true, name: true } },
  milestone: { select: { id: true, name: true } },
  assignees: { select: { user: { select: { id: true, name: true } } }, orderBy: { user: { name: "asc" as const } } },
} satisfies Prisma.TaskSelect;

type TaskRow = Prisma.TaskGetPayload<{ select: typeof taskSelect }>;

/** A task as a DTO without the caller's rights (audit, history, the API). */
export function toTaskDto(row: TaskRow, today = vietnamDate()): Omit<TaskDto, "can"> {
  const dueOn = isoOrNull(row.dueOn);
  return {
    id: row.id,
    congressId: row.congressId,
    organisationId: row.organisationId,
    title: row.title,
    status: row.status,
    priority: row.priority,
    dueOn,
    overdue: isTaskOverdue({ dueOn, status: row.status }, today),
    subCommittee: row.subCommittee,
    milestone: row.milestone,
    assignees: row.assignees.map((a) => a.user),
    version: row.version,
  };
}

function withRights(actor: Actor, led: Set<string>, rows: TaskRow[], today: string): TaskDto[] {
  return rows.map((row) => {
    const place = { provinceId: row.provinceId, organisationId: row.organisationId };
    const facts = factsFromLoaded(actor.userId, led, { subCommitteeId: row.subCommitteeId, assigneeIds: row.assignees.map((a) => a.user.id) });
    return { ...toTaskDto(row, today), can: { manage: can(actor, "task.manage", place, facts), update: can(actor, "task.set-status", place, facts) } };
  });
}

const ORDER: Prisma.TaskOrderByWithRelationInput[] = [{ dueOn: { sort: "asc", nulls: "last" } }, { priority: "desc" }, { createdAt: "asc" }];

function taskWhere(actor: Actor, congressId: string, filters: TaskFilters, today: string): Prisma.TaskWhereInput {
  return {
    congressId,
    ...scopeWhere(actor),
    subCommitteeId: filters.sub,
    milestoneId: filters.milestone,
    ...(filters.assignee ? { assignees: { some: { userId: filters.assignee } } } : {}),
    ...(filters.overdue ? { dueOn: { lt: new Date(`${today}T00:00:00Z`) }, status: filters.status ?? { not: "DONE" } } : { status: filters.status }),
  };
}

/** The list view's page size: a congress may have thousands of tasks. */
export const TASKS_PER_PAGE = 100;

/** A slice of a list in its order. */
export type Slice = { skip: number; take: number };

/**
 * The tasks of a congress, filtered as the list view asks; `slice` reads one page of them (the
 * order ends on createdAt, then id, so pages never overlap).
 */
export async function listTasks(actor: Actor, congressId: string, filters: TaskFilters = {}, today = vietnamDate(), slice?: Slice | IdPage): Promise<TaskDto[]> {
  const where = taskWhere(actor, congressId, filters, today);
  // A page of the API follows ids (see lib/db/keyset.ts); the list view its own order.
  const paged = slice && !("skip" in slice) ? idPageArgs(slice) : null;
  const order: Prisma.TaskFindManyArgs = paged ? { where: { AND: [where, paged.where] }, orderBy: paged.orderBy, take: paged.take } : { where, orderBy: [...ORDER, { id: "asc" }], ...slice };
  const [rows, led] = await Promise.all([
    db.task.findMany({ ...order, select: taskSelect }),
    ledSubCommitteeIds(actor.userId, congressId),
  ]);
  return withRights(actor, led, rows, today);
}

export type OverdueTaskDto = Pick<TaskDto, "id" | "title" | "status" | "dueOn"> & { subCommitteeName: string | null; assigneeNames: string[] };

/** The first overdue tasks of a congress in the list's order, as the dashboard lists them (no rights: it offers no action). */
export async function overdueTasks(actor: Actor, congressId: string, today = vietnamDate(), take = 10): Promise<OverdueTaskDto[]> {
  const rows = await db.task.findMany({
    where: taskWhere(actor, congressId, { overdue: "1" }, today),
    select: { id: true, title: true, status: true, dueOn: true, subCommittee: { select: { name: true } }, assignees: { select: { user: { select: { name: true } } }, orderBy: { user: { name: "asc" } } } },
    orderBy: [...ORDER, { id: "asc" }],
    take,
  });
  return rows.map((r) => ({ id: r.id, title: r.title, status: r.status, dueOn: isoOrNull(r.dueOn), subCommitteeName: r.subCommittee?.name ?? null, assigneeNames: r.assignees.map((a) => a.user.name) }));
}

/** How many tasks listTasks would return with these filters. */
export async function countTasks(actor: Actor, congressId: string, filters: TaskFilters = {}, today = vietnamDate()): Promise<number> {
  return db.task.count({ where: taskWhere(actor, congressId, filters, today) });
}

export type MyTaskDto = TaskDto & { congressTitle: { unit: string; ordinal: number }; href: string };

/** "My tasks": every task assigned to the caller, in every congress they may read, open ones first. */
export async function listMyTasks(actor: Actor, today = vietnamDate()): Promise<MyTaskDto[]> {
  const rows = await db.task.findMany({
    // My work: not the tasks of the history an organisation keeps (read only).
    where: { assignees: { some: { userId: actor.userId } }, ...scopeWhere(actor, { history: false }) },
    select: { ...taskSelect, congress: { select: { ordinal: true, unit: { select: { name: true } } } } },
    orderBy: ORDER,
  });
  const led = await ledSubCommitteeIds(actor.userId);
  const dtos = withRights(actor, led, rows, today);
  return dtos
    .map((t, i) => ({
      ...t,
      congressTitle: { unit: rows[i]!.congress.unit.name, ordinal: rows[i]!.congress.ordinal },
      href: `/organisations/${t.organisationId}/congresses/${t.congressId}/tasks/${t.id}`,
    }))
    .sort((a, b) => Number(a.status === "DONE") - Number(b.status === "DONE"));
}

export type TaskCommentDto = { id: string; authorName: string | null; body: string; createdAt: string };
export type TaskEventDto = { id: string; actorName: string | null; kind: string; changes: Record<string, [unknown, unknown]> | null; at: string };
export type TaskDetailDto = TaskDto & {
  description: string | null;
  assigneeIds: string[];
  comments: TaskCommentDto[];
  events: TaskEventDto[];
  canComment: boolean;
};

export async function getTask(actor: Actor, congressId: string, taskId: string, today = vietnamDate()): Promise<TaskDetailDto> {
  const row = await db.task.findFirst({
    where: { id: taskId, congressId, ...scopeWhere(actor) },
    select: {
      ...taskSelect,
      description: true,
      comments: { select: { id: true, body: true, createdAt: true, author: { select: { name: true } } }, orderBy: { createdAt: "asc" } },
      events: { select: { id: true, kind: true, changes: true, at: true, actor: { select: { name: true } } }, orderBy: { at: "desc" } },
    },
  });
  if (!row) throw new NotFoundError("task");
  const led = await ledSubCommitteeIds(actor.userId, congressId);
  const [dto] = withRights(actor, led, [row], today);
  return {
    ...dto!,
    description: row.description,
    assigneeIds: dto!.assignees.map((a) => a.id),
    comments: row.comments.map((c) => ({ id: c.id, authorName: c.author?.name ?? null, body: c.body, createdAt: c.createdAt.toISOString() })),
    events: row.events.map((e) => ({ id: e.id, actorName: e.actor?.name ?? null, kind: e.kind, changes: e.changes as TaskEventDto["changes"], at: e.at.toISOString() })),
    canComment: can(actor, "organisation.comment", { provinceId: row.provinceId, organisationId: row.organisationId }),
  };
}
