import "server-only";
import type { LoadedCongress } from "../auth/resources";
import { db } from "../db/client";
import { type MutationContext, type Tx, auditChange, nextVersion, updateVersioned } from "../db/mutation";
import { isoToDateOnly } from "../dates";
import { matchEthnicity } from "../delegates/ethnicity";
import { cleanText, splitName } from "../delegates/names";
import { readBirth } from "../delegates/rows";
import { DomainError, NotFoundError, VersionConflictError } from "../errors";
import { listMargin } from "../elections/rule";
import { placeOf } from "../planning/place";
import type { z } from "../validation";
import { candidateSelect, schemeSelect, toCandidateDto, toSchemeDto } from "./data";
import type { candidateFieldsSchema, saveSchemeSchema } from "./schema";

type CongressRef = Pick<LoadedCongress, "id" | "provinceId" | "organisationId">;
type CandidateRef = { id: string; schemeId: string; congressId: string; provinceId: string | null; organisationId: string | null };

async function currentScheme(tx: Tx, congressId: string) {
  const row = await tx.personnelScheme.findUnique({ where: { congressId }, select: schemeSelect });
  return row ? toSchemeDto(row) : null;
}

async function currentCandidate(tx: Tx, id: string) {
  const row = await tx.personnelCandidate.findUnique({ where: { id }, select: candidateSelect });
  if (!row) throw new NotFoundError("personnelCandidate");
  return toCandidateDto(row);
}

/** Creates the congress's scheme or saves it at the version the caller loaded; targets replaced. */
export async function saveScheme(ctx: MutationContext, congress: CongressRef, input: z.output<typeof saveSchemeSchema>) {
  return db.$transaction(async (tx) => {
    const place = placeOf(congress);
    const before = await currentScheme(tx, congress.id);
    if (before && before.status !== "DRAFT") throw new DomainError("SCHEME_LOCKED");
    const data = {
      committeeSize: input.committeeSize,
      standingCommitteeSize: input.standingCommitteeSize,
      previousCommitteeSize: input.previousCommitteeSize,
      marginMinPercent: input.marginMinPercent,
      marginMaxPercent: input.marginMaxPercent,
      notes: input.notes ?? null,
    };
    let schemeId: string;
    if (!before) {
      // Two first saves at once: the second meets the unique congress_id and sees the first's values.
      if (input.version !== null) throw new VersionConflictError(null);
      schemeId = (await tx.personnelScheme.create({ data: { ...data, congressId: congress.id, ...place }, select: { id: true } })).id;
    } else {
      if (input.version === null) throw new VersionConflictError(before);
      await updateVersioned((where) => tx.personnelScheme.updateMany({ where, data: { ...data, ...nextVersion } }), { id: before.id, version: input.version }, before);
      schemeId = before.id;
      await tx.personnelTarget.deleteMany({ where: { schemeId } });
    }
    await tx.personnelTarget.createMany({ data: input.targets.map((t) => ({ schemeId, congressId: congress.id, ...place, metric: t.metric, minPercent: t.minPercent, maxPercent: t.maxPercent })) });
    const after = await currentScheme(tx, congress.id);
    await auditChange(tx, ctx, { entityType: "personnelScheme", entityId: schemeId, place, before, after });
    return after!;
  });
}

/** The person's fields: copied from the delegate when one is chosen, otherwise as entered. */
async function personOf(tx: Tx, congress: CongressRef, f: z.output<typeof candidateFieldsSchema>) {
  if (f.delegateId) {
    const d = await tx.delegate.findFirst({
      where: { id: f.delegateId, congressId: congress.id, organisationId: congress.organisationId },
      select: { id: true, fullName: true, familyName: true, middleName: true, givenName: true, gender: true, birthDate: true, birthYear: true, ethnicity: true, position: true },
    });
    if (!d) throw new DomainError("DELEGATE_NOT_FOUND", { delegateId: ["personnel.errors.delegateNotFound"] });
    const { id, position, ...person } = d;
    return { ...person, delegateId: id, position: f.position ?? position };
  }
  const fullName = cleanText(f.fullName!);
  const birth = readBirth(f.birth!)!;
  return {
    delegateId: null,
    fullName,
    ...splitName(fullName),
    gender: f.gender!,
    birthDate: birth.date ? isoToDateOnly(birth.date) : null,
    birthYear: birth.year,
    ethnicity: matchEthnicity(f.ethnicity!)!,
    position: f.position ?? null,
  };
}

function candidateData(f: z.output<typeof candidateFieldsSchema>) {
  return { sector: f.sector, tenure: f.tenure, standingCommittee: f.standingCommittee, screeningNotes: f.screeningNotes ?? null };
}

async function writeSteps(tx: Tx, candidateId: string, congress: CongressRef, steps: z.output<typeof candidateFieldsSchema>["steps"]) {
  await tx.personnelIntroductionStep.deleteMany({ where: { candidateId } });
  const filled = steps.filter((s) => s.heldOn !== null || s.percent !== null);
  await tx.personnelIntroductionStep.createMany({
    data: filled.map((s) => ({ candidateId, congressId: congress.id, ...placeOf(congress), step: s.step, heldOn: s.heldOn ? isoToDateOnly(s.heldOn) : null, percent: s.percent })),
  });
}

/** The scheme of the congress, which must still be a draft for its list to change. */
async function draftScheme(tx: Tx, congressId: string) {
  // Serialise with locking: a candidate added while the list is being locked waits, then is refused.
  const [row] = await tx.$queryRaw<{ id: string; status: string }[]>`SELECT id, status::text FROM personnel_scheme WHERE congress_id = ${congressId}::uuid FOR UPDATE`;
  if (!row) throw new DomainError("NO_SCHEME");
  if (row.status !== "DRAFT") throw new DomainError("SCHEME_LOCKED");
  return row;
}

export async function addCandidate(ctx: MutationContext, congress: CongressRef, f: z.output<typeof candidateFieldsSchema>) {
  return db.$transaction(async (tx) => {
    const scheme = await draftScheme(tx, congress.id);
    const place = placeOf(congress);
    const { id } = await tx.personnelCandidate.create({ data: { ...(await personOf(tx, congress, f)), ...candidateData(f), schemeId: scheme.id, congressId: congress.id, ...place }, select: { id: true } });
    await writeSteps(tx, id, congress, f.steps);
    const after = await currentCandidate(tx, id);
    await auditChange(tx, ctx, { entityType: "personnelCandidate", entityId: id, place, after: auditable(after) });
    return after;
  });
}

export async function updateCandidate(ctx: MutationContext, candidate: CandidateRef, key: { id: string; version: number }, f: z.output<typeof candidateFieldsSchema>) {
  return db.$transaction(async (tx) => {
    await draftScheme(tx, candidate.congressId);
    const congress = { id: candidate.congressId, provinceId: candidate.provinceId, organisationId: candidate.organisationId };
    const before = await currentCandidate(tx, candidate.id);
    // The person's fields from the roster (which may have changed since) or as entered.
    const person = await personOf(tx, congress, f);
    await updateVersioned((where) => tx.personnelCandidate.updateMany({ where, data: { ...person, ...candidateData(f), ...nextVersion } }), key, before);
    await writeSteps(tx, candidate.id, congress, f.steps);
    const after = await currentCandidate(tx, candidate.id);
    await auditChange(tx, ctx, { entityType: "personnelCandidate", entityId: candidate.id, place: placeOf(candidate), before: auditable(before), after: auditable(after) });
    return after;
  });
}

export async function removeCandidate(ctx: MutationContext, candidate: CandidateRef, version: number) {
  return db.$transaction(async (tx) => {
    await draftScheme(tx, candidate.congressId);
    const before = await currentCandidate(tx, candidate.id);
    await updateVersioned((where) => tx.personnelCandidate.deleteMany({ where }), { id: candidate.id, version }, before);
    await auditChange(tx, ctx, { entityType: "personnelCandidate", entityId: candidate.id, place: placeOf(candidate), before: auditable(before) });
    return { id: candidate.id };
  });
}

/**
 * Closes the list: refused while it holds no more candidates than seats (the rule), with the
 * numbers the page shows.
 */
export async function lockScheme(ctx: MutationContext, congress: CongressRef, version: number) {
  return db.$transaction(async (tx) => {
    const scheme = await draftScheme(tx, congress.id);
    const before = (await currentScheme(tx, congress.id))!;
    const candidates = await tx.personnelCandidate.count({ where: { schemeId: scheme.id } });
    const margin = listMargin(before.committeeSize, candidates, { minPercent: before.marginMinPercent, maxPercent: before.marginMaxPercent });
    if (!margin.enough) throw new DomainError("TOO_FEW_CANDIDATES");
    await updateVersioned((where) => tx.personnelScheme.updateMany({ where, data: { status: "LOCKED", lockedAt: new Date(), ...nextVersion } }), { id: scheme.id, version }, before);
    const after = (await currentScheme(tx, congress.id))!;
    await auditChange(tx, ctx, { entityType: "personnelScheme", entityId: scheme.id, place: placeOf(congress), before, after: { ...after, candidates } });
    return after;
  });
}

/** The standing committee's approval of a locked list, recorded with who entered it. */
export async function approveScheme(ctx: MutationContext, congress: CongressRef, version: number, approvedBy: string) {
  return db.$transaction(async (tx) => {
    const before = await currentScheme(tx, congress.id);
    if (!before) throw new DomainError("NO_SCHEME");
    if (before.status !== "LOCKED") throw new DomainError("SCHEME_NOT_LOCKED");
    await updateVersioned(
      (where) => tx.personnelScheme.updateMany({ where, data: { status: "APPROVED", approvedAt: new Date(), approvedByName: approvedBy, ...nextVersion } }),
      { id: before.id, version },
      before,
    );
    const after = (await currentScheme(tx, congress.id))!;
    await auditChange(tx, ctx, { entityType: "personnelScheme", entityId: before.id, place: placeOf(congress), before, after });
    return after;
  });
}

/** The audit names what changed about a candidate without their personal data (docs/authorization.md: never written). */
function auditable(c: ReturnType<typeof toCandidateDto>) {
  return { id: c.id, delegateId: c.delegateId, sector: c.sector, tenure: c.tenure, standingCommittee: c.standingCommittee, steps: c.steps, version: c.version };
}
