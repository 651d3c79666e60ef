import "server-only";
import type { Place } from "../auth/access";
import { isoToDateOnly } from "../dates";
import { db } from "../db/client";
import { type MutationContext, auditChange, nextVersion, updateVersioned } from "../db/mutation";
import { DomainError, NotFoundError, VersionConflictError } from "../errors";
import type { RosterCongress } from "./data";
import { lockRoster } from "./mutations";

// Đại biểu dự khuyết: an alternate replaces an official delegate who cannot attend, from a day and
// for a reason; the delegation keeps its size. Only the seated count (see seating.ts).

const placeOf = (c: RosterCongress): Place => ({ provinceId: c.provinceId, organisationId: c.organisationId });
const invalid = (field: string, key: string) => new DomainError("VALIDATION", { [field]: [`delegates.replacement.${key}`] });

export type ReplacementState = { id: string; version: number };

/** Seats the alternate in place of an official delegate of the same congress, taking their tổ and seat. */
export async function recordReplacement(ctx: MutationContext, congress: RosterCongress, input: { id: string; version: number; replacesId: string; reason: string; dateIso: string }): Promise<ReplacementState> {
  return db.$transaction(async (tx) => {
    await lockRoster(tx, congress.id);
    const inCongress = { congressId: congress.id, organisationId: congress.organisationId };
    const alternate = await tx.delegate.findFirst({ where: { id: input.id, ...inCongress }, select: { id: true, version: true, alternate: true, credentialStatus: true, replacesId: true, group: true, seat: true } });
    if (!alternate) throw new NotFoundError("delegate");
    if (alternate.version !== input.version) throw new VersionConflictError({ id: alternate.id, version: alternate.version });
    if (!alternate.alternate) throw invalid("id", "notAlternate");
    if (alternate.credentialStatus !== "ACCEPTED") throw new DomainError("NOT_ACCEPTED");
    if (alternate.replacesId) throw invalid("replacesId", "alreadyReplacing");
    const official = await tx.delegate.findFirst({
      where: { id: input.replacesId, ...inCongress },
      select: { id: true, alternate: true, credentialStatus: true, checkedInAt: true, group: true, seat: true, replacedBy: { select: { id: true } } },
    });
    if (!official || official.alternate || official.credentialStatus === "REJECTED") throw invalid("replacesId", "notOfficial");
    if (official.replacedBy) throw invalid("replacesId", "alreadyReplaced");
    // Present at the door: the check-in is undone first, so the count of those present stays true.
    if (official.checkedInAt) throw invalid("replacesId", "officialPresent");
    const data = {
      replacesId: official.id,
      replacementReason: input.reason,
      replacedOn: isoToDateOnly(input.dateIso),
      group: alternate.group ?? official.group,
      seat: alternate.seat ?? official.seat,
      ...nextVersion,
    };
    await updateVersioned((where) => tx.delegate.updateMany({ where, data }), { id: alternate.id, version: input.version }, { id: alternate.id, version: alternate.version });
    // The reason may be personal (illness): the entry says who replaced whom and from when.
    await auditChange(tx, ctx, { entityType: "delegate", entityId: alternate.id, place: placeOf(congress), after: { replaces: official.id, replacedOn: input.dateIso } });
    return { id: alternate.id, version: input.version + 1 };
  });
}

/** Ends a replacement: the official delegate sits again. An alternate already checked in is undone first. */
export async function endReplacement(ctx: MutationContext, congress: RosterCongress, input: { id: string; version: number }): Promise<ReplacementState> {
  return db.$transaction(async (tx) => {
    await lockRoster(tx, congress.id);
    const alternate = await tx.delegate.findFirst({ where: { id: input.id, congressId: congress.id, organisationId: congress.organisationId }, select: { id: true, version: true, replacesId: true, checkedInAt: true } });
    if (!alternate) throw new NotFoundError("delegate");
    if (alternate.version !== input.version) throw new VersionConflictError({ id: alternate.id, version: alternate.version });
    if (!alternate.replacesId) throw invalid("id", "notReplacing");
    if (alternate.checkedInAt) throw invalid("id", "alternatePresent");
    await updateVersioned(
      (where) => tx.delegate.updateMany({ where, data: { replacesId: null, replacementReason: null, replacedOn: null, ...nextVersion } }),
      { id: alternate.id, version: input.version },
      { id: alternate.id, version: alternate.version },
    );
    await auditChange(tx, ctx, { entityType: "delegate", entityId: alternate.id, place: placeOf(congress), before: { replaces: alternate.replacesId } });
    return { id: alternate.id, version: input.version + 1 };
  });
}
