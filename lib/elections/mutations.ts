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
import { baseColumns, baseFor, electedOver, recordedMemberExclusions, talliedRounds } from "./base";
import type { ElectionKind } from "./choices";
import { countSelect, currentBoxes, roundSelect, tallyRound, toEntry } from "./data";
import { defaultElectionName } from "./names";
import { type CountProblem, checkBoxCount, checkList, checkRoundTotals, mostCandidates, outsideNomineeAdmitted } from "./rule";
import type { addCounterSchema, approveSchema, correctBaseSchema, correctCountSchema, createElectionSchema, enterCountSchema, nominateSchema, openRoundSchema } from "./schema";

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

/**
 * A nomination or self-nomination at the congress (đề cử, ứng cử tại đại hội) goes on the list before
 * the first round opens, only with the agreement of more than 30% of the delegates present, and
 * never beyond 30% more candidates than seats (rule.ts ARTICLES.list). The vote is kept on the row.
 * A nomination the congress refused (30% or fewer agreeing) is recorded too, with its vote and
 * `admitted` false, so the minutes and the list show it; it never goes on a ballot.
 */
export async function nominate(ctx: MutationContext, election: Scoped & { seats: number }, input: z.output<typeof nominateSchema>) {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM election WHERE id = ${election.id}::uuid FOR UPDATE`;
    if ((await tx.electionRound.count({ where: { electionId: election.id } })) > 0) throw new DomainError("VOTING_STARTED");
    const admitted = outsideNomineeAdmitted(input.agreeing, input.present);
    const listed = await tx.electionCandidate.count({ where: { electionId: election.id, admitted: true } });
    if (admitted && listed + 1 > mostCandidates(election.seats)) throw new DomainError("LIST_OVER_30_PERCENT");
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
    const c = await tx.electionCandidate.create({ data: { ...person, electionId: election.id, congressId: election.congressId, ...place, source: input.source, nominatedBy: input.nominatedBy ?? null, admissionAgreeing: input.agreeing, admissionPresent: input.present, admitted }, select: { id: true } });
    await auditChange(tx, ctx, { entityType: "electionCandidate", entityId: c.id, place, after: { electionId: election.id, source: input.source, delegateId: person.delegateId, agreeing: input.agreeing, present: input.present, admitted } });
    return { id: c.id, admitted, congressId: election.congressId, organisationId: election.organisationId };
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
  const r = await tx.electionRound.findUnique({ where: { id: roundId }, select: roundSelect });
  if (!r) throw new NotFoundError("electionRound");
  return tallyRound({ ...r, closedAt: r.closedAt?.toISOString() ?? null }, r.counts.map(toEntry));
}

/** Kinds whose list must hold more candidates than seats: the committee and its standing committee. */
const WITH_MARGIN: readonly ElectionKind[] = ["EXECUTIVE_COMMITTEE", "STANDING_COMMITTEE"];

/**
 * Opens the first round (every candidate, the election's seats) or the further round the last
 * closed one calls for (the tied for their seats, or those not elected for the seats left). The
 * round records the base of the majority as the roster stands (base.ts); closing takes it again.
 */
export async function openRound(ctx: MutationContext, election: Scoped & { seats: number; kind: ElectionKind }, input: z.output<typeof openRoundSchema>) {
  try {
    return await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM election WHERE id = ${election.id}::uuid FOR UPDATE`;
      const rounds = await tx.electionRound.findMany({ where: { electionId: election.id }, orderBy: { number: "asc" }, select: { id: true, status: true } });
      let seats: number;
      let candidateIds: string[];
      if (rounds.length === 0) {
        candidateIds = (await tx.electionCandidate.findMany({ where: { electionId: election.id, admitted: true }, select: { id: true } })).map((c) => c.id);
        if (candidateIds.length === 0) throw new DomainError("NO_CANDIDATES");
        const list = checkList(election.seats, candidateIds.length);
        if (list.some((p) => p.code === "OVER_30_PERCENT")) throw new DomainError("LIST_OVER_30_PERCENT");
        if (WITH_MARGIN.includes(election.kind) && list.some((p) => p.code === "NOT_MORE_THAN_SEATS")) throw new DomainError("LIST_NOT_MORE_THAN_SEATS");
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
      const base = await baseFor(tx, election.congressId, election.kind, input.exclusions);
      const round = await tx.electionRound.create({
        data: { electionId: election.id, congressId: election.congressId, ...place, number: rounds.length + 1, seats, candidateIds, delegatesPresent: input.delegatesPresent, ballotsIssued: input.ballotsIssued, ...baseColumns(base) },
        select: { id: true, number: true },
      });
      await auditChange(tx, ctx, { entityType: "electionRound", entityId: round.id, place, after: { number: round.number, seats, candidates: candidateIds.length, delegatesPresent: input.delegatesPresent, ballotsIssued: input.ballotsIssued, ...baseColumns(base) } });
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

/** Locks the round's row for the transaction (SELECT … FOR UPDATE): writes to one round run one at a time. */
async function lockRound(tx: Tx, roundId: string) {
  const rows = await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM election_round WHERE id = ${roundId}::uuid FOR UPDATE`;
  if (!rows[0]) throw new NotFoundError("electionRound");
  return tx.electionRound.findUniqueOrThrow({ where: { id: roundId }, select: { id: true, electionId: true, number: true, status: true, seats: true, candidateIds: true, ballotsIssued: true, version: true, baseRevision: true, baseKind: true, baseExclusions: true } });
}

const countAudit = (box: { ballotsReceived: number; valid: number; invalid: number; votes: Record<string, number> }, extra: Record<string, unknown>) => ({ ...extra, ...box });

/**
 * Enters (version null) or re-enters (over the entry at `version`) a box's count while its round is
 * open. Two counters entering the same box at once: one wins, the other gets the winner's entry.
 * The round's row is locked for update, so two boxes entered at once are checked one after the
 * other against the ballots issued.
 */
export async function enterCount(ctx: Counter, round: Scoped, input: z.output<typeof enterCountSchema>) {
  const current = () => db.ballotBoxCount.findFirst({ where: { roundId: round.id, box: input.box }, orderBy: { revision: "desc" }, select: countSelect }).then((c) => (c ? toEntry(c) : null));
  try {
    return await db.$transaction(async (tx) => {
      const r = await lockRound(tx, round.id);
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

/**
 * No election ends with more people elected than seats: over its closed rounds, with `roundId` read
 * as closed (the round being closed, or corrected).
 */
async function checkSeats(tx: Tx, electionId: string, roundId: string) {
  const [election, rounds] = await Promise.all([tx.election.findUniqueOrThrow({ where: { id: electionId }, select: { seats: true } }), talliedRounds(tx, electionId)]);
  const asClosed = rounds.map((r) => (r.id === roundId ? { ...r, status: "CLOSED" as const } : r));
  if (electedOver(asClosed).length > election.seats) throw new DomainError("OVER_SEATS");
}

/** A round's counts or base change only while no later round exists: its outcome made that round. */
async function refuseIfLaterRound(tx: Tx, r: { electionId: string; number: number }) {
  const later = await tx.electionRound.count({ where: { electionId: r.electionId, number: { gt: r.number } } });
  if (later > 0) throw new DomainError("LATER_ROUND_COUNTED");
}

/**
 * Closes the round: its counts become immutable, and the base of the majority is taken from the
 * roster as it stands at the count and frozen with it (a later roster change does not move the
 * result); the rule's result is written to the audit.
 */
export async function closeRound(ctx: Counter, round: Scoped, version: number) {
  return db.$transaction(async (tx) => {
    const r = await lockRound(tx, round.id);
    if (r.status === "CLOSED") throw new DomainError("ROUND_CLOSED");
    const { kind } = await tx.election.findUniqueOrThrow({ where: { id: r.electionId }, select: { kind: true } });
    // A members' congress keeps the exclusions entered when the round opened.
    const base = await baseFor(tx, round.congressId, kind, recordedMemberExclusions(r));
    await updateVersioned(
      (where) => tx.electionRound.updateMany({ where, data: baseColumns(base) }),
      { id: round.id, version },
      () => roundView(tx, round.id),
    );
    const view = await roundView(tx, round.id);
    if (view.boxes.length === 0) throw new DomainError("NO_COUNTS");
    const totals = checkRoundTotals(view.boxes, view.ballotsIssued);
    if (totals.length) refuse(totals, view.candidateIds);
    await checkSeats(tx, r.electionId, round.id);
    await tx.electionRound.update({ where: { id: round.id }, data: { status: "CLOSED", closedAt: new Date(), closedByName: ctx.actor.name, ...nextVersion } });
    const after = { status: "CLOSED", boxes: view.boxes.length, totals: view.totals, ...baseColumns(view.base), elected: view.decision.elected, furtherRound: view.decision.furtherRound };
    await auditChange(tx, ctx, { entityType: "electionRound", entityId: round.id, place: placeOf(round), after });
    return { id: round.id, congressId: round.congressId, organisationId: round.organisationId, elected: view.decision.elected.length };
  });
}

/**
 * A correction (đính chính) of a closed round's box: a new entry (the next revision) with its reason;
 * the earlier entries stay as they were. Two corrections over the same revision: one wins. The
 * round's row is locked for update, so corrections of two boxes of one round run one after the
 * other and the totals are checked again after each. Refused once a later round exists: the later
 * round was drawn from this one's outcome.
 */
export async function correctCount(ctx: Counter, round: Scoped, input: z.output<typeof correctCountSchema>) {
  const current = () => db.ballotBoxCount.findFirst({ where: { roundId: round.id, box: input.box }, orderBy: { revision: "desc" }, select: countSelect }).then((c) => (c ? toEntry(c) : null));
  try {
    return await db.$transaction(async (tx) => {
      const r = await lockRound(tx, round.id);
      if (r.status !== "CLOSED") throw new DomainError("ROUND_OPEN");
      await refuseIfLaterRound(tx, r);
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
      // The round as it now stands: never more ballots back than issued, never more elected than seats.
      const after = await roundView(tx, round.id);
      const totals = checkRoundTotals(after.boxes, after.ballotsIssued);
      if (totals.length) refuse(totals, after.candidateIds);
      await checkSeats(tx, r.electionId, round.id);
      await auditChange(tx, ctx, { entityType: "ballotBoxCount", entityId: id, place, after: countAudit(box, { roundId: round.id, box: input.box, revision: input.revision + 1, corrects: input.revision, reason: input.reason }) });
      return { id, box: input.box, revision: input.revision + 1, congressId: round.congressId, organisationId: round.organisationId };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new VersionConflictError(await current());
    throw error;
  }
}

/**
 * Takes a closed round's base of the majority again from the roster as it now stands (a check-in
 * or a replacement recorded late), as an audited correction with its reason: the next base
 * revision, the base before and after in the audit. Refused once a later round exists.
 */
export async function correctBase(ctx: Counter, round: Scoped, input: z.output<typeof correctBaseSchema>) {
  return db.$transaction(async (tx) => {
    const r = await lockRound(tx, round.id);
    if (r.status !== "CLOSED") throw new DomainError("ROUND_OPEN");
    if (r.baseRevision !== input.baseRevision) throw new VersionConflictError(await roundView(tx, round.id));
    await refuseIfLaterRound(tx, r);
    const before = await roundView(tx, round.id);
    const { kind } = await tx.election.findUniqueOrThrow({ where: { id: r.electionId }, select: { kind: true } });
    // A members' congress may enter its exclusions again with the correction; otherwise they stay.
    const base = await baseFor(tx, round.congressId, kind, r.baseKind === "MEMBERS" && input.exclusions ? input.exclusions : recordedMemberExclusions(r));
    await tx.electionRound.update({ where: { id: round.id }, data: { ...baseColumns(base), baseRevision: r.baseRevision + 1, baseCorrectionReason: input.reason, ...nextVersion } });
    await checkSeats(tx, r.electionId, round.id);
    const after = await roundView(tx, round.id);
    await auditChange(tx, ctx, {
      entityType: "electionRound",
      entityId: round.id,
      place: placeOf(round),
      before: { ...baseColumns(before.base), baseRevision: r.baseRevision, elected: before.decision.elected },
      after: { ...baseColumns(after.base), baseRevision: r.baseRevision + 1, reason: input.reason, elected: after.decision.elected },
    });
    return { id: round.id, baseRevision: r.baseRevision + 1, base: after.base.base, congressId: round.congressId, organisationId: round.organisationId };
  });
}

/**
 * Records the competent upper committee's approval (chuẩn y) of an election's results, which take
 * effect with it (Quy chế bầu cử trong Đảng, chuẩn y kết quả bầu cử): once every round is counted
 * and no round is open. Recorded once; the decision and its date go to the audit.
 */
export async function approveResults(ctx: Counter, election: Scoped, input: z.output<typeof approveSchema>) {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM election WHERE id = ${election.id}::uuid FOR UPDATE`;
    const e = await tx.election.findUniqueOrThrow({ where: { id: election.id }, select: { version: true, approvedOn: true } });
    if (e.approvedOn) throw new DomainError("ALREADY_APPROVED");
    const rounds = await talliedRounds(tx, election.id);
    if (rounds.length === 0 || rounds.some((r) => r.status === "OPEN")) throw new DomainError("NOT_COUNTED");
    await updateVersioned(
      (where) => tx.election.updateMany({ where, data: { approvalDecision: input.decision, approvedOn: isoToDateOnly(input.approvedOn), approvedByName: ctx.actor.name, ...nextVersion } }),
      { id: election.id, version: input.version },
      { id: election.id, version: e.version },
    );
    await auditChange(tx, ctx, { entityType: "election", entityId: election.id, place: placeOf(election), after: { approvalDecision: input.decision, approvedOn: input.approvedOn, elected: electedOver(rounds).length } });
    return { id: election.id, congressId: election.congressId, organisationId: election.organisationId, version: input.version + 1 };
  });
}

/** A downloaded paper of an election, audited with what it was and nothing of its content. */
export async function auditDocument(ctx: MutationContext, election: Scoped, what: { document: string; format: string; round: number | null }) {
  await db.$transaction((tx) => auditChange(tx, ctx, { entityType: "election", entityId: election.id, place: placeOf(election), after: what }));
}
