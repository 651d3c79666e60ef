import "server-only";
import { recordAudit } from "../audit/record";
import { db } from "../db/client";
import { isoToDateOnly, vietnamDate } from "../dates";
import { DomainError, NotFoundError, VersionConflictError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { defaultName } from "../planning/default-names";
import { type CongressRef, placeOf } from "../planning/place";
import type { ActionContext } from "../server/action";
import type { z } from "../validation";
import { standardCalendar } from "./calendar";
import { milestoneSelect, toMilestoneDto } from "./data";
import type { createMilestoneSchema, updateMilestoneSchema } from "./schema";

type Tx = Prisma.TransactionClient;
type MilestonePlace = { id: string; congressId: string; provinceId: string | null; districtId: string | null };

async function current(tx: Tx, id: string) {
  const row = await tx.milestone.findUnique({ where: { id }, select: milestoneSelect });
  if (!row) throw new NotFoundError("milestone");
  return toMilestoneDto(row);
}

function milestoneData(input: Omit<z.output<typeof createMilestoneSchema>, "congressId">) {
  // A done milestone has a done date (today unless given); an open one has none.
  const doneOn = input.status === "DONE" ? (input.doneOn ?? vietnamDate()) : null;
  return {
    name: input.name,
    plannedOn: isoToDateOnly(input.plannedOn),
    doneOn: doneOn ? isoToDateOnly(doneOn) : null,
    status: input.status,
    reference: input.reference ?? null,
  };
}

/** Adds the standard milestones the congress lacks, dated from its opening; one audit entry. */
export async function applyStandardCalendar(ctx: ActionContext, congress: CongressRef) {
  if (!congress.opening) throw new DomainError("NO_OPENING_DATE");
  return db.$transaction(async (tx) => {
    // Serialise concurrent applications on the congress row, so neither adds a duplicate.
    await tx.$queryRaw`SELECT id FROM congress WHERE id = ${congress.id}::uuid FOR UPDATE`;
    const existing = await tx.milestone.findMany({ where: { congressId: congress.id, standardKey: { not: null } }, select: { standardKey: true } });
    const missing = standardCalendar(congress.opening!, existing.map((m) => m.standardKey!));
    const place = placeOf(congress);
    await tx.milestone.createMany({
      data: missing.map((m) => ({ congressId: congress.id, ...place, standardKey: m.key, name: defaultName.milestone(m.key), plannedOn: isoToDateOnly(m.plannedOn) })),
    });
    await recordAudit(tx, {
      actor: ctx.actor,
      ip: ctx.ip,
      action: "milestone.apply-standard",
      entityType: "congress",
      entityId: congress.id,
      place,
      after: { added: missing },
    });
    return { added: missing.length, congressId: congress.id, districtId: congress.districtId };
  });
}

export async function createMilestone(ctx: ActionContext, congress: CongressRef, input: z.output<typeof createMilestoneSchema>) {
  return db.$transaction(async (tx) => {
    const place = placeOf(congress);
    const { id } = await tx.milestone.create({ data: { ...milestoneData(input), congressId: congress.id, ...place }, select: { id: true } });
    const after = await current(tx, id);
    await recordAudit(tx, { actor: ctx.actor, ip: ctx.ip, action: "milestone.create", entityType: "milestone", entityId: id, place, after });
    return after;
  });
}

export async function updateMilestone(ctx: ActionContext, milestone: MilestonePlace, input: z.output<typeof updateMilestoneSchema>) {
  return db.$transaction(async (tx) => {
    const before = await current(tx, milestone.id);
    const { count } = await tx.milestone.updateMany({ where: { id: milestone.id, version: input.version }, data: { ...milestoneData(input), version: { increment: 1 } } });
    if (count === 0) throw new VersionConflictError(before);
    const after = await current(tx, milestone.id);
    await recordAudit(tx, { actor: ctx.actor, ip: ctx.ip, action: "milestone.update", entityType: "milestone", entityId: milestone.id, place: placeOf(milestone), before, after });
    return after;
  });
}

export async function deleteMilestone(ctx: ActionContext, milestone: MilestonePlace, expectedVersion: number) {
  return db.$transaction(async (tx) => {
    const before = await current(tx, milestone.id);
    const { count } = await tx.milestone.deleteMany({ where: { id: milestone.id, version: expectedVersion } });
    if (count === 0) throw new VersionConflictError(before);
    await recordAudit(tx, { actor: ctx.actor, ip: ctx.ip, action: "milestone.delete", entityType: "milestone", entityId: milestone.id, place: placeOf(milestone), before });
    return { congressId: milestone.congressId, districtId: milestone.districtId };
  });
}
