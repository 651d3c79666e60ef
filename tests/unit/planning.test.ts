import { describe, expect, it } from "vitest";
import { addDays, vietnamDate } from "@/lib/dates";
import { canMoveDocument, DOCUMENT_FLOW, nextStatus, previousStatus, stepDatesAfterMove } from "@/lib/documents/flow";
import { grassrootsFigures, grassrootsRatio } from "@/lib/grassroots/ratio";
import { STANDARD_MILESTONES, standardCalendar } from "@/lib/milestones/calendar";
import { isMilestoneLate, isTaskOverdue } from "@/lib/planning/overdue";
import { resultMessageKey } from "@/components/forms/result-message";

describe("the standard calendar", () => {
  it("dates the eight steps of docs/domain.md from the opening, in order, ending on the opening day", () => {
    const calendar = standardCalendar("2020-08-15");
    expect(calendar.map((m) => m.key)).toEqual([
      "DIRECTIVE_STUDIED",
      "CONGRESS_PLAN",
      "ROLLOUT_CONFERENCE",
      "PILOT_CONGRESSES",
      "GRASSROOTS_CONGRESSES",
      "DOCUMENTS_SENT_UP",
      "CONVOCATION",
      "CONGRESS_OPENS",
    ]);
    // The dates the example organisation gave: mid-2019, Aug–Sep 2019, Q1/2020, end of June 2020, mid-August 2020.
    expect(calendar.map((m) => m.plannedOn)).toEqual(["2019-07-15", "2019-09-15", "2019-10-15", "2020-03-15", "2020-06-30", "2020-07-15", "2020-07-26", "2020-08-15"]);
    const dates = calendar.map((m) => m.plannedOn);
    expect([...dates].sort()).toEqual(dates);
  });

  it("moves with the opening date", () => {
    const a = standardCalendar("2020-06-08");
    const b = standardCalendar("2020-06-18");
    a.forEach((m, i) => expect(b[i]!.plannedOn).toBe(addDays(m.plannedOn, 10)));
  });

  it("adds only the steps a congress lacks, so applying it twice adds nothing", () => {
    expect(standardCalendar("2020-08-15", ["CONGRESS_PLAN", "CONVOCATION"]).map((m) => m.key)).toEqual([
      "DIRECTIVE_STUDIED",
      "ROLLOUT_CONFERENCE",
      "PILOT_CONGRESSES",
      "GRASSROOTS_CONGRESSES",
      "DOCUMENTS_SENT_UP",
      "CONGRESS_OPENS",
    ]);
    expect(standardCalendar("2020-08-15", STANDARD_MILESTONES.map((m) => m.key))).toEqual([]);
  });
});

describe("overdue tasks and late milestones", () => {
  it("a task due 30/06 is overdue from 01/07, not on 30/06", () => {
    expect(isTaskOverdue({ dueOn: "2020-06-30", status: "TODO" }, "2020-06-30")).toBe(false);
    expect(isTaskOverdue({ dueOn: "2020-06-30", status: "TODO" }, "2020-07-01")).toBe(true);
    expect(isTaskOverdue({ dueOn: "2020-06-30", status: "BLOCKED" }, "2020-07-01")).toBe(true);
  });

  it("the day turns at midnight in Vietnam, whatever the server's time zone", () => {
    const task = { dueOn: "2020-06-30", status: "IN_PROGRESS" };
    expect(isTaskOverdue(task, vietnamDate(new Date("2020-06-30T16:59:59Z")))).toBe(false); // 23:59:59 on 30/06 in Hà Nội
    expect(isTaskOverdue(task, vietnamDate(new Date("2020-06-30T17:00:00Z")))).toBe(true); // 00:00 on 01/07
  });

  it("a done task or one without a due date is never overdue", () => {
    expect(isTaskOverdue({ dueOn: "2020-06-30", status: "DONE" }, "2021-01-01")).toBe(false);
    expect(isTaskOverdue({ dueOn: null, status: "TODO" }, "2021-01-01")).toBe(false);
  });

  it("a milestone is late once its planned day has passed and it is not done", () => {
    expect(isMilestoneLate({ plannedOn: "2020-03-26", status: "IN_PROGRESS" }, "2020-03-26")).toBe(false);
    expect(isMilestoneLate({ plannedOn: "2020-03-26", status: "IN_PROGRESS" }, "2020-03-27")).toBe(true);
    expect(isMilestoneLate({ plannedOn: "2020-03-26", status: "DONE" }, "2020-04-27")).toBe(false);
  });
});

describe("the grassroots ratio", () => {
  it("counts held congresses over active units only (47/47 in Tân Uyên)", () => {
    const active = Array.from({ length: 47 }, () => ({ unitStatus: "ACTIVE", congressStatus: "HELD" }));
    expect(grassrootsRatio(active)).toEqual({ held: 47, total: 47, planned: 0, pending: 0 });
  });

  it("a dissolved, merged or transferred unit leaves the denominator, held or not", () => {
    const rows = [
      { unitStatus: "ACTIVE", congressStatus: "HELD" },
      { unitStatus: "ACTIVE", congressStatus: "PREPARING" },
      { unitStatus: "ACTIVE", congressStatus: null },
      { unitStatus: "DISSOLVED", congressStatus: "HELD" },
      { unitStatus: "MERGED", congressStatus: null },
      { unitStatus: "TRANSFERRED", congressStatus: "PREPARING" },
    ];
    expect(grassrootsRatio(rows)).toEqual({ held: 1, total: 3, planned: 1, pending: 1 });
  });

  it("gives the same figures from the database's counts (active units, their congresses by status)", () => {
    const counts = [
      { status: "HELD", count: 12 },
      { status: "PREPARING", count: 5 },
      { status: "PLANNED", count: 3 },
    ];
    expect(grassrootsFigures(25, counts)).toEqual({ held: 12, total: 25, planned: 8, pending: 5 });
    expect(grassrootsFigures(0, [])).toEqual({ held: 0, total: 0, planned: 0, pending: 0 });
  });
});

describe("the document status flow", () => {
  it("goes draft → internal review → sent up → comments received → final", () => {
    expect(DOCUMENT_FLOW.map((s) => nextStatus(s))).toEqual(["INTERNAL_REVIEW", "SENT_UP", "COMMENTS_RECEIVED", "FINAL", null]);
    expect(DOCUMENT_FLOW.map((s) => previousStatus(s))).toEqual([null, "DRAFT", "INTERNAL_REVIEW", "SENT_UP", "COMMENTS_RECEIVED"]);
  });

  it("moves one step forward or back, never skips", () => {
    expect(canMoveDocument("DRAFT", "INTERNAL_REVIEW")).toBe(true);
    expect(canMoveDocument("SENT_UP", "INTERNAL_REVIEW")).toBe(true);
    expect(canMoveDocument("DRAFT", "SENT_UP")).toBe(false);
    expect(canMoveDocument("DRAFT", "FINAL")).toBe(false);
    expect(canMoveDocument("FINAL", "FINAL")).toBe(false);
    expect(canMoveDocument("DRAFT", "DRAFT")).toBe(false);
  });

  it("records the day a step is reached and clears it when the document steps back", () => {
    expect(stepDatesAfterMove("INTERNAL_REVIEW", "SENT_UP", "2020-04-20")).toEqual({ sentUpOn: "2020-04-20" });
    expect(stepDatesAfterMove("SENT_UP", "INTERNAL_REVIEW", "2020-04-22")).toEqual({ sentUpOn: null });
    expect(() => stepDatesAfterMove("DRAFT", "FINAL", "2020-04-22")).toThrow(RangeError);
  });
});

describe("result codes", () => {
  it("map to the planning catalog or the shared one, unknown codes to INTERNAL", () => {
    expect(resultMessageKey("FILE_TOO_LARGE")).toBe("planningErrors.FILE_TOO_LARGE");
    expect(resultMessageKey("VERSION_CONFLICT")).toBe("errors.VERSION_CONFLICT");
    expect(resultMessageKey("P2002")).toBe("errors.INTERNAL");
  });
});
