// The election rule of the Party (Quy chế bầu cử trong Đảng) as an organisation applies it, and the
// arithmetic a vote-counting committee (ban kiểm phiếu) must satisfy. Pure functions: the
// mutations check counts with them before writing, the pages and documents show their results.
import { percent } from "../delegates/composition";

/**
 * Why a single ballot is invalid (ARTICLES.ballots). A ballot keeps (does not cross out) the names
 * voted for; a valid ballot, issued by the counting committee (Ban Kiểm phiếu), keeps as many names
 * as there are seats or fewer:
 * - TOO_MANY: it keeps more names than there are seats;
 * - NONE: it crosses out every name ("gạch tên hết"), counted invalid here as before; the text
 *   read (244-QĐ/TW Art. 17 cl. 2, "đủ hoặc thiếu số lượng cần bầu") did not settle this case.
 * Invalid ballots change nothing in the base of the majority: the base counts delegates, not ballots.
 */
export type BallotDefect = "TOO_MANY" | "NONE";

/** Whether a ballot keeping `kept` names is valid for `seats` seats; null when it is. */
export function ballotDefect(kept: number, seats: number): BallotDefect | null {
  if (kept > seats) return "TOO_MANY";
  if (kept <= 0) return "NONE";
  return null;
}

/** What one ballot box's count says. `votes` has one entry per candidate on the round's ballot. */
export type BoxCount = { ballotsReceived: number; valid: number; invalid: number; votes: Record<string, number> };

/** A reason the count does not add up, with the candidate it concerns when there is one. */
export type CountProblem =
  | { code: "NOT_A_COUNT"; field: string }
  | { code: "RECEIVED_MISMATCH" }
  | { code: "UNKNOWN_CANDIDATE"; candidateId: string }
  | { code: "MISSING_CANDIDATE"; candidateId: string }
  | { code: "VOTES_OVER_VALID"; candidateId: string }
  | { code: "MARKS_OVER_SEATS" }
  | { code: "VALID_WITHOUT_VOTES" }
  | { code: "RECEIVED_OVER_ISSUED" };

const isCount = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 0;

/**
 * The arithmetic of one box: received = valid + invalid; each candidate on the ballot has a count
 * between 0 and the valid ballots; a valid ballot keeps between 1 and `seats` names, so the votes
 * together lie between the valid ballots and valid × seats.
 */
export function checkBoxCount(box: BoxCount, ballot: { seats: number; candidateIds: readonly string[] }): CountProblem[] {
  const problems: CountProblem[] = [];
  for (const field of ["ballotsReceived", "valid", "invalid"] as const) if (!isCount(box[field])) problems.push({ code: "NOT_A_COUNT", field });
  for (const [id, n] of Object.entries(box.votes)) {
    if (!ballot.candidateIds.includes(id)) problems.push({ code: "UNKNOWN_CANDIDATE", candidateId: id });
    else if (!isCount(n)) problems.push({ code: "NOT_A_COUNT", field: `votes.${id}` });
  }
  for (const id of ballot.candidateIds) if (!(id in box.votes)) problems.push({ code: "MISSING_CANDIDATE", candidateId: id });
  if (problems.length) return problems;

  if (box.valid + box.invalid !== box.ballotsReceived) problems.push({ code: "RECEIVED_MISMATCH" });
  let marks = 0;
  for (const id of ballot.candidateIds) {
    const n = box.votes[id]!;
    marks += n;
    if (n > box.valid) problems.push({ code: "VOTES_OVER_VALID", candidateId: id });
  }
  if (marks > box.valid * ballot.seats) problems.push({ code: "MARKS_OVER_SEATS" });
  if (box.valid > 0 && marks < box.valid) problems.push({ code: "VALID_WITHOUT_VOTES" });
  return problems;
}

/** The boxes of one round together: never more ballots back than were issued. */
export function checkRoundTotals(boxes: readonly Pick<BoxCount, "ballotsReceived">[], ballotsIssued: number): CountProblem[] {
  const received = boxes.reduce((s, b) => s + b.ballotsReceived, 0);
  return received > ballotsIssued ? [{ code: "RECEIVED_OVER_ISSUED" }] : [];
}

export type RoundTotals = { ballotsReceived: number; valid: number; invalid: number; votes: Record<string, number> };

/** The sum of the boxes of a round, for the candidates on its ballot. */
export function sumBoxes(boxes: readonly BoxCount[], candidateIds: readonly string[]): RoundTotals {
  const votes = Object.fromEntries(candidateIds.map((id) => [id, 0]));
  let ballotsReceived = 0;
  let valid = 0;
  let invalid = 0;
  for (const b of boxes) {
    ballotsReceived += b.ballotsReceived;
    valid += b.valid;
    invalid += b.invalid;
    for (const id of candidateIds) votes[id]! += b.votes[id] ?? 0;
  }
  return { ballotsReceived, valid, invalid, votes };
}

/**
 * Where each rule comes from. The sources read for this file: the Party's Charter (Điều lệ Đảng,
 * Article 12); the election regulation Quy chế bầu cử trong Đảng, Quyết định 190-QĐ/TW of
 * 10/10/2024 (7 chapters, 36 articles), which replaced 244-QĐ/TW of 09/6/2014 and kept its rule on
 * who is elected; and the Central Committee's answers quoting 244-QĐ/TW Article 32 clauses 2–3
 * (dangcongsan.vn, "Cách tính kết quả bầu cử ở đại hội các cấp"). The article numbers of 190-QĐ/TW
 * itself could not be read here: where only the 244-QĐ/TW number was found it is the one given.
 */
export const ARTICLES = {
  /** Who is elected: more than half of the base (244-QĐ/TW Art. 32 cl. 2–3; kept by 190-QĐ/TW). */
  majority: "Điều lệ Đảng Điều 12; Quy chế bầu cử trong Đảng (244-QĐ/TW Điều 32, giữ nguyên tại 190-QĐ/TW)",
  /** Valid and invalid ballots (244-QĐ/TW Art. 17 cl. 2). */
  ballots: "Quy chế bầu cử trong Đảng (244-QĐ/TW Điều 17 khoản 2)",
  /** The list: more candidates than seats, at most 30% more (docs/domain.md: Article 14). */
  list: "Quy chế bầu cử trong Đảng, Điều 14",
  /** The delegates to the upper congress: the number the upper committee allots (244-QĐ/TW Art. 20 cl. 2). */
  upperDelegates: "Quy chế bầu cử trong Đảng (244-QĐ/TW Điều 20 khoản 2)",
} as const;

/**
 * Who votes, and so which base the majority is counted against (244-QĐ/TW Art. 32, kept by
 * 190-QĐ/TW):
 * - DELEGATES: a delegates' congress (đại hội đại biểu);
 * - MEMBERS: a members' congress (đại hội đảng viên: a cell or small committee gathers all its members);
 * - FIRST_MEETING: the new committee's first meeting (hội nghị lần thứ nhất), which elects the
 *   standing committee, the secretary, the deputy secretaries, the inspection committee and its chair.
 */
export type BaseKind = "DELEGATES" | "MEMBERS" | "FIRST_MEETING";
export const BASE_KINDS = ["DELEGATES", "MEMBERS", "FIRST_MEETING"] as const satisfies readonly BaseKind[];

/**
 * The exclusions the rule names, each counted on its own:
 * - at a delegates' congress (Art. 32 cl. 3): members of the convening committee absent for the
 *   whole congress (COMMITTEE_ABSENT); official delegates absent for the whole congress whom no
 *   alternate replaced (ABSENT_UNREPLACED);
 * - at a members' congress (Art. 32 cl. 2): members attached temporarily to another organisation
 *   (TEMPORARILY_ATTACHED); members excused from Party work and activity who are not present
 *   (EXCUSED_NOT_PRESENT; one who is present and votes still counts); members suspended, prosecuted,
 *   indicted or detained (SUSPENDED); full members absent for the whole congress with a reason the
 *   convening committee accepted (ABSENT_WITH_REASON).
 * The first meeting names none: its base is the committee's members convened.
 */
export type Exclusion = "COMMITTEE_ABSENT" | "ABSENT_UNREPLACED" | "TEMPORARILY_ATTACHED" | "EXCUSED_NOT_PRESENT" | "SUSPENDED" | "ABSENT_WITH_REASON";
export const EXCLUSIONS_OF: Record<BaseKind, readonly Exclusion[]> = {
  DELEGATES: ["COMMITTEE_ABSENT", "ABSENT_UNREPLACED"],
  MEMBERS: ["TEMPORARILY_ATTACHED", "EXCUSED_NOT_PRESENT", "SUSPENDED", "ABSENT_WITH_REASON"],
  FIRST_MEETING: [],
};

/** One line of the base's derivation: a catalog key (elections.base.lines.*) and its number. */
export type BaseLine = { key: "CONVENED" | Exclusion | "BASE" | "NEEDED"; count: number; kind: BaseKind };

export type MajorityBase = {
  kind: BaseKind;
  /** Official delegates convened / full members convened / committee members convened. */
  convened: number;
  exclusions: Partial<Record<Exclusion, number>>;
  /** convened less the exclusions: the figure a candidate needs more than half of. */
  base: number;
  /** The fewest votes that elect: more than half of the base. */
  needed: number;
  lines: BaseLine[];
};

export class BaseError extends Error {
  constructor(readonly code: "NOT_A_COUNT" | "EXCLUSION_NOT_NAMED" | "EXCLUSIONS_OVER_CONVENED") {
    super(code);
  }
}

/**
 * The base of the majority (Điều lệ Đảng Art. 12; 244-QĐ/TW Art. 32 cl. 2–3, kept by 190-QĐ/TW):
 * the number convened less each exclusion the rule names for this kind of meeting. Not the valid
 * ballots, and not the ballots returned: that is the National Assembly's rule, not the Party's.
 */
export function majorityBase(input: { kind: BaseKind; convened: number; exclusions?: Partial<Record<Exclusion, number>> }): MajorityBase {
  const { kind, convened } = input;
  if (!isCount(convened)) throw new BaseError("NOT_A_COUNT");
  const named = EXCLUSIONS_OF[kind];
  const exclusions: Partial<Record<Exclusion, number>> = {};
  let excluded = 0;
  for (const [code, n] of Object.entries(input.exclusions ?? {}) as [Exclusion, number | undefined][]) {
    if (n === undefined || n === 0) continue;
    if (!isCount(n)) throw new BaseError("NOT_A_COUNT");
    if (!named.includes(code)) throw new BaseError("EXCLUSION_NOT_NAMED");
    exclusions[code] = n;
    excluded += n;
  }
  if (excluded > convened) throw new BaseError("EXCLUSIONS_OVER_CONVENED");
  const base = convened - excluded;
  const needed = Math.floor(base / 2) + 1;
  const lines: BaseLine[] = [
    { key: "CONVENED", count: convened, kind },
    ...named.filter((c) => exclusions[c]).map((c) => ({ key: c, count: exclusions[c]!, kind })),
    { key: "BASE", count: base, kind },
    { key: "NEEDED", count: needed, kind },
  ];
  return { kind, convened, exclusions, base, needed, lines };
}

/**
 * - ELECTED: more than half of the base, and within the seats.
 * - TIE: more than half, tied at the last seat with more candidates than seats left: a further round.
 * - PASSED_NOT_ELECTED: more than half, but more passed than there were seats and others had more.
 * - NOT_ELECTED: half of the base or fewer.
 */
export type Outcome = "ELECTED" | "TIE" | "PASSED_NOT_ELECTED" | "NOT_ELECTED";

export type CandidateResult = { candidateId: string; votes: number; percent: number; passed: boolean; outcome: Outcome };

export type RoundDecision = {
  /** In order of votes, highest first (ties in the order given). */
  results: CandidateResult[];
  elected: string[];
  /** Seats still empty after this round. */
  seatsLeft: number;
  /**
   * What a further round would be: among the tied candidates for the seats they share, or (too few
   * passed) among those not elected for the seats left, which the congress may also leave unfilled.
   */
  furtherRound: { reason: "TIE" | "TOO_FEW"; candidateIds: string[]; seats: number; optional: boolean } | null;
};

/** More than half of the base: 2 × votes > base (an exact half is not enough). */
export const passes = (votes: number, base: number) => base > 0 && 2 * votes > base;

/**
 * Applies the rule to one round (244-QĐ/TW Art. 32, kept by 190-QĐ/TW): `votes` per candidate on
 * its ballot, `base` the base of the majority (majorityBase, never the valid ballots), `seats` to
 * fill in this round. Each percentage is against the same base.
 */
export function decideRound(input: { seats: number; base: number; votes: readonly { candidateId: string; votes: number }[] }): RoundDecision {
  const { seats, base } = input;
  const ordered = [...input.votes].sort((a, b) => b.votes - a.votes);
  const passing = ordered.filter((c) => passes(c.votes, base));
  const outcome = new Map<string, Outcome>();
  let furtherRound: RoundDecision["furtherRound"] = null;

  if (passing.length <= seats) {
    for (const c of passing) outcome.set(c.candidateId, "ELECTED");
  } else {
    // More passed than seats: the highest counts win; the count at the last seat decides the rest.
    const last = passing[seats - 1]!.votes;
    const above = passing.filter((c) => c.votes > last);
    const atLast = passing.filter((c) => c.votes === last);
    for (const c of above) outcome.set(c.candidateId, "ELECTED");
    const open = seats - above.length;
    if (atLast.length === open) {
      for (const c of atLast) outcome.set(c.candidateId, "ELECTED");
    } else {
      for (const c of atLast) outcome.set(c.candidateId, "TIE");
      furtherRound = { reason: "TIE", candidateIds: atLast.map((c) => c.candidateId), seats: open, optional: false };
    }
    for (const c of passing) if (!outcome.has(c.candidateId)) outcome.set(c.candidateId, "PASSED_NOT_ELECTED");
  }

  const elected = ordered.filter((c) => outcome.get(c.candidateId) === "ELECTED").map((c) => c.candidateId);
  const seatsLeft = seats - elected.length;
  if (!furtherRound && seatsLeft > 0) {
    const rest = ordered.filter((c) => !outcome.has(c.candidateId)).map((c) => c.candidateId);
    if (rest.length > 0) furtherRound = { reason: "TOO_FEW", candidateIds: rest, seats: seatsLeft, optional: true };
  }
  return {
    results: ordered.map((c) => ({
      candidateId: c.candidateId,
      votes: c.votes,
      percent: percent(c.votes, base),
      passed: passes(c.votes, base),
      outcome: outcome.get(c.candidateId) ?? "NOT_ELECTED",
    })),
    elected,
    seatsLeft,
    furtherRound,
  };
}

/** Why a candidate list cannot go to the vote (ARTICLES.list). */
export type ListProblem = { code: "NOT_MORE_THAN_SEATS" } | { code: "OVER_30_PERCENT"; most: number };

/**
 * The most candidates a list may hold: the congress may not go beyond 30% more than the seats. A
 * list of few seats may still hold one more than its seats, since it must hold more than its seats
 * (2 seats: 3 candidates), a reading of ours where 30% of the seats is less than one person.
 */
export const mostCandidates = (seats: number) => seats + Math.max(1, Math.floor((seats * 30) / 100));

/**
 * The list rules (ARTICLES.list): more candidates than seats, and no more than 30% above the seats
 * (35 seats: 36 to 45 candidates). The committee's 10–15% margin is shown by listMargin, not refused.
 */
export function checkList(seats: number, candidates: number): ListProblem[] {
  if (candidates <= seats) return [{ code: "NOT_MORE_THAN_SEATS" }];
  if (candidates > mostCandidates(seats)) return [{ code: "OVER_30_PERCENT", most: mostCandidates(seats) }];
  return [];
}

/**
 * A nominee or self-nominee the convening committee did not propose enters the list only with the
 * agreement of MORE than 30% of the delegates present (ARTICLES.list): 30% exactly is not enough.
 */
export const outsideNomineeAdmitted = (agreeing: number, present: number) => present > 0 && agreeing * 100 > present * 30;

/**
 * The margin of a candidate list over its seats (the rule: more candidates than seats, by 10–15%
 * by default). `needed` is the fewest candidates the list must hold, `ideal` the range it aims at.
 */
export function listMargin(seats: number, candidates: number, margin: { minPercent: number; maxPercent: number }) {
  const needed = Math.ceil((seats * (100 + margin.minPercent)) / 100 - 1e-9);
  const most = Math.floor((seats * (100 + margin.maxPercent)) / 100 + 1e-9);
  const extra = candidates - seats;
  return {
    needed: Math.max(needed, seats + 1),
    most: Math.max(most, seats + 1),
    extra,
    extraPercent: seats === 0 ? 0 : percent(extra, seats),
    /** The rule itself: more candidates than seats. Below the margin is shown, not refused. */
    enough: candidates > seats,
    withinRange: candidates >= Math.max(needed, seats + 1) && candidates <= Math.max(most, seats + 1),
  };
}
