import "server-only";
import type { Place } from "../auth/access";
import { isoToDateOnly } from "../dates";
import { db } from "../db/client";
import { type MutationContext, type Tx, auditChange, nextVersion, updateVersioned } from "../db/mutation";
import { DomainError, NotFoundError, VersionConflictError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import type { RosterCongress } from "./data";
import { matchEthnicity } from "./ethnicity";
import { delegateFormValues } from "./form";
import { distributeGroups, groupName, seatNumbers } from "./groups";
import { cleanText, compareByName, searchKey, splitName } from "./names";
import type { DelegateDraft } from "./rows";
import { isSeated, seatedWhere } from "./seating";


const placeOf = (c: RosterCongress): Place => ({ provinceId: c.provinceId, organisationId: c.organisationId });

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
    alternate: draft.alternate,
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
    where: { congressId, homeUnitId: unitId, category: "ELECTED", alternate: false, credentialStatus: { not: "REJECTED" }, ...(excludeDelegateId ? { id: { not: excludeDelegateId } } : {}) },
  });
  return quota.seats - elected;
}

async function checkUnit(tx: Tx, congress: RosterCongress, unitId: string | null) {
  if (!unitId) return;
  const unit = await tx.unit.findFirst({ where: { id: unitId, parentId: congress.unitId }, select: { id: true } });
  if (!unit) throw new DomainError("VALIDATION", { homeUnitId: ["delegateImport.errors.unitUnknownShort"] });
}

/** Refuses an elected delegate beyond the unit's quota unless the organizer gives a reason. */
async function checkQuota(tx: Tx, congress: RosterCongress, draft: DelegateDraft, overQuotaReason: string | undefined, excludeId?: string) {
  // Alternates are elected besides the quota: it counts official delegates only.
  if (draft.category !== "ELECTED" || draft.alternate || !draft.homeUnitId) return null;
  const left = await seatsLeft(tx, congress.id, draft.homeUnitId, excludeId);
  if (left === null || left > 0) return null;
  if (!overQuotaReason) throw new DomainError("QUOTA_EXCEEDED", { overQuotaReason: ["delegates.form.overQuotaReasonRequired"] });
  return overQuotaReason;
}

export async function createDelegate(ctx: MutationContext, congress: RosterCongress, draft: DelegateDraft, overQuotaReason?: string) {
  return db.$transaction(async (tx) => {
    await lockRoster(tx, congress.id);
    await checkUnit(tx, congress, draft.homeUnitId);
    const reason = await checkQuota(tx, congress, draft, overQuotaReason);
    const created = await tx.delegate.create({
      data: { ...delegateData(draft), congressId: congress.id, provinceId: congress.provinceId, organisationId: congress.organisationId, overQuotaReason: reason },
      select: { id: true },
    });
    // No personal data in the log: the record id and what kind of entry it is.
    await auditChange(tx, ctx, { entityType: "delegate", entityId: created.id, place: placeOf(congress), after: { category: draft.category, overQuota: reason !== null } });
    return created;
  });
}

async function loadForChange(tx: Tx, congress: RosterCongress, id: string) {
  const current = await tx.delegate.findFirst({ where: { id, congressId: congress.id, organisationId: congress.organisationId }, select: { id: true, version: true, credentialStatus: true, credentialReason: true } });
  if (!current) throw new NotFoundError("delegate");
  return current;
}

export async function reviewCredential(ctx: MutationContext, congress: RosterCongress, input: { id: string; version: number; status: "PENDING" | "ACCEPTED" | "REJECTED"; reason?: string }) {
  return db.$transaction(async (tx) => {
    const before = await loadForChange(tx, congress, input.id);
    const pending = input.status === "PENDING";
    const data = {
      credentialStatus: input.status,
      credentialReason: input.status === "REJECTED" ? input.reason! : null,
      credentialReviewerId: pending ? null : ctx.actor.userId,
      credentialReviewedAt: pending ? null : new Date(),
      ...nextVersion,
    };
    await updateVersioned((where) => tx.delegate.updateMany({ where, data }), { id: input.id, version: input.version }, { id: before.id, version: before.version, credentialStatus: before.credentialStatus, credentialReason: before.credentialReason });
    await auditChange(tx, ctx, { entityType: "delegate", entityId: input.id, place: placeOf(congress), before: { credentialStatus: before.credentialStatus }, after: { credentialStatus: input.status } });
    return { id: input.id, version: input.version + 1 };
  });
}

export async function deleteDelegate(ctx: MutationContext, congress: RosterCongress, input: { id: string; version: number }) {
  return db.$transaction(async (tx) => {
    const before = await loadForChange(tx, congress, input.id);
    await updateVersioned((where) => tx.delegate.deleteMany({ where }), { id: input.id, version: input.version }, { id: before.id, version: before.version });
    await auditChange(tx, ctx, { entityType: "delegate", entityId: input.id, place: placeOf(congress) });
    return null;
  });
}

const editSelect = {
  id: true,
  version: true,
  fullName: true,
  gender: true,
  birthDate: true,
  birthYear: true,
  ethnicity: true,
  partyAdmissionDate: true,
  educationLevel: true,
  theoryLevel: true,
  position: true,
  homeUnitId: true,
  category: true,
  alternate: true,
  group: true,
  seat: true,
  note: true,
  overQuotaReason: true,
  credentialStatus: true,
  replacesId: true,
  replacedBy: { select: { id: true } },
} satisfies Prisma.DelegateSelect;
type Editable = Prisma.DelegateGetPayload<{ select: typeof editSelect }>;

/** The fields a person edits; the name parts and search key follow from fullName. */
const EDITABLE_FIELDS = ["fullName", "gender", "birthDate", "birthYear", "ethnicity", "partyAdmissionDate", "educationLevel", "theoryLevel", "position", "homeUnitId", "category", "alternate", "group", "seat", "note"] as const;
const sameValue = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);

/** What a refused save sends back: the newer record, as the form shows it. */
const editConflict = (current: Editable) => new VersionConflictError({ version: current.version, values: delegateFormValues(current) });

async function loadEditable(tx: Tx, congress: RosterCongress, id: string) {
  const current = await tx.delegate.findFirst({ where: { id, congressId: congress.id, organisationId: congress.organisationId }, select: editSelect });
  if (!current) throw new NotFoundError("delegate");
  return current;
}

/**
 * Saves every field of a delegate, from the version the organizer loaded. Moving an elected
 * delegate into a unit (or making them elected) takes one of that unit's seats: beyond the quota it
 * needs a reason, as on creation. An unchanged form writes nothing.
 */
export async function updateDelegate(ctx: MutationContext, congress: RosterCongress, input: { id: string; version: number }, draft: DelegateDraft, overQuotaReason?: string) {
  return db.$transaction(async (tx) => {
    await lockRoster(tx, congress.id);
    const before = await loadEditable(tx, congress, input.id);
    if (before.version !== input.version) throw editConflict(before);
    await checkUnit(tx, congress, draft.homeUnitId);
    const data = delegateData(draft);
    let reason: string | null = null;
    // A replacement ties an official delegate and an alternate: it ends before either changes kind.
    if (data.alternate !== before.alternate && (before.replacesId || before.replacedBy)) throw new DomainError("VALIDATION", { alternate: ["delegates.replacement.kindLocked"] });
    if (data.category === "ELECTED" && !data.alternate && data.homeUnitId) {
      const takesSeat = before.credentialStatus !== "REJECTED" && (before.category !== "ELECTED" || before.alternate || before.homeUnitId !== data.homeUnitId);
      if (takesSeat) reason = await checkQuota(tx, congress, draft, overQuotaReason, before.id);
      else reason = overQuotaReason ?? (before.homeUnitId === data.homeUnitId ? before.overQuotaReason : null);
    }
    const fields: string[] = EDITABLE_FIELDS.filter((k) => !sameValue(before[k], data[k]));
    if (reason !== before.overQuotaReason) fields.push("overQuotaReason");
    if (fields.length === 0) return { id: before.id, version: before.version, values: delegateFormValues(before) };
    const changed = { ...data, overQuotaReason: reason, ...nextVersion };
    await updateVersioned((where) => tx.delegate.updateMany({ where, data: changed }), { id: input.id, version: input.version }, async () => editConflict(await loadEditable(tx, congress, input.id)).current);
    // Like the other delegate entries: which fields changed and the kind of delegate, no values.
    await auditChange(tx, ctx, {
      entityType: "delegate",
      entityId: before.id,
      place: placeOf(congress),
      before: { category: before.category, overQuota: before.overQuotaReason !== null },
      after: { fields, category: data.category, overQuota: reason !== null },
    });
    // The stored values (canonical ethnicity, cleaned name) for the form to show.
    const after = await loadEditable(tx, congress, before.id);
    return { id: after.id, version: after.version, values: delegateFormValues(after) };
  });
}

export type CheckInState = { id: string; version: number; checkedInAt: string | null };

/**
 * Records (or undoes) a delegate's arrival at the door, at the server's time. Only a delegate
 * whose credentials were accepted checks in; a second tap on the same state changes nothing.
 */
export async function setCheckIn(ctx: MutationContext, congress: RosterCongress, input: { id: string; version: number }, present: boolean): Promise<CheckInState> {
  return db.$transaction(async (tx) => {
    const before = await tx.delegate.findFirst({
      where: { id: input.id, congressId: congress.id, organisationId: congress.organisationId },
      select: { id: true, version: true, checkedInAt: true, credentialStatus: true, alternate: true, replacesId: true, replacedBy: { select: { id: true } } },
    });
    if (!before) throw new NotFoundError("delegate");
    const state = (d: { version: number; checkedInAt: Date | null }): CheckInState => ({ id: before.id, version: d.version, checkedInAt: d.checkedInAt?.toISOString() ?? null });
    if (before.version !== input.version) throw new VersionConflictError(state(before));
    if (present && before.credentialStatus !== "ACCEPTED") throw new DomainError("NOT_ACCEPTED");
    if (present && !isSeated(before)) throw new DomainError("NOT_SEATED");
    if ((before.checkedInAt !== null) === present) return state(before);
    const checkedInAt = present ? new Date() : null;
    await updateVersioned((where) => tx.delegate.updateMany({ where, data: { checkedInAt, ...nextVersion } }), { id: before.id, version: input.version }, async () =>
      state(await tx.delegate.findUniqueOrThrow({ where: { id: before.id }, select: { version: true, checkedInAt: true } })),
    );
    await auditChange(tx, ctx, {
      entityType: "delegate",
      entityId: before.id,
      place: placeOf(congress),
      before: { checkedIn: !present },
      after: { checkedIn: present },
    });
    return state({ version: input.version + 1, checkedInAt });
  });
}

/**
 * Shares the accepted delegates into `groupCount` discussion groups (and numbers their seats if
 * asked), from the roster the organizer saw: if any accepted delegate was added, removed or saved
 * since, nothing is written.
 */
export async function assignGroups(ctx: MutationContext, congress: RosterCongress, input: { groupCount: number; prefix: string; numberSeats: boolean; delegates: { id: string; version: number }[] }) {
  return db.$transaction(async (tx) => {
    await lockRoster(tx, congress.id);
    const rows = await tx.delegate.findMany({
      where: { congressId: congress.id, organisationId: congress.organisationId, credentialStatus: "ACCEPTED", AND: [seatedWhere] },
      select: { id: true, version: true, homeUnitId: true, familyName: true, middleName: true, givenName: true, birthYear: true, group: true, seat: true },
    });
    const seen = new Map(input.delegates.map((d) => [d.id, d.version]));
    if (rows.length !== seen.size || rows.some((r) => seen.get(r.id) !== r.version)) throw new VersionConflictError({ delegates: rows.map((r) => ({ id: r.id, version: r.version })) });
    if (input.groupCount > Math.max(1, rows.length)) throw new DomainError("VALIDATION", { groupCount: ["delegates.groups.tooMany"] });
    rows.sort((a, b) => compareByName(a, b) || a.birthYear - b.birthYear || (a.id < b.id ? -1 : 1));
    const members = rows.map((r) => ({ id: r.id, unitId: r.homeUnitId }));
    const groups = distributeGroups(members, input.groupCount);
    const seats = input.numberSeats ? seatNumbers(members, groups, input.groupCount) : null;
    let changed = 0;
    for (const r of rows) {
      const group = groupName(input.prefix, groups.get(r.id)!);
      const seat = seats?.get(r.id) ?? r.seat;
      if (group === r.group && seat === r.seat) continue;
      await updateVersioned((where) => tx.delegate.updateMany({ where, data: { group, seat, ...nextVersion } }), { id: r.id, version: r.version }, null);
      changed++;
    }
    await auditChange(tx, ctx, {
      entityType: "congress",
      entityId: congress.id,
      place: placeOf(congress),
      after: { groups: input.groupCount, delegates: rows.length, changed, numberSeats: input.numberSeats },
    });
    return { delegates: rows.length, changed };
  });
}

/**
 * Sets every unit's quota at once (the organizer edits the proposal, then saves the table). Each
 * row carries the version it was loaded with; if someone saved in between, nothing is written.
 */
export async function saveQuotas(ctx: MutationContext, congress: RosterCongress, quotas: { unitId: string; seats: number; version: number | null }[]) {
  return db.$transaction(async (tx) => {
    await lockRoster(tx, congress.id);
    const units = await tx.unit.findMany({ where: { id: { in: quotas.map((q) => q.unitId) }, parentId: congress.unitId }, select: { id: true } });
    if (units.length !== new Set(quotas.map((q) => q.unitId)).size) throw new DomainError("VALIDATION");
    const current = await tx.delegateQuota.findMany({ where: { congressId: congress.id }, select: { unitId: true, seats: true, version: true } });
    const byUnit = new Map(current.map((c) => [c.unitId, c]));
    if (quotas.some((q) => (byUnit.get(q.unitId)?.version ?? null) !== q.version)) throw new VersionConflictError(current);
    for (const q of quotas) {
      if (q.version === null) {
        await tx.delegateQuota.create({ data: { congressId: congress.id, unitId: q.unitId, provinceId: congress.provinceId, organisationId: congress.organisationId, seats: q.seats } });
      } else if (byUnit.get(q.unitId)!.seats !== q.seats) {
        await tx.delegateQuota.update({ where: { congressId_unitId: { congressId: congress.id, unitId: q.unitId } }, data: { seats: q.seats, version: { increment: 1 } } });
      }
    }
    await auditChange(tx, ctx, { entityType: "congress", entityId: congress.id, place: placeOf(congress), after: { units: quotas.length, seats: quotas.reduce((n, q) => n + q.seats, 0) } });
    return null;
  });
}

export async function saveTargets(ctx: MutationContext, congress: RosterCongress, targets: { metric: "WOMEN" | "ETHNIC_MINORITY" | "UNDER_40"; minPercent: number | null; maxPercent: number | null }[]) {
  return db.$transaction(async (tx) => {
    for (const t of targets) {
      await tx.compositionTarget.upsert({
        where: { congressId_metric: { congressId: congress.id, metric: t.metric } },
        create: { congressId: congress.id, provinceId: congress.provinceId, organisationId: congress.organisationId, ...t },
        update: { minPercent: t.minPercent, maxPercent: t.maxPercent, version: { increment: 1 } },
      });
    }
    await auditChange(tx, ctx, { entityType: "congress", entityId: congress.id, place: placeOf(congress), after: { targets } });
    return null;
  });
}

/** Exports leave a trace too: who took the roster, in which format, how many rows. */
export async function auditExport(ctx: MutationContext, congress: RosterCongress, format: string, rows: number) {
  await db.$transaction((tx) => auditChange(tx, ctx, { entityType: "congress", entityId: congress.id, place: placeOf(congress), after: { format, rows } }));
}
