import "server-only";
import { addDays, daysBetween, dateOnlyToIso, isoToDateOnly } from "../dates";
import { db } from "../db/client";
import { type MutationContext, type Tx, auditChange, nextVersion, updateVersioned } from "../db/mutation";
import { isOrganisationKind, levelExistedOn } from "../units/levels";
import { DomainError } from "../errors";
import type { z } from "../validation";
import { CONGRESS_STEPS, type createCongressSchema, type nextTermCongressSchema, type setCongressStatusSchema, type updateCongressSchema } from "./schema";

const editSelect = {
  id: true,
  unitId: true,
  ordinal: true,
  termStart: true,
  termEnd: true,
  plannedOpening: true,
  plannedClosing: true,
  heldOn: true,
  venue: true,
  isPilot: true,
  kind: true,
  status: true,
  version: true,
  provinceId: true,
  organisationId: true,
} as const;

const current = (tx: Tx, id: string) => tx.congress.findUniqueOrThrow({ where: { id }, select: editSelect });
const place = (c: { provinceId: string | null; organisationId: string | null }) => ({ provinceId: c.provinceId, organisationId: c.organisationId });

type Organisation = { id: string; provinceId: string | null };

/**
 * A congress is dated when its level existed (no district congress from 1/7/2025, no commune
 * congress before it), and a new one is opened only by an organisation still active.
 */
async function assertLevelOnDate(tx: Tx, unitId: string, openingIso: string, opening: "new" | "edit") {
  const unit = await tx.unit.findUniqueOrThrow({ where: { id: unitId }, select: { kind: true, status: true } });
  if (isOrganisationKind(unit.kind) && !levelExistedOn(unit.kind, openingIso)) throw new DomainError("VALIDATION", { plannedOpening: ["congressErrors.levelNotOnDate"] });
  if (opening === "new" && unit.status !== "ACTIVE") throw new DomainError("VALIDATION", { plannedOpening: ["congressErrors.unitEnded"] });
}

/** A congress's kind (delegates' or members') changes only before its first round: each round's base was taken under it. */
export async function assertKindChangeable(tx: Tx, congressId: string, from: string, to: string | undefined) {
  if (to === undefined || to === from) return;
  if ((await tx.electionRound.count({ where: { congressId } })) > 0) throw new DomainError("VALIDATION", { kind: ["congressErrors.kindAfterVoting"] });
}

async function assertTermFree(tx: Tx, unitId: string, termStart: number, exceptId?: string) {
  const other = await tx.congress.findFirst({ where: { unitId, termStart, NOT: exceptId ? { id: exceptId } : undefined }, select: { id: true } });
  if (other) throw new DomainError("VALIDATION", { termStart: ["congressErrors.termTaken"] });
}

/** An organisation's own congress of a term. */
export async function createCongress(ctx: MutationContext, organisation: Organisation, input: z.output<typeof createCongressSchema>) {
  return db.$transaction(async (tx) => {
    await assertTermFree(tx, organisation.id, input.termStart);
    await assertLevelOnDate(tx, organisation.id, input.plannedOpening, "new");
    const congress = await tx.congress.create({
      data: {
        unitId: organisation.id,
        provinceId: organisation.provinceId,
        organisationId: organisation.id,
        ordinal: input.ordinal,
        termStart: input.termStart,
        termEnd: input.termEnd,
        plannedOpening: isoToDateOnly(input.plannedOpening),
        plannedClosing: input.plannedClosing ? isoToDateOnly(input.plannedClosing) : null,
        venue: input.venue ?? null,
        isPilot: input.isPilot,
        kind: input.kind ?? "DELEGATES",
      },
      select: editSelect,
    });
    await auditChange(tx, ctx, { entityType: "congress", entityId: congress.id, place: place(congress), after: congress });
    return congress;
  });
}

export async function updateCongress(ctx: MutationContext, congressId: string, input: z.output<typeof updateCongressSchema>) {
  return db.$transaction(async (tx) => {
    const before = await current(tx, congressId);
    await assertTermFree(tx, before.unitId, input.termStart, congressId);
    await assertLevelOnDate(tx, before.unitId, input.plannedOpening, "edit");
    await assertKindChangeable(tx, congressId, before.kind, input.kind);
    const data = {
      ordinal: input.ordinal,
      termStart: input.termStart,
      termEnd: input.termEnd,
      plannedOpening: isoToDateOnly(input.plannedOpening),
      plannedClosing: input.plannedClosing ? isoToDateOnly(input.plannedClosing) : null,
      venue: input.venue ?? null,
      isPilot: input.isPilot,
      kind: input.kind ?? before.kind,
      ...nextVersion,
    };
    await updateVersioned((where) => tx.congress.updateMany({ where, data }), { id: congressId, version: input.version }, before);
    const after = await current(tx, congressId);
    await auditChange(tx, ctx, { entityType: "congress", entityId: congressId, place: place(after), before, after });
    return after;
  });
}

/** Whether a congress may go from one step to another: one step forward, or one back to correct a mistake. */
export function isStatusStep(from: string, to: (typeof CONGRESS_STEPS)[number]): boolean {
  const a = CONGRESS_STEPS.indexOf(from as (typeof CONGRESS_STEPS)[number]);
  const b = CONGRESS_STEPS.indexOf(to);
  return a >= 0 && Math.abs(b - a) === 1;
}

export async function setCongressStatus(ctx: MutationContext, input: z.output<typeof setCongressStatusSchema>) {
  return db.$transaction(async (tx) => {
    const before = await current(tx, input.congressId);
    if (!isStatusStep(before.status, input.status)) throw new DomainError("VALIDATION", { status: ["congressErrors.statusStep"] });
    const data = { status: input.status, heldOn: input.status === "HELD" ? isoToDateOnly(input.heldOn!) : null, ...nextVersion };
    await updateVersioned((where) => tx.congress.updateMany({ where, data }), { id: input.congressId, version: input.version }, before);
    const after = await current(tx, input.congressId);
    await auditChange(tx, ctx, { entityType: "congress", entityId: after.id, place: place(after), before, after });
    return after;
  });
}

/**
 * The next term's congress of the same unit: ordinal + 1, the term shifted by its length, the
 * sub-committees (names and kinds, no members) and the calendar (shifted with the opening). Tasks
 * and delegates belong to their term and stay.
 */
export async function createNextTermCongress(ctx: MutationContext, input: z.output<typeof nextTermCongressSchema>) {
  return db.$transaction(async (tx) => {
    const last = await current(tx, input.congressId);
    const length = last.termEnd - last.termStart;
    const termStart = last.termEnd;
    await assertTermFree(tx, last.unitId, termStart);
    await assertLevelOnDate(tx, last.unitId, input.plannedOpening, "new");
    const congress = await tx.congress.create({
      data: {
        unitId: last.unitId,
        provinceId: last.provinceId,
        organisationId: last.organisationId,
        ordinal: last.ordinal + 1,
        termStart,
        termEnd: termStart + length,
        plannedOpening: isoToDateOnly(input.plannedOpening),
        venue: last.venue,
        kind: last.kind,
      },
      select: editSelect,
    });
    const scope = { congressId: congress.id, provinceId: congress.provinceId, organisationId: congress.organisationId };
    const subs = await tx.subCommittee.findMany({ where: { congressId: last.id }, select: { kind: true, name: true }, orderBy: { createdAt: "asc" } });
    if (subs.length) await tx.subCommittee.createMany({ data: subs.map((s) => ({ ...scope, kind: s.kind, name: s.name })) });
    const milestones = await tx.milestone.findMany({ where: { congressId: last.id }, select: { standardKey: true, name: true, plannedOn: true, reference: true } });
    // Without a last opening there is nothing to shift from: the calendar starts empty.
    const shift = last.plannedOpening ? daysBetween(dateOnlyToIso(last.plannedOpening), input.plannedOpening) : null;
    if (shift !== null && milestones.length) {
      await tx.milestone.createMany({
        data: milestones.map((m) => ({ ...scope, standardKey: m.standardKey, name: m.name, reference: null, plannedOn: isoToDateOnly(addDays(dateOnlyToIso(m.plannedOn), shift)) })),
      });
    }
    await auditChange(tx, ctx, { entityType: "congress", entityId: congress.id, place: place(congress), after: { ...congress, from: last.id, subCommittees: subs.length, milestones: shift === null ? 0 : milestones.length } });
    return congress;
  });
}
