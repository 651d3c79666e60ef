import "server-only";
import type { LoadedCongress } from "../auth/resources";
import { db } from "../db/client";
import { type MutationContext, type Tx, auditChange, nextVersion, updateVersioned } from "../db/mutation";
import { isoToDateOnly } from "../dates";
import { matchEthnicity } from "../delegates/ethnicity";
import { cleanText, splitName } from "../delegates/names";
import { readBirth } from "../delegates/rows";
import { DomainError, NotFoundError, VersionConflictError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { peopleInOrganisation } from "../planning/people";
import { placeOf } from "../planning/place";
import type { z } from "../validation";
import { countSelect, currentBoxes, tallyRound, toEntry } from "./data";
import { defaultElectionName } from "./names";
import { type CountProblem, checkBoxCount, checkRoundTotals } from "./rule";
import type { addCounterSchema, correctCountSchema, createElectionSchema, enterCountSchema, nominateSchema, openRoundSchema } from "./schema";

type Scoped = { id: string; congressId: string; provinceId: string | null; organisationId: string | null };
type CongressRef = Pick<LoadedCongress, "id" | "provinceId" | "organisationId">;
/** Who writes: the action's context and the caller's name, kept on a count for the minutes. */
type Counter = MutationContext & { actor: { userId: string; email: string; name: string } };

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

export async function createElection(ctx: MutationContext, congress: CongressRef, input: z.output<typeof createElectionSchema>) {
  return db.$transaction(async (tx) => {
    const place = placeOf(congress);
    const name = input.name ?? defaultElectionName(input.kind);
    const election = await tx.election.create({ data: { congressId: congress.id, ...place, kind: input.kind, name, seats: input.seats }, select: { id: true } });
    let fromScheme = 0;
    if (input.fromScheme) {
      const scheme = await tx.personnelScheme.findUnique({ where: { congressId: congress.id }, select: { status: true, candidates: true } });
      if (!scheme) throw new DomainError("NO_SCHEME");
      if (scheme.status === "DRAFT") throw new DomainError("SCHEME_NOT_LOCKED");
      const rows = scheme.candidates.map((c) => ({
        electionId: election.id,
        congressId: congress.id,
        ...place,
        source: "SCHEME" as const,
        personnelCandidateId: c.id,
        delegateId: c.delegateId,
        fullName: c.fullName,
        familyName: c.familyName,
        middleName: c.middleName,
        givenName: c.givenName,
        gender: c.gender,
        birthDate: c.birthDate,
        birthYear: c.birthYear,
        ethnicity: c.ethnicity,
        position: c.position,
        sector: c.sector,
        tenure: c.tenure,
      }));
      fromScheme = (await tx.electionCandidate.createMany({ data: rows })).count;
    }
    await auditChange(tx, ctx, { entityType: "election", entityId: election.id, place, after: { kind: input.kind, name, seats: input.seats, fromScheme } });
    return { id: election.id, congressId: congress.id, organisationId: congress.organisationId };
  });
}

/** A nomination at the congress goes on the list before the first round opens. */
export async function nominate(ctx: MutationContext, election: Scoped, input: z.output<typeof nominateSchema>) {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM election WHERE id = ${election.id}::uuid FOR UPDATE`;
    if ((await tx.electionRound.count({ where: { electionId: election.id } })) > 0) throw new DomainError("VOTING_STARTED");
    let person;
    if (input.delegateId) {
      const d = await tx.delegate.findFirst({
        where: { id: input.delegateId, congressId: election.congressId, organisationId: election.organisationId },
        select: { id: true, fullName: true, familyName: true, middleName: true, givenName: true, gender: true, birthDate: true, birthYear: true, ethnicity: true, position: true },
      });
      if (!d) throw new DomainError("DELEGATE_NOT_FOUND", { delegateId: ["personnel.errors.delegateNotFound"] });
      const { id, ...rest } = d;
      person = { ...rest, delegateId: id, position: input.position ?? rest.position };
    } else {
      const fullName = cleanText(input.fullName!);
      const birth = readBirth(input.birth!)!;
      person = { delegateId: null, fullName, ...splitName(fullName), gender: input.gender!, birthDate: birth.date ? isoToDateOnly(birth.date) : null, birthYear: birth.year, ethnicity: matchEthnicity(input.ethnicity!)!, position: input.position ?? null };
    }
    const place = placeOf(election);
    const c = await tx.electionCandidate.create({ data: { ...person, electionId: election.id, congressId: election.congressId, ...place, source: input.source, nominatedBy: input.nominatedBy ?? null }, select: { id: true } });
    await auditChange(tx, ctx, { entityType: "electionCandidate", entityId: c.id, place, after: { electionId: election.id, source: input.source, delegateId: person.delegateId } });
    return { id: c.id, congressId: election.congressId, organisationId: election.organisationId };
  });
}

export async function addCounter(ctx: MutationContext, congress: CongressRef, input: z.output<typeof addCounterSchema>) {
  try {
    return await db.$transaction(async (tx) => {
      let fullName = input.fullName;
      if (input.userId) {
        // Only an account working in this organisation can count here.
        if (!congress.organisationId || !(await peopleInOrganisation(congress.organisationId, [input.userId])).has(input.userId)) {
          throw new DomainError("NOT_IN_ORGANISATION", { userId: ["planningErrors.notInOrganisation"] });
        }
        fullName ??= (await tx.user.findUniqueOrThrow({ where: { id: input.userId }, select: { name: true } })).name;
      }
      const place = placeOf(congress);
      const m = await tx.countingCommitteeMember.create({ data: { congressId: congress.id, ...place, userId: input.userId, fullName: fullName!, position: input.position }, select: { id: true } });
      await auditChange(tx, ctx, { entityType: "countingMember", entityId: m.id, place, after: { userId: input.userId, position: input.position } });
      return { id: m.id, congressId: congress.id, organisationId: congress.organisationId };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("MEMBER_TAKEN", { userId: ["planningErrors.MEMBER_TAKEN"] });
    throw error;
  }
}

export async function removeCounter(ctx: MutationContext, member: Scoped) {
  return db.$transaction(async (tx) => {
    const before = await tx.countingCommitteeMember.findUnique({ where: { id: member.id }, select: { userId: true, position: true } });
    await tx.countingCommitteeMember.delete({ where: { id: member.id } });
    await auditChange(tx, ctx, { entityType: "countingMember", entityId: member.id, place: placeOf(member), before });
    return { id: member.id, congressId: member.congressId, organisationId: member.organisationId };
  });
}

async function roundView(tx: Tx, roundId: string) {
  const r = await tx.electionRound.findUnique({
    where: { id: roundId },
    select: { id: true, number: true, seats: true, candidateIds: true, delegatesPresent: true, ballotsIssued: true, status: true, closedAt: true, closedByName: true, version: true, counts: { select: countSelect } },
  });
  if (!r) throw new NotFoundError("electionRound");
  return tallyRound({ ...r, closedAt: r.closedAt?.toISOString() ?? null }, r.counts.map(toEntry));
}

/**
 * Opens the first round (every candidate, the election's seats) or the further round the last
 * closed one calls for (the tied for their seats, or those not elected for the seats left).
 */
export async function openRound(ctx: MutationContext, election: Scoped & { seats: number }, input: z.output<typeof openRoundSchema>) {
  try {
    return await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM election WHERE id = ${election.id}::uuid FOR UPDATE`;
      const rounds = await tx.electionRound.findMany({ where: { electionId: election.id }, orderBy: { number: "asc" }, select: { id: true, status: true } });
      let seats: number;
      let candidateIds: string[];
      if (rounds.length === 0) {
        candidateIds = (await tx.electionCandidate.findMany({ where: { electionId: election.id }, select: { id: true } })).map((c) => c.id);
        if (candidateIds.length === 0) throw new DomainError("NO_CANDIDATES");
        seats = election.seats;
      } else {
        if (rounds.some((r) => r.status === "OPEN")) throw new DomainError("ROUND_OPEN");
        const last = await roundView(tx, rounds[rounds.length - 1]!.id);
        const further = last.decision.furtherRound;
        if (!further) throw new DomainError("NO_FURTHER_ROUND");
        seats = further.seats;
        candidateIds = further.candidateIds;
      }
      const place = placeOf(election);
      const round = await tx.electionRound.create({
        data: { electionId: election.id, congressId: election.congressId, ...place, number: rounds.length + 1, seats, candidateIds, delegatesPresent: input.delegatesPresent, ballotsIssued: input.ballotsIssued },
        select: { id: true, number: true },
      });
      await auditChange(tx, ctx, { entityType: "electionRound", entityId: round.id, place, after: { number: round.number, seats, candidates: candidateIds.length, delegatesPresent: input.delegatesPresent, ballotsIssued: input.ballotsIssued } });
      return { id: round.id, number: round.number, congressId: election.congressId, organisationId: election.organisationId };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new VersionConflictError(null);
    throw error;
  }
}

/** The count's problems as field errors of the form (votes by their row on the ballot) and one code. */
function refuse(problems: CountProblem[], candidateIds: readonly string[]): never {
  const fieldErrors: Record<string, string[]> = {};
  const add = (field: string, key: string) => (fieldErrors[field] ??= []).push(`elections.count.errors.${key}`);
  for (const p of problems) {
    if (p.code === "NOT_A_COUNT") add(p.field.startsWith("votes.") ? `votes.${candidateIds.indexOf(p.field.slice(6))}.votes` : p.field, p.code);
    else if (p.code === "VOTES_OVER_VALID") add(`votes.${candidateIds.indexOf(p.candidateId)}.votes`, p.code);
    else if (p.code === "RECEIVED_MISMATCH") add("ballotsReceived", p.code);
    else add("_form", p.code);
  }
  throw new DomainError("COUNT_DOES_NOT_ADD_UP", fieldErrors);
}

type CountInput = Pick<z.output<typeof enterCountSchema>, "box" | "ballotsReceived" | "valid" | "invalid" | "votes">;

/** The count as the rule's arithmetic sees it, refused (nothing written) when it does not add up. */
async function checkedCount(tx: Tx, round: { id: string; seats: number; candidateIds: string[]; ballotsIssued: number }, input: CountInput) {
  const box = { ballotsReceived: input.ballotsReceived, valid: input.valid, invalid: input.invalid, votes: Object.fromEntries(input.votes.map((v) => [v.candidateId, v.votes])) };
  if (input.votes.length !== new Set(input.votes.map((v) => v.candidateId)).size) refuse([{ code: "UNKNOWN_CANDIDATE", candidateId: "" }], round.candidateIds);
  const problems = checkBoxCount(box, { seats: round.seats, candidateIds: round.candidateIds });
  if (problems.length) refuse(problems, round.candidateIds);
  const others = currentBoxes((await tx.ballotBoxCount.findMany({ where: { roundId: round.id }, select: countSelect })).map(toEntry)).filter((b) => b.box !== input.box);
  const totals = checkRoundTotals([...others, box], round.ballotsIssued);
  if (totals.length) refuse(totals, round.candidateIds);
  return box;
}

async function lockRound(tx: Tx, roundId: string, mode: "share" | "update") {
  const rows =
    mode === "share"
      ? await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM election_round WHERE id = ${roundId}::uuid FOR SHARE`
      : await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM election_round WHERE id = ${roundId}::uuid FOR UPDATE`;
  if (!rows[0]) throw new NotFoundError("electionRound");
  return tx.electionRound.findUniqueOrThrow({ where: { id: roundId }, select: { id: true, status: true, seats: true, candidateIds: true, ballotsIssued: true, version: true } });
}

const countAudit = (box: { ballotsReceived: number; valid: number; invalid: number; votes: Record<string, number> }, extra: Record<string, unknown>) => ({ ...extra, ...box });

/**
 * Enters (version null) or re-enters (over the entry at `version`) a box's count while its round is
 * open. Two counters entering the same box at once: one wins, the other gets the winner's entry.
 */
export async function enterCount(ctx: Counter, round: Scoped, input: z.output<typeof enterCountSchema>) {
  const current = () => db.ballotBoxCount.findFirst({ where: { roundId: round.id, box: input.box }, orderBy: { revision: "desc" }, select: countSelect }).then((c) => (c ? toEntry(c) : null));
  try {
    return await db.$transaction(async (tx) => {
      const r = await lockRound(tx, round.id, "share");
      if (r.status === "CLOSED") throw new DomainError("ROUND_CLOSED");
      const box = await checkedCount(tx, r, input);
      const place = placeOf(round);
      const data = { ballotsReceived: box.ballotsReceived, valid: box.valid, invalid: box.invalid, enteredById: ctx.actor.userId, enteredByName: ctx.actor.name };
      let id: string;
      const existing = await tx.ballotBoxCount.findFirst({ where: { roundId: round.id, box: input.box }, select: { id: true, version: true } });
      if (input.version === null) {
        if (existing) throw new VersionConflictError(await current());
        id = (await tx.ballotBoxCount.create({ data: { ...data, roundId: round.id, congressId: round.congressId, ...place, box: input.box }, select: { id: true } })).id;
      } else {
        if (!existing) throw new VersionConflictError(null);
        await updateVersioned((where) => tx.ballotBoxCount.updateMany({ where, data: { ...data, ...nextVersion } }), { id: existing.id, version: input.version }, current);
        id = existing.id;
        await tx.ballotBoxVote.deleteMany({ where: { countId: id } });
      }
      await tx.ballotBoxVote.createMany({ data: input.votes.map((v) => ({ countId: id, candidateId: v.candidateId, congressId: round.congressId, ...place, votes: v.votes })) });
      await auditChange(tx, ctx, { entityType: "ballotBoxCount", entityId: id, place, after: countAudit(box, { roundId: round.id, box: input.box }) });
      return { id, box: input.box, congressId: round.congressId, organisationId: round.organisationId };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new VersionConflictError(await current());
    throw error;
  }
}

/** Closes the round: its counts become immutable; the rule's result is written to the audit. */
export async function closeRound(ctx: Counter, round: Scoped, version: number) {
  return db.$transaction(async (tx) => {
    const r = await lockRound(tx, round.id, "update");
    if (r.status === "CLOSED") throw new DomainError("ROUND_CLOSED");
    const view = await roundView(tx, round.id);
    if (view.boxes.length === 0) throw new DomainError("NO_COUNTS");
    const totals = checkRoundTotals(view.boxes, view.ballotsIssued);
    if (totals.length) refuse(totals, view.candidateIds);
    await updateVersioned(
      (where) => tx.electionRound.updateMany({ where, data: { status: "CLOSED", closedAt: new Date(), closedByName: ctx.actor.name, ...nextVersion } }),
      { id: round.id, version },
      () => roundView(tx, round.id),
    );
    const after = { status: "CLOSED", boxes: view.boxes.length, totals: view.totals, elected: view.decision.elected, furtherRound: view.decision.furtherRound };
    await auditChange(tx, ctx, { entityType: "electionRound", entityId: round.id, place: placeOf(round), after });
    return { id: round.id, congressId: round.congressId, organisationId: round.organisationId, elected: view.decision.elected.length };
  });
}

/**
 * A correction of a closed round's box: a new entry (the next revision) with its reason; the
 * earlier entries stay as they were. Two corrections over the same revision: one wins.
 */
export async function correctCount(ctx: Counter, round: Scoped, input: z.output<typeof correctCountSchema>) {
  const current = () => db.ballotBoxCount.findFirst({ where: { roundId: round.id, box: input.box }, orderBy: { revision: "desc" }, select: countSelect }).then((c) => (c ? toEntry(c) : null));
  try {
    return await db.$transaction(async (tx) => {
      const r = await lockRound(tx, round.id, "share");
      if (r.status !== "CLOSED") throw new DomainError("ROUND_OPEN");
      const latest = await tx.ballotBoxCount.findFirst({ where: { roundId: round.id, box: input.box }, orderBy: { revision: "desc" }, select: { revision: true } });
      if (!latest) throw new DomainError("NO_COUNTS");
      if (latest.revision !== input.revision) throw new VersionConflictError(await current());
      const box = await checkedCount(tx, r, input);
      const place = placeOf(round);
      const { id } = await tx.ballotBoxCount.create({
        data: { roundId: round.id, congressId: round.congressId, ...place, box: input.box, revision: input.revision + 1, ballotsReceived: box.ballotsReceived, valid: box.valid, invalid: box.invalid, correctionReason: input.reason, enteredById: ctx.actor.userId, enteredByName: ctx.actor.name },
        select: { id: true },
      });
      await tx.ballotBoxVote.createMany({ data: input.votes.map((v) => ({ countId: id, candidateId: v.candidateId, congressId: round.congressId, ...place, votes: v.votes })) });
      await auditChange(tx, ctx, { entityType: "ballotBoxCount", entityId: id, place, after: countAudit(box, { roundId: round.id, box: input.box, revision: input.revision + 1, corrects: input.revision, reason: input.reason }) });
      return { id, box: input.box, revision: input.revision + 1, congressId: round.congressId, organisationId: round.organisationId };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new VersionConflictError(await current());
    throw error;
  }
}

/** A downloaded paper of an election, audited with what it was and nothing of its content. */
export async function auditDocument(ctx: MutationContext, election: Scoped, what: { document: string; format: string; round: number | null }) {
  await db.$transaction((tx) => auditChange(tx, ctx, { entityType: "election", entityId: election.id, place: placeOf(election), after: what }));
}
