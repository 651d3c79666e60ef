import "server-only";
import type { Tx } from "../db/mutation";
import { DomainError } from "../errors";
import { type ElectionKind, baseKindOf } from "./choices";
import { type RoundView, roundSelect, tallyRound, toEntry } from "./data";
import { BaseError, type Exclusion, type MajorityBase, majorityBase } from "./rule";

/** The members' exclusions as a round records them, each with its own count (rule.ts EXCLUSIONS_OF.MEMBERS). */
export type MemberExclusions = Partial<Record<Exclusion, number>>;

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

/**
 * The base of a members' congress (đại hội đảng viên; 244-QĐ/TW Điều 32 khoản 2, kept by
 * 190-QĐ/TW): the full members convened, less the members the rule names, each counted on its own
 * (attached temporarily elsewhere, excused and not present, suspended or prosecuted, absent
 * throughout with a reason the committee accepted). The app does not keep members one by one: the
 * members convened are the member count of the congress's unit, and the exclusions are the numbers
 * entered when the round is opened (kept on the round, like the delegates' exclusions).
 */
export async function membersBase(tx: Tx, congressId: string, exclusions: MemberExclusions): Promise<MajorityBase> {
  const congress = await tx.congress.findUniqueOrThrow({ where: { id: congressId }, select: { unit: { select: { memberCount: true } } } });
  const convened = congress.unit.memberCount;
  if (convened === null || convened === 0) throw new DomainError("NO_MEMBER_COUNT");
  try {
    return majorityBase({ kind: "MEMBERS", convened, exclusions });
  } catch (error) {
    if (error instanceof BaseError && error.code === "EXCLUSIONS_OVER_CONVENED") throw new DomainError("EXCLUSIONS_OVER_CONVENED", { _form: ["elections.errors.EXCLUSIONS_OVER_CONVENED"] });
    throw error;
  }
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

/**
 * The base for a round of an election of this kind, as the roster stands now: the first meeting's,
 * or the congress's own (a delegates' congress from its roster, a members' congress from its unit's
 * members less `memberExclusions`, the numbers entered on the round).
 */
export async function baseFor(tx: Tx, congressId: string, kind: ElectionKind, memberExclusions: MemberExclusions = {}): Promise<MajorityBase> {
  const congress = await tx.congress.findUniqueOrThrow({ where: { id: congressId }, select: { kind: true } });
  const members = congress.kind === "MEMBERS" && baseKindOf(kind) !== "FIRST_MEETING";
  // The members' exclusions belong to a members' congress only: elsewhere they are refused, not ignored.
  if (!members && Object.values(memberExclusions).some((n) => n)) throw new DomainError("VALIDATION", { _form: ["elections.errors.exclusionsNotMembers"] });
  if (baseKindOf(kind) === "FIRST_MEETING") return firstMeetingBase(tx, congressId);
  return members ? membersBase(tx, congressId, memberExclusions) : delegatesBase(tx, congressId);
}

/** The members' exclusions a round recorded (none on a delegates' or first meeting's round). */
export const recordedMemberExclusions = (r: { baseKind: string; baseExclusions: unknown }): MemberExclusions => (r.baseKind === "MEMBERS" ? ((r.baseExclusions ?? {}) as MemberExclusions) : {});

/** The round's base columns. */
export const baseColumns = (b: MajorityBase) => ({ baseKind: b.kind, convened: b.convened, baseExclusions: b.exclusions, base: b.base });
