import "server-only";
import { db } from "../db/client";
import { type MutationContext, type Tx, auditChange, nextVersion, updateVersioned } from "../db/mutation";
import { isoToDateOnly, vietnamDate } from "../dates";
import { DomainError, NotFoundError } from "../errors";
import { defaultName } from "../planning/default-names";
import type { LoadedCongress } from "../auth/resources";
import { placeOf } from "../planning/place";
import type { z } from "../validation";
import { standardCalendar } from "./calendar";
import { milestoneSelect, toMilestoneDto } from "./data";
import type { createMilestoneSchema, updateMilestoneSchema } from "./schema";

type MilestonePlace = { id: string; congressId: string; provinceId: string | null; organisationId: string | null };

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
export async function applyStandardCalendar(ctx: MutationContext, congress: LoadedCongress) {
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
    await auditChange(tx, ctx, { entityType: "congress", entityId: congress.id, place, after: { added: missing } });
    return { added: missing.length, congressId: congress.id, organisationId: congress.organisationId };
  });
}

export async function createMilestone(ctx: MutationContext, congress: LoadedCongress, input: z.output<typeof createMilestoneSchema>) {
  return db.$transaction(async (tx) => {
    const place = placeOf(congress);
    const { id } = await tx.milestone.create({ data: { ...milestoneData(input), congressId: congress.id, ...place }, select: { id: true } });
    const after = await current(tx, id);
    await auditChange(tx, ctx, { entityType: "milestone", entityId: id, place, after });
    return after;
  });
}

export async function updateMilestone(ctx: MutationContext, milestone: MilestonePlace, input: z.output<typeof updateMilestoneSchema>) {
  return db.$transaction(async (tx) => {
    const before = await current(tx, milestone.id);
    await updateVersioned((where) => tx.milestone.updateMany({ where, data: { ...milestoneData(input), ...nextVersion } }), { id: milestone.id, version: input.version }, before);
    const after = await current(tx, milestone.id);
    await auditChange(tx, ctx, { entityType: "milestone", entityId: milestone.id, place: placeOf(milestone), before, after });
    return after;
  });
}

export async function deleteMilestone(ctx: MutationContext, milestone: MilestonePlace, expectedVersion: number) {
  return db.$transaction(async (tx) => {
    const before = await current(tx, milestone.id);
    await updateVersioned((where) => tx.milestone.deleteMany({ where }), { id: milestone.id, version: expectedVersion }, before);
    await auditChange(tx, ctx, { entityType: "milestone", entityId: milestone.id, place: placeOf(milestone), before });
    return { congressId: milestone.congressId, organisationId: milestone.organisationId };
  });
}
