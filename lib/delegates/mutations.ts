import "server-only";
import type { Actor, Place } from "../auth/access";
import { recordAudit } from "../audit/record";
import { isoToDateOnly } from "../dates";
import { db } from "../db/client";
import { DomainError, NotFoundError, VersionConflictError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import type { RosterCongress } from "./data";
import { matchEthnicity } from "./ethnicity";
import { cleanText, searchKey, splitName } from "./names";
import type { DelegateDraft } from "./rows";

export type Tx = Prisma.TransactionClient;
type Ctx = { actor: Actor; ip: string | null };

const placeOf = (c: RosterCongress): Place => ({ provinceId: c.provinceId, districtId: c.districtId });
const who = (actor: Actor) => ({ userId: actor.userId, email: actor.email });

/** The columns a draft fills: name split for sorting, search key, calendar dates. */
export function delegateData(draft: DelegateDraft) {
  const fullName = cleanText(draft.fullName);
  return {
    fullName,
    ...splitName(fullName),
    searchKey: searchKey(fullName),
    gender: draft.gender,
    birthDate: draft.birthDate ? isoToDateOnly(draft.birthDate) : null,
    birthYear: draft.birthYear,
    ethnicity: matchEthnicity(draft.ethnicity) ?? draft.ethnicity,
    partyAdmissionDate: draft.partyAdmissionDate ? isoToDateOnly(draft.partyAdmissionDate) : null,
    educationLevel: draft.educationLevel,
    theoryLevel: draft.theoryLevel,
    position: draft.position,
    homeUnitId: draft.homeUnitId,
    category: draft.category,
    group: draft.group,
    seat: draft.seat,
    note: draft.note,
  };
}

/** Serialises roster changes of one congress, so two saves cannot both take the last seat. */
export async function lockRoster(tx: Tx, congressId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`roster:${congressId}`}))`;
}

/** Seats left for a unit, or null when it has no quota yet (nothing to enforce). */
export async function seatsLeft(tx: Tx, congressId: string, unitId: string, excludeDelegateId?: string): Promise<number | null> {
  const quota = await tx.delegateQuota.findUnique({ where: { congressId_unitId: { congressId, unitId } }, select: { seats: true } });
  if (!quota) return null;
  const elected = await tx.delegate.count({
    where: { congressId, homeUnitId: unitId, category: "ELECTED", credentialStatus: { not: "REJECTED" }, ...(excludeDelegateId ? { id: { not: excludeDelegateId } } : {}) },
  });
  return quota.seats - elected;
}

async function checkUnit(tx: Tx, congress: RosterCongress, unitId: string | null) {
  if (!unitId) return;
  const unit = await tx.unit.findFirst({ where: { id: unitId, parentId: congress.unitId, districtId: congress.districtId }, select: { id: true } });
  if (!unit) throw new DomainError("VALIDATION", { homeUnitId: ["delegateImport.errors.unitUnknownShort"] });
}

/** Refuses an elected delegate beyond the unit's quota unless the organizer gives a reason. */
async function checkQuota(tx: Tx, congress: RosterCongress, draft: DelegateDraft, overQuotaReason: string | undefined, excludeId?: string) {
  if (draft.category !== "ELECTED" || !draft.homeUnitId) return null;
  const left = await seatsLeft(tx, congress.id, draft.homeUnitId, excludeId);
  if (left === null || left > 0) return null;
  if (!overQuotaReason) throw new DomainError("QUOTA_EXCEEDED", { overQuotaReason: ["delegates.form.overQuotaReasonRequired"] });
  return overQuotaReason;
}

export async function createDelegate(ctx: Ctx, congress: RosterCongress, draft: DelegateDraft, overQuotaReason?: string) {
  return db.$transaction(async (tx) => {
    await lockRoster(tx, congress.id);
    await checkUnit(tx, congress, draft.homeUnitId);
    const reason = await checkQuota(tx, congress, draft, overQuotaReason);
    const created = await tx.delegate.create({
      data: { ...delegateData(draft), congressId: congress.id, provinceId: congress.provinceId, districtId: congress.districtId, overQuotaReason: reason },
      select: { id: true },
    });
    // No personal data in the log: the record id and what kind of entry it is.
    await recordAudit(tx, { actor: who(ctx.actor), action: "delegate.create", entityType: "delegate", entityId: created.id, place: placeOf(congress), after: { category: draft.category, overQuota: reason !== null }, ip: ctx.ip });
    return created;
  });
}

async function loadForChange(tx: Tx, congress: RosterCongress, id: string) {
  const current = await tx.delegate.findFirst({ where: { id, congressId: congress.id, districtId: congress.districtId }, select: { id: true, version: true, credentialStatus: true, credentialReason: true } });
  if (!current) throw new NotFoundError("delegate");
  return current;
}

export async function reviewCredential(ctx: Ctx, congress: RosterCongress, input: { id: string; version: number; status: "PENDING" | "ACCEPTED" | "REJECTED"; reason?: string }) {
  return db.$transaction(async (tx) => {
    const before = await loadForChange(tx, congress, input.id);
    const pending = input.status === "PENDING";
    const { count } = await tx.delegate.updateMany({
      where: { id: input.id, version: input.version },
      data: {
        credentialStatus: input.status,
        credentialReason: input.status === "REJECTED" ? input.reason! : null,
        credentialReviewerId: pending ? null : ctx.actor.userId,
        credentialReviewedAt: pending ? null : new Date(),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new VersionConflictError({ id: before.id, version: before.version, credentialStatus: before.credentialStatus, credentialReason: before.credentialReason });
    await recordAudit(tx, { actor: who(ctx.actor), action: "delegate.review-credential", entityType: "delegate", entityId: input.id, place: placeOf(congress), before: { credentialStatus: before.credentialStatus }, after: { credentialStatus: input.status }, ip: ctx.ip });
    return { id: input.id, version: input.version + 1 };
  });
}

export async function deleteDelegate(ctx: Ctx, congress: RosterCongress, input: { id: string; version: number }) {
  return db.$transaction(async (tx) => {
    const before = await loadForChange(tx, congress, input.id);
    const { count } = await tx.delegate.deleteMany({ where: { id: input.id, version: input.version } });
    if (count === 0) throw new VersionConflictError({ id: before.id, version: before.version });
    await recordAudit(tx, { actor: who(ctx.actor), action: "delegate.delete", entityType: "delegate", entityId: input.id, place: placeOf(congress), ip: ctx.ip });
    return null;
  });
}

/**
 * Sets every unit's quota at once (the organizer edits the proposal, then saves the table). Each
 * row carries the version it was loaded with; if someone saved in between, nothing is written.
 */
export async function saveQuotas(ctx: Ctx, congress: RosterCongress, quotas: { unitId: string; seats: number; version: number | null }[]) {
  return db.$transaction(async (tx) => {
    await lockRoster(tx, congress.id);
    const units = await tx.unit.findMany({ where: { id: { in: quotas.map((q) => q.unitId) }, parentId: congress.unitId, districtId: congress.districtId }, select: { id: true } });
    if (units.length !== new Set(quotas.map((q) => q.unitId)).size) throw new DomainError("VALIDATION");
    const current = await tx.delegateQuota.findMany({ where: { congressId: congress.id }, select: { unitId: true, seats: true, version: true } });
    const byUnit = new Map(current.map((c) => [c.unitId, c]));
    if (quotas.some((q) => (byUnit.get(q.unitId)?.version ?? null) !== q.version)) throw new VersionConflictError(current);
    for (const q of quotas) {
      if (q.version === null) {
        await tx.delegateQuota.create({ data: { congressId: congress.id, unitId: q.unitId, provinceId: congress.provinceId, districtId: congress.districtId, seats: q.seats } });
      } else if (byUnit.get(q.unitId)!.seats !== q.seats) {
        await tx.delegateQuota.update({ where: { congressId_unitId: { congressId: congress.id, unitId: q.unitId } }, data: { seats: q.seats, version: { increment: 1 } } });
      }
    }
    await recordAudit(tx, { actor: who(ctx.actor), action: "delegate.quotas.save", entityType: "congress", entityId: congress.id, place: placeOf(congress), after: { units: quotas.length, seats: quotas.reduce((n, q) => n + q.seats, 0) }, ip: ctx.ip });
    return null;
  });
}

export async function saveTargets(ctx: Ctx, congress: RosterCongress, targets: { metric: "WOMEN" | "ETHNIC_MINORITY" | "UNDER_40"; minPercent: number | null; maxPercent: number | null }[]) {
  return db.$transaction(async (tx) => {
    for (const t of targets) {
      await tx.compositionTarget.upsert({
        where: { congressId_metric: { congressId: congress.id, metric: t.metric } },
        create: { congressId: congress.id, provinceId: congress.provinceId, districtId: congress.districtId, ...t },
        update: { minPercent: t.minPercent, maxPercent: t.maxPercent, version: { increment: 1 } },
      });
    }
    await recordAudit(tx, { actor: who(ctx.actor), action: "delegate.targets.save", entityType: "congress", entityId: congress.id, place: placeOf(congress), after: { targets }, ip: ctx.ip });
    return null;
  });
}

/** Exports leave a trace too: who took the roster, in which format, how many rows. */
export async function auditExport(actor: Actor, congress: RosterCongress, format: string, rows: number, ip: string | null) {
  await db.$transaction((tx) => recordAudit(tx, { actor: who(actor), action: "delegate.export", entityType: "congress", entityId: congress.id, place: placeOf(congress), after: { format, rows }, ip }));
}
