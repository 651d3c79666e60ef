import { describe, expect, it } from "vitest";
import { BaseError, ballotDefect, checkBoxCount, checkList, checkRoundTotals, decideRound, listMargin, majorityBase, mostCandidates, outsideNomineeAdmitted, passes, sumBoxes } from "@/lib/elections/rule";

/** Candidates c1…cN with the given votes. */
const votes = (...n: number[]) => n.map((v, i) => ({ candidateId: `c${i + 1}`, votes: v }));
const outcomes = (d: ReturnType<typeof decideRound>) => Object.fromEntries(d.results.map((r) => [r.candidateId, r.outcome]));

describe("the base of the majority (Điều lệ Đảng Art. 12; Quy chế bầu cử 244-QĐ/TW Art. 32, kept by 190-QĐ/TW)", () => {
  it("Art. 32 cl. 3: 247 convened and present, 245 ballots returned, 238 valid: 120 votes do not elect, 124 do", () => {
    const base = majorityBase({ kind: "DELEGATES", convened: 247 });
    expect(base).toMatchObject({ base: 247, needed: 124 });
    // The valid ballots (238) and the ballots returned (245) are not the base.
    const d = decideRound({ seats: 2, base: base.base, votes: votes(120, 124, 123) });
    expect(outcomes(d)).toEqual({ c1: "NOT_ELECTED", c2: "ELECTED", c3: "NOT_ELECTED" });
    expect(passes(120, 238)).toBe(true);
    expect(passes(120, 247)).toBe(false);
    expect(d.results.find((r) => r.candidateId === "c2")).toMatchObject({ votes: 124, percent: 50.2, passed: true });
  });

  it("Art. 32 cl. 3: an official delegate absent throughout and unreplaced lowers the base; one replaced by an alternate does not", () => {
    // 250 convened; 3 absent throughout, of whom 1 was replaced by an alternate (not an exclusion).
    const base = majorityBase({ kind: "DELEGATES", convened: 250, exclusions: { ABSENT_UNREPLACED: 2 } });
    expect(base.base).toBe(248);
    expect(base.needed).toBe(125);
    expect(majorityBase({ kind: "DELEGATES", convened: 250 }).base).toBe(250);
  });

  it("Art. 32 cl. 3: a member of the convening committee absent throughout is excluded, each exclusion on its own line", () => {
    const base = majorityBase({ kind: "DELEGATES", convened: 250, exclusions: { COMMITTEE_ABSENT: 1, ABSENT_UNREPLACED: 2 } });
    expect(base.base).toBe(247);
    expect(base.lines.map((l) => [l.key, l.count])).toEqual([["CONVENED", 250], ["COMMITTEE_ABSENT", 1], ["ABSENT_UNREPLACED", 2], ["BASE", 247], ["NEEDED", 124]]);
  });

  it("Art. 32 cl. 2: a members' congress counts the full members convened less the categories the rule names", () => {
    const base = majorityBase({ kind: "MEMBERS", convened: 40, exclusions: { TEMPORARILY_ATTACHED: 2, EXCUSED_NOT_PRESENT: 1, SUSPENDED: 1, ABSENT_WITH_REASON: 3 } });
    expect(base).toMatchObject({ base: 33, needed: 17 });
    // A delegates' exclusion is not one of a members' congress.
    expect(() => majorityBase({ kind: "MEMBERS", convened: 40, exclusions: { ABSENT_UNREPLACED: 1 } })).toThrow(BaseError);
  });

  it("Art. 32 (who is elected, at a conference of the committee): the new committee's first meeting counts against its members convened", () => {
    const base = majorityBase({ kind: "FIRST_MEETING", convened: 35 });
    expect(base).toMatchObject({ base: 35, needed: 18 });
    expect(decideRound({ seats: 1, base: base.base, votes: votes(17, 18) }).elected).toEqual(["c2"]);
    expect(() => majorityBase({ kind: "FIRST_MEETING", convened: 35, exclusions: { COMMITTEE_ABSENT: 1 } })).toThrow(BaseError);
  });

  it("refuses more exclusions than convened, and numbers that are not counts", () => {
    expect(() => majorityBase({ kind: "DELEGATES", convened: 2, exclusions: { ABSENT_UNREPLACED: 3 } })).toThrow(BaseError);
    expect(() => majorityBase({ kind: "DELEGATES", convened: -1 })).toThrow(BaseError);
  });
});

describe("who is elected (244-QĐ/TW Art. 32, kept by 190-QĐ/TW)", () => {
  it("elects with more than half of the base; an exact half is not enough", () => {
    expect(passes(51, 100)).toBe(true);
    expect(passes(50, 100)).toBe(false);
    expect(passes(50, 99)).toBe(true);
    expect(passes(0, 0)).toBe(false);
  });

  it("exactly enough pass: all of them are elected and nothing is left", () => {
    const d = decideRound({ seats: 3, base: 100, votes: votes(90, 80, 60, 40, 30) });
    expect(d.elected).toEqual(["c1", "c2", "c3"]);
    expect(outcomes(d)).toEqual({ c1: "ELECTED", c2: "ELECTED", c3: "ELECTED", c4: "NOT_ELECTED", c5: "NOT_ELECTED" });
    expect(d.seatsLeft).toBe(0);
    expect(d.furtherRound).toBeNull();
  });

  it("Art. 32: too few pass: those who passed are elected, a further round among the rest may fill the seats left", () => {
    const d = decideRound({ seats: 4, base: 100, votes: votes(90, 70, 50, 45, 20) });
    expect(d.elected).toEqual(["c1", "c2"]);
    expect(d.seatsLeft).toBe(2);
    expect(d.furtherRound).toEqual({ reason: "TOO_FEW", candidateIds: ["c3", "c4", "c5"], seats: 2, optional: true });
    // The further round applies the same rule among the rest, for the seats left, against the same base.
    const second = decideRound({ seats: 2, base: 100, votes: [{ candidateId: "c3", votes: 60 }, { candidateId: "c4", votes: 52 }, { candidateId: "c5", votes: 10 }] });
    expect(second.elected).toEqual(["c3", "c4"]);
    expect(second.furtherRound).toBeNull();
  });

  it("Art. 32: more pass than seats: the highest counts win, the others passed but are not elected", () => {
    const d = decideRound({ seats: 2, base: 100, votes: votes(60, 95, 70, 55, 10) });
    expect(d.elected).toEqual(["c2", "c3"]);
    expect(outcomes(d)).toEqual({ c1: "PASSED_NOT_ELECTED", c2: "ELECTED", c3: "ELECTED", c4: "PASSED_NOT_ELECTED", c5: "NOT_ELECTED" });
    expect(d.furtherRound).toBeNull();
  });

  it("Art. 32: a tie at the last seat goes to a further round among the tied, for the seats they share", () => {
    const d = decideRound({ seats: 3, base: 100, votes: votes(90, 80, 70, 70, 70, 20) });
    expect(d.elected).toEqual(["c1", "c2"]);
    expect(outcomes(d)).toMatchObject({ c3: "TIE", c4: "TIE", c5: "TIE", c6: "NOT_ELECTED" });
    expect(d.seatsLeft).toBe(1);
    expect(d.furtherRound).toEqual({ reason: "TIE", candidateIds: ["c3", "c4", "c5"], seats: 1, optional: false });
  });

  it("a tie that fits the seats left elects all the tied", () => {
    const d = decideRound({ seats: 3, base: 100, votes: votes(90, 70, 70, 60) });
    expect(d.elected).toEqual(["c1", "c2", "c3"]);
    expect(outcomes(d).c4).toBe("PASSED_NOT_ELECTED");
    expect(d.furtherRound).toBeNull();
  });

  it("Art. 17 cl. 2: invalid ballots count for nothing, and the percentages are against the base, not the valid ballots", () => {
    // 120 received, 20 invalid, 100 valid; 130 delegates convened: 51 votes is more than half of the
    // valid ballots but not of the base (66 needed).
    const boxes = [
      { ballotsReceived: 70, valid: 60, invalid: 10, votes: { c1: 31, c2: 40 } },
      { ballotsReceived: 50, valid: 40, invalid: 10, votes: { c1: 20, c2: 30 } },
    ];
    const totals = sumBoxes(boxes, ["c1", "c2"]);
    expect(totals).toEqual({ ballotsReceived: 120, valid: 100, invalid: 20, votes: { c1: 51, c2: 70 } });
    const d = decideRound({ seats: 2, base: 130, votes: Object.entries(totals.votes).map(([candidateId, v]) => ({ candidateId, votes: v })) });
    expect(d.results.find((r) => r.candidateId === "c1")).toMatchObject({ votes: 51, percent: 39.23, passed: false, outcome: "NOT_ELECTED" });
    expect(d.results.find((r) => r.candidateId === "c2")).toMatchObject({ percent: 53.85, outcome: "ELECTED" });
  });

  it("writes percentages with two decimals, as the reports do", () => {
    const d = decideRound({ seats: 1, base: 247, votes: votes(230) });
    expect(d.results[0]!.percent).toBe(93.12);
  });

  it("Art. 17 cl. 2: a ballot that keeps more names than seats is invalid, and so is one with every name crossed out", () => {
    expect(ballotDefect(35, 35)).toBeNull();
    expect(ballotDefect(1, 35)).toBeNull();
    expect(ballotDefect(36, 35)).toBe("TOO_MANY");
    expect(ballotDefect(0, 35)).toBe("NONE");
  });
});

describe("the candidate list (Quy chế bầu cử, Article 14 as the domain notes cite it)", () => {
  it("Art. 14: more candidates than seats; the congress may not go beyond 30% above the seats (refused)", () => {
    expect(mostCandidates(35)).toBe(45);
    expect(checkList(35, 35)).toEqual([{ code: "NOT_MORE_THAN_SEATS" }]);
    expect(checkList(35, 36)).toEqual([]);
    expect(checkList(35, 45)).toEqual([]);
    expect(checkList(35, 46)).toEqual([{ code: "OVER_30_PERCENT", most: 45 }]);
    expect(checkList(10, 13)).toEqual([]);
    expect(checkList(10, 14)).toEqual([{ code: "OVER_30_PERCENT", most: 13 }]);
    // Few seats: one more than the seats is still allowed, two more is not.
    expect(checkList(2, 3)).toEqual([]);
    expect(checkList(2, 4)).toEqual([{ code: "OVER_30_PERCENT", most: 3 }]);
  });

  it("Art. 14: an outside nominee enters with MORE than 30% of the delegates present: 30% exactly is refused, 31% accepted", () => {
    expect(outsideNomineeAdmitted(30, 100)).toBe(false);
    expect(outsideNomineeAdmitted(31, 100)).toBe(true);
    // 247 present: 30% is 74.1, so 74 is refused and 75 accepted.
    expect(outsideNomineeAdmitted(74, 247)).toBe(false);
    expect(outsideNomineeAdmitted(75, 247)).toBe(true);
    expect(outsideNomineeAdmitted(0, 0)).toBe(false);
  });
});

describe("the count of a ballot box", () => {
  const ballot = { seats: 2, candidateIds: ["a", "b", "c"] };

  it("accepts a count that adds up", () => {
    expect(checkBoxCount({ ballotsReceived: 100, valid: 95, invalid: 5, votes: { a: 90, b: 60, c: 40 } }, ballot)).toEqual([]);
  });

  it("refuses received ≠ valid + invalid", () => {
    expect(checkBoxCount({ ballotsReceived: 100, valid: 95, invalid: 4, votes: { a: 90, b: 60, c: 40 } }, ballot)).toEqual([{ code: "RECEIVED_MISMATCH" }]);
  });

  it("refuses more votes for a candidate than valid ballots", () => {
    expect(checkBoxCount({ ballotsReceived: 10, valid: 10, invalid: 0, votes: { a: 11, b: 5, c: 0 } }, ballot)).toContainEqual({ code: "VOTES_OVER_VALID", candidateId: "a" });
  });

  it("refuses more marks than valid ballots × seats (some valid ballot would keep more names than seats)", () => {
    expect(checkBoxCount({ ballotsReceived: 10, valid: 10, invalid: 0, votes: { a: 10, b: 10, c: 1 } }, ballot)).toEqual([{ code: "MARKS_OVER_SEATS" }]);
  });

  it("refuses valid ballots without any vote (a valid ballot keeps at least one name)", () => {
    expect(checkBoxCount({ ballotsReceived: 10, valid: 10, invalid: 0, votes: { a: 5, b: 4, c: 0 } }, ballot)).toEqual([{ code: "VALID_WITHOUT_VOTES" }]);
  });

  it("refuses negative or fractional numbers, and a candidate missing or not on the ballot", () => {
    expect(checkBoxCount({ ballotsReceived: -1, valid: 0, invalid: 0, votes: { a: 0, b: 0, c: 0 } }, ballot)).toEqual([{ code: "NOT_A_COUNT", field: "ballotsReceived" }]);
    expect(checkBoxCount({ ballotsReceived: 1, valid: 1, invalid: 0, votes: { a: 0.5, b: 0, c: 1 } }, ballot)).toEqual([{ code: "NOT_A_COUNT", field: "votes.a" }]);
    expect(checkBoxCount({ ballotsReceived: 1, valid: 1, invalid: 0, votes: { a: 1, b: 0, x: 0 } }, ballot)).toEqual([
      { code: "UNKNOWN_CANDIDATE", candidateId: "x" },
      { code: "MISSING_CANDIDATE", candidateId: "c" },
    ]);
  });

  it("refuses a round whose boxes hold more ballots than were issued", () => {
    expect(checkRoundTotals([{ ballotsReceived: 100 }, { ballotsReceived: 80 }], 180)).toEqual([]);
    expect(checkRoundTotals([{ ballotsReceived: 100 }, { ballotsReceived: 81 }], 180)).toEqual([{ code: "RECEIVED_OVER_ISSUED" }]);
  });
});

describe("the margin of a candidate list", () => {
  it("35 seats: 39 candidates is more than seats and within 10–15%; 35 is not enough", () => {
    expect(listMargin(35, 39, { minPercent: 10, maxPercent: 15 })).toMatchObject({ needed: 39, most: 40, extra: 4, extraPercent: 11.43, enough: true, withinRange: true });
    expect(listMargin(35, 35, { minPercent: 10, maxPercent: 15 })).toMatchObject({ enough: false, withinRange: false });
    expect(listMargin(35, 36, { minPercent: 10, maxPercent: 15 })).toMatchObject({ enough: true, withinRange: false });
  });
});
