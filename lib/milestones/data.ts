import "server-only";
import { type IdPage, idPageArgs } from "../db/keyset";
import { type Actor, scopeWhere } from "../auth/access";
import { db } from "../db/client";
import { vietnamDate } from "../dates";
import type { Prisma } from "../generated/prisma/client";
import { isMilestoneLate } from "../planning/overdue";
import { isoOrNull } from "../planning/place";
import type { StandardMilestoneKey } from "./calendar";
import type { MilestoneStatus } from "./schema";

export type MilestoneDto = {
  id: string;
  congressId: string;
  organisationId: string | null;
  standardKey: StandardMilestoneKey | null;
  name: string;
  plannedOn: string;
  doneOn: string | null;
  status: MilestoneStatus;
  /** Planned date passed and not done; computed against today in Vietnam. */
  late: boolean;
  reference: string | null;
  version: number;
  tasks: { total: number; done: number };
};

export const milestoneSelect = {
  id: true,
  congressId: true,
  organisationId: true,
  standardKey: true,
  name: true,
  plannedOn: true,
  doneOn: true,
  status: true,
  reference: true,
  version: true,
  tasks: { select: { status: true } },
} satisfies Prisma.MilestoneSelect;

export function toMilestoneDto(row: Prisma.MilestoneGetPayload<{ select: typeof milestoneSelect }>, today = vietnamDate()): MilestoneDto {
  const { tasks, ...m } = row;
  const plannedOn = isoOrNull(m.plannedOn)!;
  return {
    ...m,
    plannedOn,
    doneOn: isoOrNull(m.doneOn),
    late: isMilestoneLate({ plannedOn, status: m.status }, today),
    tasks: { total: tasks.length, done: tasks.filter((t) => t.status === "DONE").length },
  };
}

export type CalendarMilestone = Pick<MilestoneDto, "id" | "name" | "plannedOn" | "doneOn" | "status" | "late">;

/** The calendar of a congress in date order as the dashboard draws it: no task counts, one statement. */
export async function congressCalendar(actor: Actor, congressId: string, today = vietnamDate()): Promise<CalendarMilestone[]> {
  const rows = await db.milestone.findMany({
    where: { congressId, ...scopeWhere(actor) },
    select: { id: true, name: true, plannedOn: true, doneOn: true, status: true },
    orderBy: [{ plannedOn: "asc" }, { createdAt: "asc" }],
  });
  return rows.map((m) => {
    const plannedOn = isoOrNull(m.plannedOn)!;
    return { ...m, plannedOn, doneOn: isoOrNull(m.doneOn), late: isMilestoneLate({ plannedOn, status: m.status }, today) };
  });
}

/** The calendar of a congress in date order, with its tasks counted in the database. */
export async function listMilestones(actor: Actor, congressId: string, today = vietnamDate(), page?: IdPage): Promise<MilestoneDto[]> {
  const select = { ...milestoneSelect, tasks: false } as const;
  const paged = page ? idPageArgs(page) : null;
  const [rows, counts] = await Promise.all([
    db.milestone.findMany({ where: { congressId, ...scopeWhere(actor), ...paged?.where }, select, orderBy: paged?.orderBy ?? [{ plannedOn: "asc" }, { createdAt: "asc" }], take: paged?.take }),
    db.task.groupBy({ by: ["milestoneId", "status"], where: { congressId, milestoneId: { not: null }, ...scopeWhere(actor) }, _count: { _all: true } }),
  ]);
  return rows.map((r) => {
    const mine = counts.filter((c) => c.milestoneId === r.id);
    const dto = toMilestoneDto({ ...r, tasks: [] }, today);
    return { ...dto, tasks: { total: mine.reduce((n, c) => n + c._count._all, 0), done: mine.find((c) => c.status === "DONE")?._count._all ?? 0 } };
  });
}

export async function milestoneOptions(actor: Actor, congressId: string): Promise<{ id: string; name: string }[]> {
  return db.milestone.findMany({ where: { congressId, ...scopeWhere(actor) }, select: { id: true, name: true }, orderBy: { plannedOn: "asc" } });
}
