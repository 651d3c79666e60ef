import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/access";
import { loadActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { getElection, listCounters } from "@/lib/elections/data";
import { electionDocument } from "@/lib/elections/documents";
import { load } from "@/lib/auth/load";
import { pdfText } from "../e2e/support/files";
import { executeAction, registeredActions } from "@/lib/server/action";
import { addToCountingCommittee, addToPersonnelSubCommittee, createAttendance, createElectionWithCandidates, createFreshCongress, createRound, type CongressPlace } from "@/prisma/seed/election-factories";
import { createOrganisation, createProvince, createUser, type TestOrganisation, unique } from "@/prisma/seed/factories";

// The personnel scheme and the count of the ballot boxes through the actions, as the app runs
// them (validation, access, mutation, audit), on a real PostgreSQL.
vi.mock("@/lib/auth/session", () => ({ getActor: async () => null }));
await Promise.all([import("@/lib/personnel/actions"), import("@/lib/elections/actions"), import("@/lib/congresses/actions")]);

const db = getDb();
let province: Awaited<ReturnType<typeof createProvince>>;
let organisation: TestOrganisation;
let otherOrganisation: TestOrganisation;
let organizer: Actor;
let otherOrganizer: Actor;
let member: Actor;
let counter: Actor;
let counter2: Actor;
const asActor = async (userId: string) => (await loadActor(userId, 1))!;

beforeAll(async () => {
  province = await createProvince(db);
  [organisation, otherOrganisation] = await Promise.all([createOrganisation(db, province), createOrganisation(db, province)]);
  organizer = await asActor((await createUser(db, "ORGANIZER", organisation.id)).id);
  otherOrganizer = await asActor((await createUser(db, "ORGANIZER", otherOrganisation.id)).id);
  member = await asActor((await createUser(db, "MEMBER", organisation.id)).id);
  counter = await asActor((await createUser(db, "MEMBER", organisation.id, undefined, "Lò Văn Kiểm")).id);
  counter2 = await asActor((await createUser(db, "SUBCOMMITTEE_LEAD", organisation.id, undefined, "Hà Thị Phiếu")).id);
});

function call<T = unknown>(name: string, actor: Actor, input: unknown) {
  const def = registeredActions().get(name);
  if (!def) throw new Error(`no action ${name}`);
  return executeAction<T>(def, actor, input);
}

const candidate = (name: string, over: Record<string, unknown> = {}) => ({
  delegateId: "",
  fullName: name,
  gender: "MALE",
  birth: "1978",
  ethnicity: "Kinh",
  position: "",
  sector: "PARTY",
  tenure: "RE_ELECTED",
  standingCommittee: false,
  screeningNotes: "",
  steps: [],
  ...over,
});
const scheme = (congressId: string, version: number | null, committeeSize = "3") => ({
  congressId,
  version,
  committeeSize,
  standingCommitteeSize: "1",
  previousCommitteeSize: "5",
  marginMinPercent: "10",
  marginMaxPercent: "15",
  notes: "",
  targets: [{ metric: "WOMEN", minPercent: "15", maxPercent: "" }],
});

describe("personnel scheme", () => {
  it("the organizer and the personnel sub-committee build it; the list locks only with more candidates than seats", async () => {
    const place = await createFreshCongress(db, organisation);
    await addToPersonnelSubCommittee(db, place, member.userId);
    const saved = await call<{ version: number; committeeSize: number }>("personnel.save-scheme", organizer, scheme(place.congressId, null));
    expect(saved).toMatchObject({ ok: true, data: { committeeSize: 3, version: 1 } });

    for (const name of ["Nguyễn Văn An", "Lò Thị Bình", "Trần Văn Cường"]) {
      expect((await call("personnel.add-candidate", member, { congressId: place.congressId, candidate: candidate(name, name.includes("Thị") ? { gender: "FEMALE", ethnicity: "Thái" } : {}) })).ok).toBe(true);
    }
    // Three candidates for three seats: the rule wants more candidates than seats.
    expect(await call("personnel.lock", member, { congressId: place.congressId, version: 1 })).toMatchObject({ ok: false, code: "TOO_FEW_CANDIDATES" });
    expect((await db.personnelScheme.findUniqueOrThrow({ where: { congressId: place.congressId } })).status).toBe("DRAFT");

    expect((await call("personnel.add-candidate", organizer, { congressId: place.congressId, candidate: candidate("Hoàng Văn Dũng", { tenure: "FIRST_TIME", steps: [{ step: 2, heldOn: "10/03/2030", percent: "86,5" }] }) })).ok).toBe(true);
    const step = await db.personnelIntroductionStep.findFirstOrThrow({ where: { congressId: place.congressId } });
    expect(step).toMatchObject({ step: 2, percent: 86.5 });

    // A member outside the personnel sub-committee, and another organisation, are refused.
    const outsider = await asActor((await createUser(db, "MEMBER", organisation.id)).id);
    expect(await call("personnel.lock", outsider, { congressId: place.congressId, version: 1 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await call("personnel.lock", otherOrganizer, { congressId: place.congressId, version: 1 })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // Approving is the standing committee's: not the sub-committee's.
    expect(await call("personnel.approve", member, { congressId: place.congressId, version: 1 })).toMatchObject({ ok: false, code: "FORBIDDEN" });

    expect(await call("personnel.lock", member, { congressId: place.congressId, version: 1 })).toMatchObject({ ok: true, data: { status: "LOCKED" } });
    expect(await call("personnel.add-candidate", organizer, { congressId: place.congressId, candidate: candidate("Vi Văn Em") })).toMatchObject({ ok: false, code: "SCHEME_LOCKED" });
    expect(await call("personnel.approve", organizer, { congressId: place.congressId, version: 2 })).toMatchObject({ ok: true, data: { status: "APPROVED" } });
    const audit = await db.auditEntry.findMany({ where: { action: { startsWith: "personnel." }, organisationId: organisation.id, entityType: "personnelCandidate" } });
    // The audit of a candidate never holds their name (personal data).
    expect(JSON.stringify(audit, (_k, v) => (typeof v === "bigint" ? v.toString() : v))).not.toContain("Lò Thị Bình");
  });

  it("a save from an older version is refused with the newer values", async () => {
    const place = await createFreshCongress(db, organisation);
    await call("personnel.save-scheme", organizer, scheme(place.congressId, null));
    expect((await call("personnel.save-scheme", organizer, scheme(place.congressId, 1, "35"))).ok).toBe(true);
    const stale = await call("personnel.save-scheme", organizer, scheme(place.congressId, 1, "33"));
    expect(stale).toMatchObject({ ok: false, code: "VERSION_CONFLICT", current: { committeeSize: 35, version: 2 } });
  });
});

describe("the count of the ballot boxes", () => {
  /** A round of 3 candidates for 2 seats, `present` official delegates on the roster, all checked in. */
  async function openRound(place: CongressPlace, present = 100) {
    await addToCountingCommittee(db, place, counter.userId, "HEAD");
    await addToCountingCommittee(db, place, counter2.userId);
    await createAttendance(db, place, { present });
    const election = await createElectionWithCandidates(db, place, { seats: 2, candidates: 3 });
    const round = await createRound(db, place, election, { seats: 2, ballotsIssued: present, convened: present });
    return { election, roundId: round.id, c: election.candidateIds };
  }
  const box = (roundId: string, c: string[], n: number, counts: { received: number; valid: number; invalid: number; votes: number[] }, version: number | null = null) => ({
    roundId,
    box: n,
    version,
    ballotsReceived: counts.received,
    valid: counts.valid,
    invalid: counts.invalid,
    votes: c.map((candidateId, i) => ({ candidateId, votes: counts.votes[i]! })),
  });

  it("refuses a count whose totals do not add up, says why, and writes nothing", async () => {
    const place = await createFreshCongress(db, organisation);
    const { roundId, c } = await openRound(place);
    const auditBefore = await db.auditEntry.count({ where: { action: "ballot-count.enter", organisationId: organisation.id } });

    const mismatch = await call("ballot-count.enter", counter, box(roundId, c, 1, { received: 50, valid: 45, invalid: 4, votes: [40, 30, 20] }));
    expect(mismatch).toMatchObject({ ok: false, code: "COUNT_DOES_NOT_ADD_UP", fieldErrors: { ballotsReceived: ["elections.count.errors.RECEIVED_MISMATCH"] } });
    const overSeats = await call("ballot-count.enter", counter, box(roundId, c, 1, { received: 50, valid: 45, invalid: 5, votes: [45, 45, 1] }));
    expect(overSeats).toMatchObject({ ok: false, code: "COUNT_DOES_NOT_ADD_UP", fieldErrors: { _form: ["elections.count.errors.MARKS_OVER_SEATS"] } });
    const overValid = await call("ballot-count.enter", counter, box(roundId, c, 1, { received: 50, valid: 45, invalid: 5, votes: [46, 10, 10] }));
    expect(overValid).toMatchObject({ ok: false, code: "COUNT_DOES_NOT_ADD_UP", fieldErrors: { "votes.0.votes": ["elections.count.errors.VOTES_OVER_VALID"] } });
    const overIssued = await call("ballot-count.enter", counter, box(roundId, c, 1, { received: 101, valid: 100, invalid: 1, votes: [90, 80, 20] }));
    expect(overIssued).toMatchObject({ ok: false, code: "COUNT_DOES_NOT_ADD_UP", fieldErrors: { _form: ["elections.count.errors.RECEIVED_OVER_ISSUED"] } });

    expect(await db.ballotBoxCount.count({ where: { roundId } })).toBe(0);
    expect(await db.ballotBoxVote.count({ where: { count: { roundId } } })).toBe(0);
    expect(await db.auditEntry.count({ where: { action: "ballot-count.enter", organisationId: organisation.id } })).toBe(auditBefore);
  });

  it("two counters entering the same box at once: one wins, the other gets the winner's count", async () => {
    const place = await createFreshCongress(db, organisation);
    const { roundId, c } = await openRound(place);
    const [a, b] = await Promise.all([
      call("ballot-count.enter", counter, box(roundId, c, 1, { received: 50, valid: 48, invalid: 2, votes: [40, 30, 20] })),
      call("ballot-count.enter", counter2, box(roundId, c, 1, { received: 50, valid: 49, invalid: 1, votes: [41, 30, 20] })),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const loser = (a.ok ? b : a) as { code: string; current: { valid: number } };
    expect(loser.code).toBe("VERSION_CONFLICT");
    const rows = await db.ballotBoxCount.findMany({ where: { roundId } });
    expect(rows).toHaveLength(1);
    expect(loser.current.valid).toBe(rows[0]!.valid);

    // A re-entry over the version read wins once; a second one from the same old version is refused.
    const again = box(roundId, c, 1, { received: 50, valid: 47, invalid: 3, votes: [40, 30, 20] }, 1);
    expect((await call("ballot-count.enter", counter, again)).ok).toBe(true);
    expect(await call("ballot-count.enter", counter2, { ...again, valid: 46, invalid: 4 })).toMatchObject({ ok: false, code: "VERSION_CONFLICT" });
    // Only the counting committee counts: a member who is not on it is refused.
    expect(await call("ballot-count.enter", member, box(roundId, c, 2, { received: 10, valid: 10, invalid: 0, votes: [5, 5, 5] }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await call("ballot-count.enter", otherOrganizer, box(roundId, c, 2, { received: 10, valid: 10, invalid: 0, votes: [5, 5, 5] }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("a closed round cannot change except by an audited correction, which the results then use", async () => {
    const place = await createFreshCongress(db, organisation);
    const { election, roundId, c } = await openRound(place);
    expect((await call("ballot-count.enter", counter, box(roundId, c, 1, { received: 60, valid: 58, invalid: 2, votes: [50, 20, 40] }))).ok).toBe(true);
    expect((await call("ballot-count.enter", counter2, box(roundId, c, 2, { received: 38, valid: 38, invalid: 0, votes: [30, 10, 25] }))).ok).toBe(true);
    expect(await call("ballot-count.close-round", counter, { roundId, version: 1 })).toMatchObject({ ok: true, data: { elected: 2 } });

    // Through the app: refused, nothing written.
    expect(await call("ballot-count.enter", counter, box(roundId, c, 1, { received: 60, valid: 60, invalid: 0, votes: [50, 20, 40] }, 1))).toMatchObject({ ok: false, code: "ROUND_CLOSED" });
    expect(await call("ballot-count.enter", counter, box(roundId, c, 3, { received: 1, valid: 1, invalid: 0, votes: [1, 0, 0] }))).toMatchObject({ ok: false, code: "ROUND_CLOSED" });
    // In the database itself, whatever the client.
    const first = await db.ballotBoxCount.findFirstOrThrow({ where: { roundId, box: 1 } });
    await expect(db.ballotBoxCount.update({ where: { id: first.id }, data: { valid: 60 } })).rejects.toThrow(/closed/);
    await expect(db.ballotBoxVote.updateMany({ where: { countId: first.id }, data: { votes: 1 } })).rejects.toThrow(/closed/);
    await expect(db.ballotBoxCount.delete({ where: { id: first.id } })).rejects.toThrow(/closed/);
    await expect(db.electionRound.update({ where: { id: roundId }, data: { status: "OPEN" } })).rejects.toThrow(/closed/);

    // The correction: a new entry over revision 1, with its reason; the first entry stays.
    const correction = { ...box(roundId, c, 2, { received: 38, valid: 38, invalid: 0, votes: [30, 12, 25] }), version: undefined, revision: 1, reason: "Đọc nhầm số phiếu của người thứ hai" };
    expect(await call("ballot-count.correct", counter, { ...correction, reason: "" })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await call("ballot-count.correct", counter, correction)).toMatchObject({ ok: true, data: { revision: 2 } });
    expect(await call("ballot-count.correct", counter2, correction)).toMatchObject({ ok: false, code: "VERSION_CONFLICT" });
    expect(await db.ballotBoxCount.count({ where: { roundId, box: 2 } })).toBe(2);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "ballot-count.correct", actorId: counter.userId }, orderBy: { at: "desc" } });
    expect(audit.after).toMatchObject({ box: 2, revision: 2, corrects: 1, reason: "Đọc nhầm số phiếu của người thứ hai", votes: { [c[1]!]: 12 } });
    expect(audit.actorEmail).toBe(counter.email);

    const view = await getElection(organizer, election.id, { id: place.congressId, opening: "2030-06-08" }, "2030-06-08");
    const round = view.rounds[0]!;
    expect(round.totals).toMatchObject({ ballotsReceived: 98, valid: 96, invalid: 2 });
    expect(round.totals.votes[c[1]!]).toBe(32);
    expect(round.history).toHaveLength(3);
    // 100 official delegates convened and present: 80 and 65 pass (more than 50); 32 does not. The
    // percentages are of the base (100), not of the 96 valid ballots.
    expect(round.base).toMatchObject({ kind: "DELEGATES", convened: 100, base: 100, needed: 51 });
    expect(view.elected.map((e) => e.id).sort()).toEqual([c[0]!, c[2]!].sort());
    expect(round.decision.results.find((r) => r.candidateId === c[0])).toMatchObject({ votes: 80, percent: 80, outcome: "ELECTED" });

    // Deleting the election still works: the cascade goes through the frozen counts.
    await db.election.delete({ where: { id: election.id } });
    expect(await db.ballotBoxCount.count({ where: { roundId } })).toBe(0);
  });

  it("a tie at the last seat opens a further round among the tied (Art. 32); a correction of round 1 is then refused", async () => {
    const place = await createFreshCongress(db, organisation);
    const { election, roundId, c } = await openRound(place, 60);
    // 60 valid: the first has 55, the other two 32 each (both more than half) for the one seat left.
    expect((await call("ballot-count.enter", counter, box(roundId, c, 1, { received: 60, valid: 60, invalid: 0, votes: [55, 32, 32] }))).ok).toBe(true);
    expect((await call("ballot-count.close-round", counter, { roundId, version: 1 })).ok).toBe(true);
    const opened = await call<{ number: number }>("election.open-round", organizer, { electionId: election.id, delegatesPresent: "60", ballotsIssued: "60" });
    expect(opened).toMatchObject({ ok: true, data: { number: 2 } });
    const second = await db.electionRound.findFirstOrThrow({ where: { electionId: election.id, number: 2 } });
    expect(second.seats).toBe(1);
    expect([...second.candidateIds].sort()).toEqual([c[1]!, c[2]!].sort());
    expect(await call("election.open-round", organizer, { electionId: election.id, delegatesPresent: "60", ballotsIssued: "60" })).toMatchObject({ ok: false, code: "ROUND_OPEN" });
    // Round 2 was drawn from round 1's outcome: round 1 is no longer corrected, neither its counts nor its base.
    const correction = { ...box(roundId, c, 1, { received: 60, valid: 60, invalid: 0, votes: [55, 33, 32] }), version: undefined, revision: 1, reason: "Đọc nhầm" };
    expect(await call("ballot-count.correct", counter, correction)).toMatchObject({ ok: false, code: "LATER_ROUND_COUNTED" });
    expect(await call("ballot-count.correct-base", counter, { roundId, baseRevision: 1, reason: "Điểm danh ghi muộn" })).toMatchObject({ ok: false, code: "LATER_ROUND_COUNTED" });
    expect(await db.ballotBoxCount.count({ where: { roundId } })).toBe(1);
  });

  it("two corrections of two boxes of one round, racing: the round never holds more ballots than issued", async () => {
    const place = await createFreshCongress(db, organisation);
    const { roundId, c } = await openRound(place);
    expect((await call("ballot-count.enter", counter, box(roundId, c, 1, { received: 45, valid: 45, invalid: 0, votes: [40, 30, 20] }))).ok).toBe(true);
    expect((await call("ballot-count.enter", counter2, box(roundId, c, 2, { received: 45, valid: 45, invalid: 0, votes: [40, 30, 20] }))).ok).toBe(true);
    expect((await call("ballot-count.close-round", counter, { roundId, version: 1 })).ok).toBe(true);
    // Each correction alone fits the 100 ballots issued (55 + 45); both together would make 110.
    const fix = (n: number) => ({ ...box(roundId, c, n, { received: 55, valid: 55, invalid: 0, votes: [50, 40, 20] }), version: undefined, revision: 1, reason: `Hòm ${n} đếm sót 10 phiếu` });
    const results = await Promise.all([call("ballot-count.correct", counter, fix(1)), call("ballot-count.correct", counter2, fix(2))]);
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "COUNT_DOES_NOT_ADD_UP", fieldErrors: { _form: ["elections.count.errors.RECEIVED_OVER_ISSUED"] } });
    const view = await getElection(organizer, (await db.electionRound.findUniqueOrThrow({ where: { id: roundId } })).electionId, { id: place.congressId, opening: "2030-06-08" }, "2030-06-08");
    expect(view.rounds[0]!.totals.ballotsReceived).toBe(100);
    expect(view.elected.length).toBeLessThanOrEqual(2);
    // The one that went through is audited with its reason.
    expect(await db.auditEntry.count({ where: { action: "ballot-count.correct", entityId: { in: (await db.ballotBoxCount.findMany({ where: { roundId, revision: 2 }, select: { id: true } })).map((x) => x.id) } } })).toBe(1);
  });
});

describe("the base of the majority from the congress's roster (Quy chế bầu cử, 244-QĐ/TW Art. 32 cl. 3)", () => {
  it("official delegates convened, less the convening committee's members and the unreplaced delegates absent throughout; frozen at the count, changed only by an audited correction", async () => {
    const place = await createFreshCongress(db, organisation);
    await addToCountingCommittee(db, place, counter.userId, "HEAD");
    // 245 present; 2 absent unreplaced; 1 absent replaced by an alternate; 1 ex-officio absent; 3 rejected.
    const { absent } = await createAttendance(db, place, { present: 245, absentUnreplaced: 2, replaced: 1, committeeAbsent: 1, rejected: 3 });
    const election = await createElectionWithCandidates(db, place, { seats: 2, candidates: 3 });
    // A members' exclusion has no place at a delegates' congress: refused, not ignored.
    expect(await call("election.open-round", organizer, { electionId: election.id, delegatesPresent: "246", ballotsIssued: "246", exclusions: { TEMPORARILY_ATTACHED: "", EXCUSED_NOT_PRESENT: "", SUSPENDED: "1", ABSENT_WITH_REASON: "" } })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { _form: ["elections.errors.exclusionsNotMembers"] } });
    const opened = await call<{ id: string }>("election.open-round", organizer, { electionId: election.id, delegatesPresent: "246", ballotsIssued: "246" });
    expect(opened.ok).toBe(true);
    const roundId = (opened as { data: { id: string } }).data.id;
    const row = await db.electionRound.findUniqueOrThrow({ where: { id: roundId } });
    // Convened: 245 + 2 + 1 (the replaced official stays) + 1 ex officio = 249; base 249 − 1 − 2 = 246.
    expect(row).toMatchObject({ baseKind: "DELEGATES", convened: 249, base: 246, baseExclusions: { COMMITTEE_ABSENT: 1, ABSENT_UNREPLACED: 2 } });

    const c = election.candidateIds;
    // 240 valid ballots: 121 would be more than half of them, but the base counts delegates, not ballots.
    expect((await call("ballot-count.enter", counter, { roundId, box: 1, version: null, ballotsReceived: 246, valid: 240, invalid: 6, votes: [{ candidateId: c[0], votes: 200 }, { candidateId: c[1], votes: 124 }, { candidateId: c[2], votes: 123 }] })).ok).toBe(true);
    // One absent delegate checks in before the count: the base is taken again at the close (247).
    await db.delegate.update({ where: { id: absent[0]! }, data: { checkedInAt: new Date() } });
    expect((await call("ballot-count.close-round", counter, { roundId, version: 1 })).ok).toBe(true);
    let view = await getElection(organizer, election.id, { id: place.congressId, opening: "2030-06-08" }, "2030-06-08");
    expect(view.rounds[0]!.base).toMatchObject({ convened: 249, base: 247, needed: 124 });
    expect(view.elected.map((e) => e.id).sort()).toEqual([c[0], c[1]].sort());

    // A later roster change does not move the counted result …
    await db.delegate.update({ where: { id: absent[1]! }, data: { checkedInAt: new Date() } });
    view = await getElection(organizer, election.id, { id: place.congressId, opening: "2030-06-08" }, "2030-06-08");
    expect(view.rounds[0]!.base.base).toBe(247);
    // … nor can the database be made to, without a correction and its reason …
    await expect(db.electionRound.update({ where: { id: roundId }, data: { base: 248 } })).rejects.toThrow(/closed/);
    // … which takes the base again, audited with before and after: 248 needs 125, so 124 no longer elects.
    expect(await call("ballot-count.correct-base", counter, { roundId, baseRevision: 1, reason: "" })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await call("ballot-count.correct-base", counter, { roundId, baseRevision: 1, reason: "Đại biểu có mặt, điểm danh ghi muộn" })).toMatchObject({ ok: true, data: { baseRevision: 2, base: 248 } });
    expect(await call("ballot-count.correct-base", counter2, { roundId, baseRevision: 1, reason: "Lần nữa" })).toMatchObject({ ok: false });
    view = await getElection(organizer, election.id, { id: place.congressId, opening: "2030-06-08" }, "2030-06-08");
    expect(view.rounds[0]).toMatchObject({ baseRevision: 2, baseCorrectionReason: "Đại biểu có mặt, điểm danh ghi muộn", base: { base: 248, needed: 125 } });
    expect(view.elected.map((e) => e.id)).toEqual([c[0]]);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "ballot-count.correct-base", entityId: roundId } });
    expect(audit.before).toMatchObject({ base: 247, baseRevision: 1, elected: [c[0], c[1]] });
    expect(audit.after).toMatchObject({ base: 248, baseRevision: 2, reason: "Đại biểu có mặt, điểm danh ghi muộn", elected: [c[0]] });
  });

  it("the list: a nomination at the congress needs more than 30% of those present (30% refused and recorded, 31% accepted), and never more than 30% above the seats", async () => {
    const place = await createFreshCongress(db, organisation);
    const election = await createElectionWithCandidates(db, place, { seats: 10, candidates: 11 });
    const nomination = (agreeing: string) => ({ electionId: election.id, source: "NOMINATED", delegateId: "", fullName: `Vàng Văn ${Math.random().toString(36).slice(2, 7)}`, gender: "MALE", birth: "1982", ethnicity: "Mông", position: "", nominatedBy: "Đoàn đại biểu số 3", agreeing, present: "100" });
    // 30% is not more than 30%: the nomination is recorded as refused, with its vote, and audited.
    const refused = await call<{ id: string; admitted: boolean }>("election.nominate", organizer, nomination("30"));
    expect(refused).toMatchObject({ ok: true, data: { admitted: false } });
    const refusedId = (refused as { data: { id: string } }).data.id;
    expect(await db.electionCandidate.findUniqueOrThrow({ where: { id: refusedId } })).toMatchObject({ admitted: false, admissionAgreeing: 30, admissionPresent: 100, nominatedBy: "Đoàn đại biểu số 3" });
    expect(await db.auditEntry.findFirst({ where: { action: "election.nominate", entityId: refusedId } })).toMatchObject({ entityType: "electionCandidate", after: { agreeing: 30, present: 100, admitted: false } });
    expect(await call("election.nominate", organizer, nomination("31"))).toMatchObject({ ok: true, data: { admitted: true } });
    expect(await db.electionCandidate.findFirst({ where: { electionId: election.id, source: "NOMINATED", admitted: true } })).toMatchObject({ admissionAgreeing: 31, admissionPresent: 100 });
    // 10 seats: at most 13 candidates (30% above). The 13th enters, the 14th is refused.
    expect(await call("election.nominate", organizer, nomination("60"))).toMatchObject({ ok: true });
    expect(await call("election.nominate", organizer, nomination("60"))).toMatchObject({ ok: false, code: "LIST_OVER_30_PERCENT" });
    // A refused one is still recorded on a full list: it takes no place on it.
    expect(await call("election.nominate", organizer, nomination("10"))).toMatchObject({ ok: true, data: { admitted: false } });
    expect(await db.electionCandidate.count({ where: { electionId: election.id, admitted: true } })).toBe(13);
    const view = await getElection(organizer, election.id, { id: place.congressId, opening: "2030-06-08" }, "2030-06-08");
    expect(view.candidates).toHaveLength(13);
    expect(view.refusedNominations.map((c) => c.admissionAgreeing).sort()).toEqual([10, 30]);
  });

});

describe("a members' congress (đại hội đảng viên; Quy chế bầu cử trong Đảng, 244-QĐ/TW Điều 32, kept by 190-QĐ/TW)", () => {
  it("the congress records its kind: a delegates' congress by default, a members' congress when set, kept when an edit leaves it out", async () => {
    const fresh = await createOrganisation(db, province);
    const own = await asActor((await createUser(db, "ORGANIZER", fresh.id)).id);
    const c = await db.congress.findUniqueOrThrow({ where: { id: fresh.congressId } });
    expect(c.kind).toBe("DELEGATES");
    const edit = { congressId: c.id, version: c.version, ordinal: c.ordinal, termStart: c.termStart, termEnd: c.termEnd, plannedOpening: "08/06/2030", plannedClosing: "", venue: "", isPilot: false };
    expect(await call("congress.update", own, { ...edit, kind: "MEMBERS" })).toMatchObject({ ok: true });
    expect((await db.congress.findUniqueOrThrow({ where: { id: c.id } })).kind).toBe("MEMBERS");
    expect(await call("congress.update", own, { ...edit, version: c.version + 1, venue: "Hội trường chi bộ" })).toMatchObject({ ok: true });
    expect((await db.congress.findUniqueOrThrow({ where: { id: c.id } })).kind).toBe("MEMBERS");
    expect(await call("congress.update", own, { ...edit, version: c.version + 2, kind: "OTHER" })).toMatchObject({ ok: false, code: "VALIDATION" });
  });

  it("elects with more than half of the full members convened less the exclusions the rule names, each counted on its own, not of the valid ballots", async () => {
    // A cell of 30 full members gathers them all.
    const cell = await db.unit.create({ data: { code: unique("CB"), name: `Chi bộ ${unique()}`, kind: "GRASSROOTS_CELL", parentId: organisation.id, provinceId: organisation.provinceId, organisationId: organisation.id, memberCount: 30 }, select: { id: true } });
    const congress = await db.congress.create({ data: { unitId: cell.id, provinceId: organisation.provinceId, organisationId: organisation.id, ordinal: 12, termStart: 2030, termEnd: 2035, plannedOpening: new Date("2030-03-08T00:00:00Z"), kind: "MEMBERS" }, select: { id: true } });
    const place: CongressPlace = { congressId: congress.id, provinceId: organisation.provinceId, organisationId: organisation.id };
    await addToCountingCommittee(db, place, counter.userId, "HEAD");
    const election = await createElectionWithCandidates(db, place, { kind: "EXECUTIVE_COMMITTEE", seats: 2, candidates: 3 });
    const c = election.candidateIds;
    const open = (exclusions: Record<string, string>) => call<{ id: string }>("election.open-round", organizer, { electionId: election.id, delegatesPresent: "24", ballotsIssued: "24", exclusions });

    // More members excluded than convened: refused, nothing written.
    expect(await open({ TEMPORARILY_ATTACHED: "20", EXCUSED_NOT_PRESENT: "", SUSPENDED: "11", ABSENT_WITH_REASON: "0" })).toMatchObject({ ok: false, code: "EXCLUSIONS_OVER_CONVENED" });
    expect(await db.electionRound.count({ where: { electionId: election.id } })).toBe(0);

    // 30 convened, less 2 attached elsewhere, 1 suspended, 3 absent with a reason: base 24, 13 elect.
    const opened = await open({ TEMPORARILY_ATTACHED: "2", EXCUSED_NOT_PRESENT: "", SUSPENDED: "1", ABSENT_WITH_REASON: "3" });
    expect(opened.ok).toBe(true);
    const roundId = (opened as { data: { id: string } }).data.id;
    expect(await db.electionRound.findUniqueOrThrow({ where: { id: roundId } })).toMatchObject({ baseKind: "MEMBERS", convened: 30, base: 24, baseExclusions: { TEMPORARILY_ATTACHED: 2, SUSPENDED: 1, ABSENT_WITH_REASON: 3 } });
    expect(await db.auditEntry.findFirst({ where: { action: "election.open-round", entityId: roundId } })).toMatchObject({ after: { baseKind: "MEMBERS", base: 24 } });

    // 22 valid ballots: 12 is more than half of them, but half of the base only; 13 elects.
    const votes = [19, 13, 12];
    expect((await call("ballot-count.enter", counter, { roundId, box: 1, version: null, ballotsReceived: 24, valid: 22, invalid: 2, votes: c.map((candidateId, i) => ({ candidateId, votes: votes[i] })) })).ok).toBe(true);
    // The close takes the base again: the members convened from the unit, the exclusions as entered.
    expect(await call("ballot-count.close-round", counter, { roundId, version: 1 })).toMatchObject({ ok: true, data: { elected: 2 } });
    const view = await getElection(organizer, election.id, { id: congress.id, opening: "2030-03-08" }, "2030-03-08");
    expect(view.rounds[0]!.base).toMatchObject({ kind: "MEMBERS", convened: 30, base: 24, needed: 13 });
    expect(view.rounds[0]!.base.lines.map((l) => l.key)).toEqual(["CONVENED", "TEMPORARILY_ATTACHED", "SUSPENDED", "ABSENT_WITH_REASON", "BASE", "NEEDED"]);
    expect(view.elected.map((e) => e.id).sort()).toEqual([c[0], c[1]].sort());
    expect(view.rounds[0]!.decision.results.find((r) => r.candidateId === c[2])).toMatchObject({ votes: 12, percent: 50, outcome: "NOT_ELECTED" });
    // The minutes state the members' base and its derivation.
    const loaded = await load(organizer, "congress", congress.id, "delegate.read");
    const paper = await electionDocument("minutes", "pdf", loaded, view, await listCounters(organizer, congress.id));
    const text = (await pdfText(Buffer.from(await new Response(paper.body).arrayBuffer()))).text.replace(/\s+/g, " ");
    for (const line of ["Tổng số đảng viên chính thức được triệu tập: 30", "Trừ đảng viên đã giới thiệu sinh hoạt tạm thời ở đảng bộ khác: 2", "Trừ đảng viên chính thức vắng mặt suốt thời gian đại hội có lý do được cấp ủy đồng ý: 3", "Cơ sở tính kết quả: 24", "Số phiếu tối thiểu để trúng cử (quá một nửa): 13", "Số đảng viên có mặt: 24"]) expect(text).toContain(line);

    // A correction of the base may enter the exclusions again, audited: 1 fewer absent, base 25, 13 still elect.
    expect(await call("ballot-count.correct-base", counter, { roundId, baseRevision: 1, reason: "Một đồng chí vắng có lý do đã đến dự", exclusions: { TEMPORARILY_ATTACHED: "2", EXCUSED_NOT_PRESENT: "0", SUSPENDED: "1", ABSENT_WITH_REASON: "2" } })).toMatchObject({ ok: true, data: { base: 25 } });
    expect(await db.auditEntry.findFirst({ where: { action: "ballot-count.correct-base", entityId: roundId } })).toMatchObject({ before: { base: 24 }, after: { base: 25, baseExclusions: { ABSENT_WITH_REASON: 2 } } });
  });

  it("a members' congress whose unit has no member count has no base: refused", async () => {
    const cell = await db.unit.create({ data: { code: unique("CB"), name: `Chi bộ ${unique()}`, kind: "GRASSROOTS_CELL", parentId: organisation.id, provinceId: organisation.provinceId, organisationId: organisation.id }, select: { id: true } });
    const congress = await db.congress.create({ data: { unitId: cell.id, provinceId: organisation.provinceId, organisationId: organisation.id, ordinal: 12, termStart: 2030, termEnd: 2035, kind: "MEMBERS" }, select: { id: true } });
    const election = await createElectionWithCandidates(db, { congressId: congress.id, provinceId: organisation.provinceId, organisationId: organisation.id }, { seats: 1, candidates: 2 });
    expect(await call("election.open-round", organizer, { electionId: election.id, delegatesPresent: "5", ballotsIssued: "5" })).toMatchObject({ ok: false, code: "NO_MEMBER_COUNT" });
  });

  it("a congress's kind no longer changes once a round was opened: its base was taken under it", async () => {
    const fresh = await createOrganisation(db, province);
    const own = await asActor((await createUser(db, "ORGANIZER", fresh.id)).id);
    const c = await db.congress.findUniqueOrThrow({ where: { id: fresh.congressId } });
    const place: CongressPlace = { congressId: c.id, provinceId: fresh.provinceId, organisationId: fresh.id };
    await createAttendance(db, place, { present: 10 });
    const election = await createElectionWithCandidates(db, place, { seats: 1, candidates: 2 });
    expect((await call("election.open-round", own, { electionId: election.id, delegatesPresent: "10", ballotsIssued: "10" })).ok).toBe(true);
    const edit = { congressId: c.id, version: c.version, ordinal: c.ordinal, termStart: c.termStart, termEnd: c.termEnd, plannedOpening: "08/06/2030", plannedClosing: "", venue: "", isPilot: false };
    expect(await call("congress.update", own, { ...edit, kind: "MEMBERS" })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { kind: ["congressErrors.kindAfterVoting"] } });
    expect(await call("congress.update", own, { ...edit, kind: "DELEGATES", venue: "Hội trường" })).toMatchObject({ ok: true });
  });
});

describe("the new committee's first meeting and the approval (chuẩn y)", () => {
  const counted = async (roundId: string, ids: string[], votes: number[], voters: number) => {
    expect((await call("ballot-count.enter", counter, { roundId, box: 1, version: null, ballotsReceived: voters, valid: voters, invalid: 0, votes: ids.map((candidateId, i) => ({ candidateId, votes: votes[i] })) })).ok).toBe(true);
    return call("ballot-count.close-round", counter, { roundId, version: 1 });
  };
  const open = async (electionId: string, present: number) => call<{ id: string }>("election.open-round", organizer, { electionId, delegatesPresent: String(present), ballotsIssued: String(present) });

  it("the standing committee is elected by the new committee's members, their number the base; the results await the upper committee's approval", async () => {
    const place = await createFreshCongress(db, organisation);
    await addToCountingCommittee(db, place, counter.userId, "HEAD");
    await createAttendance(db, place, { present: 10 });
    const standing = await createElectionWithCandidates(db, place, { kind: "STANDING_COMMITTEE", seats: 1, candidates: 2 });
    // No new committee yet: the first meeting has no base.
    expect(await open(standing.id, 3)).toMatchObject({ ok: false, code: "NO_NEW_COMMITTEE" });

    const committee = await createElectionWithCandidates(db, place, { kind: "EXECUTIVE_COMMITTEE", seats: 3, candidates: 4 });
    const round = await open(committee.id, 10);
    expect(round.ok).toBe(true);
    expect(await counted((round as { data: { id: string } }).data.id, committee.candidateIds, [9, 8, 7, 2], 10)).toMatchObject({ ok: true, data: { elected: 3 } });

    // The first meeting: 3 members convened, 2 votes elect.
    const first = await open(standing.id, 3);
    expect(first.ok).toBe(true);
    const firstId = (first as { data: { id: string } }).data.id;
    expect(await db.electionRound.findUniqueOrThrow({ where: { id: firstId } })).toMatchObject({ baseKind: "FIRST_MEETING", convened: 3, base: 3 });
    expect(await counted(firstId, standing.candidateIds, [2, 1], 3)).toMatchObject({ ok: true, data: { elected: 1 } });
    const view = await getElection(organizer, standing.id, { id: place.congressId, opening: "2030-06-08" }, "2030-06-08");
    expect(view.rounds[0]!.base).toMatchObject({ kind: "FIRST_MEETING", base: 3, needed: 2 });
    expect(view.elected.map((c) => c.id)).toEqual([standing.candidateIds[0]]);

    // The approval: recorded once, audited; not before the count ends.
    expect(view.approval).toBeNull();
    const approve = { electionId: committee.id, version: 1, decision: "Quyết định số 1234-QĐ/TU", approvedOn: "20/06/2030" };
    expect(await call("election.approve", member, approve)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await call("election.approve", organizer, approve)).toMatchObject({ ok: true });
    expect(await call("election.approve", organizer, { ...approve, version: 2 })).toMatchObject({ ok: false, code: "ALREADY_APPROVED" });
    const approved = await getElection(organizer, committee.id, { id: place.congressId, opening: "2030-06-08" }, "2030-06-08");
    expect(approved.approval).toMatchObject({ decision: "Quyết định số 1234-QĐ/TU", approvedOn: "2030-06-20" });
    expect(await db.auditEntry.findFirst({ where: { action: "election.approve", entityId: committee.id } })).toMatchObject({ after: { approvalDecision: "Quyết định số 1234-QĐ/TU", elected: 3 } });
    const pending = await createElectionWithCandidates(db, place, { kind: "SECRETARY", seats: 1, candidates: 1 });
    expect(await call("election.approve", organizer, { ...approve, electionId: pending.id })).toMatchObject({ ok: false, code: "NOT_COUNTED" });
  });
});

describe("the elections' rows and the scope guards", () => {
  it("every table with a congress and an organisation column has the scope guard trigger", async () => {
    const missing = await db.$queryRaw<{ table_name: string }[]>`
      SELECT c.table_name FROM information_schema.columns c
      JOIN information_schema.columns d ON d.table_schema = c.table_schema AND d.table_name = c.table_name AND d.column_name = 'organisation_id'
      WHERE c.table_schema = current_schema() AND c.column_name = 'congress_id'
        AND NOT EXISTS (SELECT 1 FROM pg_trigger t JOIN pg_class r ON r.oid = t.tgrelid WHERE r.relname = c.table_name AND t.tgname = 'scope_guard')`;
    expect(missing.map((m) => m.table_name)).toEqual([]);
  });

  it("refuses an election, a candidate, a count or a counter carrying another organisation", async () => {
    const place = await createFreshCongress(db, organisation);
    const elsewhere = { provinceId: otherOrganisation.provinceId, organisationId: otherOrganisation.id };
    const refused = /province\/organisation of this .* differ/;
    await expect(db.election.create({ data: { congressId: place.congressId, ...elsewhere, kind: "OTHER", name: "Sai chỗ", seats: 1 } })).rejects.toThrow(refused);
    await expect(db.personnelScheme.create({ data: { congressId: place.congressId, ...elsewhere, committeeSize: 3, standingCommitteeSize: 1 } })).rejects.toThrow(refused);
    await expect(db.countingCommitteeMember.create({ data: { congressId: place.congressId, ...elsewhere, fullName: "Lò Văn Sai", position: "MEMBER" } })).rejects.toThrow(refused);
    const election = await createElectionWithCandidates(db, place, { candidates: 1 });
    await expect(
      db.electionCandidate.create({ data: { electionId: election.id, congressId: place.congressId, ...elsewhere, source: "NOMINATED", fullName: "Lò Văn Sai", familyName: "Lò", middleName: "Văn", givenName: "Sai", gender: "MALE", birthYear: 1980, ethnicity: "Thái" } }),
    ).rejects.toThrow(refused);
    const round = await createRound(db, place, election, { seats: 1 });
    await expect(db.ballotBoxCount.create({ data: { roundId: round.id, congressId: place.congressId, ...elsewhere, box: 1, ballotsReceived: 1, valid: 1, invalid: 0, enteredByName: "Sai" } })).rejects.toThrow(refused);
  });
});

