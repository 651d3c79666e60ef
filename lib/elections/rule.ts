// The election rule of the Party (Quy chế bầu cử trong Đảng) as an organisation applies it, and the
// arithmetic a vote-counting committee (ban kiểm phiếu) must satisfy. Pure functions: the
// mutations check counts with them before writing, the pages and documents show their results.
import { percent } from "../delegates/composition";

/**
 * Why a single ballot is invalid. A ballot keeps (does not cross out) the names voted for:
 * - TOO_MANY: it keeps more names than there are seats;
 * - NONE: it crosses out every name ("gạch tên hết"), which the rule counts as invalid too.
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
 * - ELECTED: more than half of the valid ballots, and within the seats.
 * - TIE: more than half, tied at the last seat with more candidates than seats left: a further round.
 * - PASSED_NOT_ELECTED: more than half, but more passed than there were seats and others had more.
 * - NOT_ELECTED: half of the valid ballots or fewer.
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

/** More than half of the valid ballots: 2 × votes > valid (an exact half is not enough). */
export const passes = (votes: number, valid: number) => valid > 0 && 2 * votes > valid;

/**
 * Applies the rule to one round: `votes` per candidate on its ballot, `valid` ballots (invalid ones
 * are not part of the base of the percentages), `seats` to fill in this round.
 */
export function decideRound(input: { seats: number; valid: number; votes: readonly { candidateId: string; votes: number }[] }): RoundDecision {
  const { seats, valid } = input;
  const ordered = [...input.votes].sort((a, b) => b.votes - a.votes);
  const passing = ordered.filter((c) => passes(c.votes, valid));
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
      percent: percent(c.votes, valid),
      passed: passes(c.votes, valid),
      outcome: outcome.get(c.candidateId) ?? "NOT_ELECTED",
    })),
    elected,
    seatsLeft,
    furtherRound,
  };
}

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
