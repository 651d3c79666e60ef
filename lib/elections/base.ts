import "server-only";
import type { Tx } from "../db/mutation";
import { DomainError } from "../errors";
import { type ElectionKind, baseKindOf } from "./choices";
import { type RoundView, roundSelect, tallyRound, toEntry } from "./data";
import { type MajorityBase, majorityBase } from "./rule";

// The base of the majority from the congress's own roster and attendance (Quy chế bầu cử trong
// Đảng, 244-QĐ/TW Art. 32 cl. 3, kept by 190-QĐ/TW):
// - official delegates convened: the official (not alternate) delegates on the roster whose
//   credentials were not rejected; an official delegate replaced by an alternate stays among them
//   (the alternate sits in their place, so the base keeps them);
// - absent for the whole congress: not checked in by the time the round is counted (the check-in is
//   the congress's attendance; the base is taken again when the round closes);
// - a member of the convening committee: an ex-officio delegate (DelegateCategory EX_OFFICIO, a
//   member of the outgoing executive committee), who has no alternate.
// The first meeting of the new committee (standing committee, secretary, deputies, inspection
// committee and chair) counts the new executive committee's members: those elected in the
// congress's executive committee election.

export async function delegatesBase(tx: Tx, congressId: string): Promise<MajorityBase> {
  const official = { congressId, alternate: false, credentialStatus: { not: "REJECTED" as const } };
  const absent = { ...official, checkedInAt: null, replacedBy: { is: null } };
  const [convened, committeeAbsent, absentUnreplaced] = await Promise.all([
    tx.delegate.count({ where: official }),
    tx.delegate.count({ where: { ...absent, category: "EX_OFFICIO" } }),
    tx.delegate.count({ where: { ...absent, category: { not: "EX_OFFICIO" } } }),
  ]);
  return majorityBase({ kind: "DELEGATES", convened, exclusions: { COMMITTEE_ABSENT: committeeAbsent, ABSENT_UNREPLACED: absentUnreplaced } });
}

/** The rounds of an election, tallied, in order. */
export async function talliedRounds(tx: Tx, electionId: string): Promise<RoundView[]> {
  const rows = await tx.electionRound.findMany({ where: { electionId }, select: roundSelect, orderBy: { number: "asc" } });
  return rows.map((r) => tallyRound({ ...r, closedAt: r.closedAt?.toISOString() ?? null }, r.counts.map(toEntry)));
}

/** Those elected over the closed rounds of an election. */
export const electedOver = (rounds: readonly RoundView[]) => rounds.filter((r) => r.status === "CLOSED").flatMap((r) => r.decision.elected);

/** The new executive committee's members: elected in the congress's executive committee election. */
export async function firstMeetingBase(tx: Tx, congressId: string): Promise<MajorityBase> {
  const committee = await tx.election.findMany({ where: { congressId, kind: "EXECUTIVE_COMMITTEE" }, select: { id: true } });
  let members = 0;
  for (const e of committee) members += electedOver(await talliedRounds(tx, e.id)).length;
  if (members === 0) throw new DomainError("NO_NEW_COMMITTEE");
  return majorityBase({ kind: "FIRST_MEETING", convened: members });
}

/** The base for a round of an election of this kind, as the roster stands now. */
export function baseFor(tx: Tx, congressId: string, kind: ElectionKind): Promise<MajorityBase> {
  return baseKindOf(kind) === "FIRST_MEETING" ? firstMeetingBase(tx, congressId) : delegatesBase(tx, congressId);
}

/** The round's base columns. */
export const baseColumns = (b: MajorityBase) => ({ baseKind: b.kind, convened: b.convened, baseExclusions: b.exclusions, base: b.base });
