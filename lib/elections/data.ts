import "server-only";
import { type Actor, scopeWhere } from "../auth/access";
import { db } from "../db/client";
import { compareByName } from "../delegates/names";
import { NotFoundError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { DEFAULT_PERSONNEL_TARGETS, structureAgainstTargets } from "../personnel/composition";
import { candidatePersonSelect, schemeSelect, toSchemeDto } from "../personnel/data";
import { isoOrNull } from "../planning/place";
import { type ElectionKind, baseKindOf } from "./choices";
import { type BaseKind, type BoxCount, type Exclusion, type MajorityBase, type RoundDecision, decideRound, majorityBase, sumBoxes } from "./rule";

export const electionCandidateSelect = {
  id: true,
  source: true,
  personnelCandidateId: true,
  delegateId: true,
  nominatedBy: true,
  admissionAgreeing: true,
  admissionPresent: true,
  admitted: true,
  ...candidatePersonSelect,
} as const satisfies Prisma.ElectionCandidateSelect;

type CandidateRow = Prisma.ElectionCandidateGetPayload<{ select: typeof electionCandidateSelect }>;
const toCandidate = (c: CandidateRow) => ({ ...c, birthDate: isoOrNull(c.birthDate) });
export type ElectionCandidateDto = ReturnType<typeof toCandidate>;

const countSelect = {
  id: true,
  box: true,
  revision: true,
  ballotsReceived: true,
  valid: true,
  invalid: true,
  correctionReason: true,
  enteredByName: true,
  createdAt: true,
  updatedAt: true,
  version: true,
  votes: { select: { candidateId: true, votes: true } },
} as const satisfies Prisma.BallotBoxCountSelect;
type CountRow = Prisma.BallotBoxCountGetPayload<{ select: typeof countSelect }>;

export type BoxEntry = {
  id: string;
  box: number;
  revision: number;
  ballotsReceived: number;
  valid: number;
  invalid: number;
  votes: Record<string, number>;
  correctionReason: string | null;
  enteredByName: string;
  enteredAt: string;
  version: number;
};

const toEntry = (c: CountRow): BoxEntry => ({
  id: c.id,
  box: c.box,
  revision: c.revision,
  ballotsReceived: c.ballotsReceived,
  valid: c.valid,
  invalid: c.invalid,
  votes: Object.fromEntries(c.votes.map((v) => [v.candidateId, v.votes])),
  correctionReason: c.correctionReason,
  enteredByName: c.enteredByName,
  enteredAt: c.updatedAt.toISOString(),
  version: c.version,
});

/** The count of each box: its highest revision, in box order. */
export function currentBoxes(entries: readonly BoxEntry[]): BoxEntry[] {
  const byBox = new Map<number, BoxEntry>();
  for (const e of entries) if ((byBox.get(e.box)?.revision ?? 0) < e.revision) byBox.set(e.box, e);
  return [...byBox.values()].sort((a, b) => a.box - b.box);
}

export type RoundView = {
  id: string;
  number: number;
  seats: number;
  candidateIds: string[];
  delegatesPresent: number;
  ballotsIssued: number;
  /** The base of the majority recorded on the round, with its derivation. */
  base: MajorityBase;
  /** 1, or the revision of an audited correction of the base, with its reason. */
  baseRevision: number;
  baseCorrectionReason: string | null;
  status: "OPEN" | "CLOSED";
  closedAt: string | null;
  closedByName: string | null;
  version: number;
  boxes: BoxEntry[];
  /** Every entry, corrections included, oldest first. */
  history: BoxEntry[];
  totals: ReturnType<typeof sumBoxes>;
  decision: RoundDecision;
};

/** The base as the round's columns hold it. */
export function baseOf(r: { baseKind: BaseKind; convened: number; baseExclusions: unknown }): MajorityBase {
  return majorityBase({ kind: r.baseKind, convened: r.convened, exclusions: (r.baseExclusions ?? {}) as Partial<Record<Exclusion, number>> });
}

type RoundRow = Omit<RoundView, "boxes" | "history" | "totals" | "decision" | "base"> & { baseKind: BaseKind; convened: number; baseExclusions: unknown };

/**
 * A round's boxes summed and the rule applied to them (provisional while the round is open), against
 * the base recorded on the round: never the valid ballots (Quy chế bầu cử, 244-QĐ/TW Art. 32).
 */
export function tallyRound(row: RoundRow, entries: BoxEntry[]): RoundView {
  const base = baseOf(row);
  const round = { ...row } as Partial<RoundRow>;
  delete round.baseKind;
  delete round.convened;
  delete round.baseExclusions;
  const boxes = currentBoxes(entries);
  const totals = sumBoxes(boxes as BoxCount[], row.candidateIds);
  const decision = decideRound({ seats: row.seats, base: base.base, votes: row.candidateIds.map((id) => ({ candidateId: id, votes: totals.votes[id] ?? 0 })) });
  return { ...(round as Omit<RoundRow, "baseKind" | "convened" | "baseExclusions">), base, boxes, history: [...entries].sort((a, b) => a.box - b.box || a.revision - b.revision), totals, decision };
}

const roundSelect = {
  id: true,
  number: true,
  seats: true,
  candidateIds: true,
  delegatesPresent: true,
  ballotsIssued: true,
  baseKind: true,
  convened: true,
  baseExclusions: true,
  baseRevision: true,
  baseCorrectionReason: true,
  status: true,
  closedAt: true,
  closedByName: true,
  version: true,
  counts: { select: countSelect },
} as const satisfies Prisma.ElectionRoundSelect;

export const electionSelect = {
  id: true,
  congressId: true,
  organisationId: true,
  provinceId: true,
  kind: true,
  name: true,
  seats: true,
  approvalDecision: true,
  approvedOn: true,
  approvedByName: true,
  version: true,
  createdAt: true,
  candidates: { select: electionCandidateSelect },
  rounds: { select: roundSelect, orderBy: { number: "asc" } },
} as const satisfies Prisma.ElectionSelect;
type ElectionRow = Prisma.ElectionGetPayload<{ select: typeof electionSelect }>;

/** Who is elected over all closed rounds, and what the next round would be. */
function outcomeOf(rounds: RoundView[]) {
  const elected: string[] = [];
  let next: RoundDecision["furtherRound"] = null;
  for (const r of rounds) {
    if (r.status !== "CLOSED") {
      next = null;
      continue;
    }
    elected.push(...r.decision.elected);
    next = r.decision.furtherRound;
  }
  return { elected, next };
}

function toElection(e: ElectionRow, openingIso: string, targets: ReturnType<typeof toSchemeDto>["targets"] | null) {
  const all = e.candidates.map(toCandidate).sort(compareByName);
  // A nomination the congress refused is kept with its vote, never on the list or a ballot.
  const candidates = all.filter((c) => c.admitted);
  const refusedNominations = all.filter((c) => !c.admitted);
  const rounds = e.rounds.map((r) => tallyRound({ ...r, closedAt: r.closedAt?.toISOString() ?? null }, r.counts.map(toEntry)));
  const { elected, next } = outcomeOf(rounds);
  const electedPeople = candidates.filter((c) => elected.includes(c.id));
  const lastClosed = [...rounds].reverse().find((r) => r.status === "CLOSED") ?? null;
  return {
    id: e.id,
    congressId: e.congressId,
    organisationId: e.organisationId,
    kind: e.kind as ElectionKind,
    name: e.name,
    seats: e.seats,
    version: e.version,
    /** The upper committee's approval (chuẩn y); null while the results await it. */
    approval: e.approvedOn ? { decision: e.approvalDecision ?? "", approvedOn: isoOrNull(e.approvedOn)!, recordedBy: e.approvedByName } : null,
    candidates,
    /** Nominations at the congress that 30% or fewer of those present agreed to: recorded, not on the list. */
    refusedNominations,
    rounds,
    openRound: rounds.find((r) => r.status === "OPEN") ?? null,
    elected: electedPeople,
    seatsLeft: e.seats - elected.length,
    /** The further round the last closed round calls for, when no round is open. */
    furtherRound: rounds.some((r) => r.status === "OPEN") ? null : next,
    /** May a round be opened now: none yet, or the last closed one calls for another. */
    canOpenRound: rounds.length === 0 ? candidates.length > 0 : !rounds.some((r) => r.status === "OPEN") && next !== null && elected.length < e.seats,
    lastClosed,
    structure: structureAgainstTargets(electedPeople, openingIso, targets ?? DEFAULT_PERSONNEL_TARGETS),
  };
}
export type ElectionView = ReturnType<typeof toElection>;

async function targetsOf(congressId: string) {
  const scheme = await db.personnelScheme.findUnique({ where: { congressId }, select: schemeSelect });
  return scheme ? toSchemeDto(scheme).targets : null;
}

/** The elections of a congress, oldest first, with their rounds and results. */
export async function listElections(actor: Actor, congress: { id: string; opening: string | null }, todayIso: string): Promise<ElectionView[]> {
  const [rows, targets] = await Promise.all([
    db.election.findMany({ where: { congressId: congress.id, ...scopeWhere(actor) }, select: electionSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    targetsOf(congress.id),
  ]);
  return rows.map((e) => toElection(e, congress.opening ?? todayIso, targets));
}

/** One page of a congress's elections for the API (keyset on id). */
export async function listElectionsPage(actor: Actor, congress: { id: string; opening: string | null }, todayIso: string, after: string | undefined, take: number) {
  const [rows, targets] = await Promise.all([
    db.election.findMany({ where: { congressId: congress.id, ...scopeWhere(actor), ...(after ? { id: { gt: after } } : {}) }, select: electionSelect, orderBy: { id: "asc" }, take }),
    targetsOf(congress.id),
  ]);
  return rows.map((e) => toElection(e, congress.opening ?? todayIso, targets));
}

export async function getElection(actor: Actor, electionId: string, congress: { id: string; opening: string | null }, todayIso: string): Promise<ElectionView> {
  const [row, targets] = await Promise.all([db.election.findFirst({ where: { id: electionId, congressId: congress.id, ...scopeWhere(actor) }, select: electionSelect }), targetsOf(congress.id)]);
  if (!row) throw new NotFoundError("election");
  return toElection(row, congress.opening ?? todayIso, targets);
}

/** What the congress's main page shows of its elections: the new committee and its leadership. */
export const LEADERSHIP_KINDS = ["EXECUTIVE_COMMITTEE", "STANDING_COMMITTEE", "SECRETARY"] as const satisfies readonly ElectionKind[];

/**
 * The elected executive committee, standing committee and secretary of a congress, for its main
 * page: each election of these kinds with a counted round, in that order, with those elected (in
 * Vietnamese name order), its seats and the upper committee's approval (chuẩn y) or its absence.
 */
export async function electedLeadership(actor: Actor, congress: { id: string; opening: string | null }, todayIso: string) {
  const rows = await db.election.findMany({
    where: { congressId: congress.id, kind: { in: [...LEADERSHIP_KINDS] }, rounds: { some: { status: "CLOSED" } }, ...scopeWhere(actor) },
    select: electionSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const views = rows.map((e) => toElection(e, congress.opening ?? todayIso, null));
  return LEADERSHIP_KINDS.flatMap((kind) =>
    views
      .filter((e) => e.kind === kind)
      .map((e) => ({ id: e.id, kind, name: e.name, seats: e.seats, elected: e.elected.map((c) => ({ id: c.id, fullName: c.fullName })), approval: e.approval })),
  );
}

/** The vote-counting committee of a congress. */
export async function listCounters(actor: Actor, congressId: string) {
  return db.countingCommitteeMember.findMany({
    where: { congressId, ...scopeWhere(actor) },
    select: { id: true, fullName: true, position: true, userId: true },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
}

/** Delegates present: official delegates whose credentials were accepted and who checked in. */
export async function presentDelegates(congressId: string): Promise<number> {
  return db.delegate.count({ where: { congressId, credentialStatus: "ACCEPTED", checkedInAt: { not: null } } });
}

/**
 * At a members' congress, the full members convened for an election of this kind (the member count
 * of the congress's unit); null at a delegates' congress and at the new committee's first meeting.
 */
export async function membersConvened(congress: { id: string; kind: string }, kind: ElectionKind): Promise<number | null> {
  if (congress.kind !== "MEMBERS" || baseKindOf(kind) === "FIRST_MEETING") return null;
  const c = await db.congress.findUniqueOrThrow({ where: { id: congress.id }, select: { unit: { select: { memberCount: true } } } });
  return c.unit.memberCount ?? 0;
}

export { toEntry, countSelect, roundSelect };
