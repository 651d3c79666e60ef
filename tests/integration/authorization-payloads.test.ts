// The matrix checks the record an action names; these put another organisation's ids INSIDE the
// payload of an action on one's own record. Each is refused, and nothing is written.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/access";
import { loadActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { executeAction, registeredActions } from "@/lib/server/action";
import { addToCountingCommittee, addToPersonnelSubCommittee, type CongressPlace, createElectionWithCandidates, createFreshCongress, createRound, createScheme } from "@/prisma/seed/election-factories";
import { createCongressDocument, createDelegates, createMilestone, createRoleUsers, createSubCommittee, createTask, createUser, createWorld, unique, type TestOrganisation, type World } from "@/prisma/seed/factories";

vi.mock("@/lib/auth/session", () => ({ getActor: async () => null }));
for (const m of ["tasks", "documents", "delegates", "subcommittees", "elections", "personnel"]) await import(`@/lib/${m}/actions`);

const db = getDb();
let world: World;
let organizer: Actor;
const run = (name: string, input: unknown, actor: Actor = organizer) => executeAction(registeredActions().get(name)!, actor, input);
const refused = { ok: false, code: expect.stringMatching(/^(VALIDATION|NOT_FOUND|FORBIDDEN)$/) };
/** Refused by the domain's own check on the id it loads, e.g. DELEGATE_NOT_FOUND. */
const refusedAs = (code: string) => ({ ok: false, code });
const taskFields = { description: "", assigneeIds: [] as string[], dueOn: "30/06/2030", priority: "HIGH", status: "TODO" };

beforeAll(async () => {
  world = await createWorld(db);
  organizer = (await loadActor((await createRoleUsers(db, world)).ORGANIZER.id, 1))!;
});

describe("another organisation's ids inside the payload", () => {
  it("a task cannot be moved to another organisation's sub-committee or milestone", async () => {
    const task = await createTask(db, world.organisation);
    const [foreignSub, foreignMilestone] = [await createSubCommittee(db, world.otherProvinceOrganisation), await createMilestone(db, world.otherProvinceOrganisation)];
    expect(await run("task.update", { id: task.id, version: 1, title: "Chuyển đi", subCommitteeId: foreignSub.id, milestoneId: "", ...taskFields })).toMatchObject(refused);
    expect(await run("task.update", { id: task.id, version: 1, title: "Chuyển đi", subCommitteeId: "", milestoneId: foreignMilestone.id, ...taskFields })).toMatchObject(refused);
    expect(await run("task.create", { congressId: world.organisation.congressId, title: unique("Mới "), subCommitteeId: foreignSub.id, milestoneId: "", ...taskFields })).toMatchObject(refused);
    expect((await db.task.findUniqueOrThrow({ where: { id: task.id } })).version).toBe(1);
  });

  it("a document cannot be given another organisation's sub-committee as its owner", async () => {
    const doc = await createCongressDocument(db, world.organisation);
    const foreignSub = await createSubCommittee(db, world.sameProvinceOrganisation);
    expect(await run("document.update", { id: doc.id, version: 1, title: "Văn kiện", subCommitteeId: foreignSub.id, notes: "" })).toMatchObject(refused);
    expect((await db.congressDocument.findUniqueOrThrow({ where: { id: doc.id } })).subCommitteeId).toBeNull();
  });

  it("quotas cannot be set on another organisation's units, nor a delegate's home unit be one", async () => {
    const foreignUnit = world.otherProvinceOrganisation.grassroots[0]!.id;
    expect(await run("delegate.save-quotas", { congressId: world.organisation.congressId, quotas: [{ unitId: foreignUnit, seats: 3, version: null }] })).toMatchObject(refused);
    expect(await db.delegateQuota.count({ where: { unitId: foreignUnit, congressId: world.organisation.congressId } })).toBe(0);
    const delegate = { fullName: "Trần Thị Khác", gender: "FEMALE", birth: "12/05/1980", ethnicity: "Tày", partyAdmissionDate: "", educationLevel: "", theoryLevel: "", position: "", homeUnitId: foreignUnit, category: "APPOINTED", group: "", seat: "", note: "", overQuotaReason: "" };
    expect(await run("delegate.create", { congressId: world.organisation.congressId, delegate })).toMatchObject(refused);
    expect(await db.delegate.count({ where: { congressId: world.organisation.congressId, homeUnitId: foreignUnit } })).toBe(0);
  });

  it("a sub-committee member cannot be linked to another organisation's account", async () => {
    const sub = await createSubCommittee(db, world.organisation);
    const stranger = await createUser(db, "MEMBER", world.otherProvinceOrganisation.id);
    expect(await run("subcommittee.add-member", { subCommitteeId: sub.id, userId: stranger.id, fullName: "", jobTitle: "", position: "MEMBER" })).toMatchObject(refused);
    expect(await db.subCommitteeMember.count({ where: { subCommitteeId: sub.id, userId: stranger.id } })).toBe(0);
  });

  it("a user with grants in two organisations acts in each with that organisation's role only", async () => {
    const user = await createUser(db, "VIEWER", world.organisation.id);
    await db.grant.create({ data: { userId: user.id, role: "ORGANIZER", unitId: world.sameProvinceOrganisation.id } });
    const twoHats = (await loadActor(user.id, 1))!;
    const here = await createTask(db, world.organisation);
    const there = await createTask(db, world.sameProvinceOrganisation);
    expect(await run("task.delete", { id: here.id, version: 1 }, twoHats)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await run("task.delete", { id: there.id, version: 1 }, twoHats)).toMatchObject({ ok: true });
    // Organizer of the second organisation, but a task of the first cannot be moved into it.
    const sub = await createSubCommittee(db, world.sameProvinceOrganisation);
    const mine = await createTask(db, world.sameProvinceOrganisation);
    expect(await run("task.update", { id: mine.id, version: 1, title: "Chuyển", subCommitteeId: (await createSubCommittee(db, world.organisation)).id, milestoneId: "", ...taskFields }, twoHats)).toMatchObject(refused);
    expect(await run("task.update", { id: mine.id, version: 1, title: "Ở lại", subCommitteeId: sub.id, milestoneId: "", ...taskFields }, twoHats)).toMatchObject({ ok: true });
  });
});

describe("another organisation's or congress's ids inside the payload of an election or personnel action", () => {
  const placeOf = (o: TestOrganisation): CongressPlace => ({ congressId: o.congressId, provinceId: o.provinceId, organisationId: o.id });
  /** A delegate of the organisation's own (main) congress: another congress than a fresh one. */
  const delegateOf = async (o: TestOrganisation) => {
    const fullName = `Trần Văn ${unique("Khác")}`;
    return (await createDelegates(db, o, [{ fullName }])).find((d) => d.fullName === fullName)!.id;
  };
  const box = (roundId: string, candidateIds: string[]) => ({ roundId, box: 1, ballotsReceived: 50, valid: 48, invalid: 2, votes: candidateIds.map((candidateId, i) => ({ candidateId, votes: [40, 30, 20, 10][i]! })) });
  const candidateFields = (delegateId = "") => ({ delegateId, fullName: `Hà Thị ${unique("Mới")}`, gender: "FEMALE", birth: "12/05/1985", ethnicity: "Thái", position: "", sector: "GOVERNMENT", tenure: "FIRST_TIME", standingCommittee: false, screeningNotes: "", steps: [] });

  it("a nomination cannot put another organisation's or another congress's delegate on the list", async () => {
    const place = await createFreshCongress(db, world.organisation);
    const election = { ...(await createElectionWithCandidates(db, place, { seats: 4, candidates: 3 })), congressId: place.congressId };
    const nomination = { electionId: election.id, source: "NOMINATED", fullName: "", gender: "", birth: "", ethnicity: "", position: "", nominatedBy: "Đoàn đại biểu số 1", agreeing: "40", present: "100" };
    for (const delegateId of [await delegateOf(world.otherProvinceOrganisation), await delegateOf(world.sameProvinceOrganisation), await delegateOf(world.organisation)]) {
      expect(await run("election.nominate", { ...nomination, delegateId })).toMatchObject(refusedAs("DELEGATE_NOT_FOUND"));
    }
    expect(await db.electionCandidate.count({ where: { electionId: election.id } })).toBe(3);
    // The same nomination of a delegate of the election's own congress goes through.
    expect(await run("election.nominate", { ...nomination, delegateId: await delegateOf({ ...world.organisation, congressId: election.congressId }) })).toMatchObject({ ok: true });
  });

  it("a box count or its correction cannot carry votes for another election's candidates, of this congress or another organisation's", async () => {
    const place = await createFreshCongress(db, world.organisation);
    const election = await createElectionWithCandidates(db, place, { seats: 2, candidates: 3 });
    const c = election.candidateIds;
    const sameCongress = (await createElectionWithCandidates(db, place, { candidates: 1 })).candidateIds[0]!;
    const foreign = (await createElectionWithCandidates(db, placeOf(world.otherProvinceOrganisation), { candidates: 1 })).candidateIds[0]!;
    const ballots = [[c[0]!, c[1]!, foreign], [c[0]!, c[1]!, sameCongress], [...c, foreign]];

    const open = await createRound(db, place, election, { seats: 2, ballotsIssued: 100 });
    for (const ids of ballots) expect(await run("ballot-count.enter", { ...box(open.id, ids), version: null })).toMatchObject(refusedAs("COUNT_DOES_NOT_ADD_UP"));
    expect(await db.ballotBoxCount.count({ where: { roundId: open.id } })).toBe(0);

    const other = await createElectionWithCandidates(db, place, { seats: 2, candidates: 3 });
    const closed = await createRound(db, place, other, { seats: 2, ballotsIssued: 100, boxes: [{ box: 1, ballotsReceived: 50, valid: 48, invalid: 2, votes: [40, 30, 20] }], closed: true });
    const o = other.candidateIds;
    for (const ids of [[o[0]!, o[1]!, foreign], [o[0]!, o[1]!, c[2]!], [...o, foreign]]) {
      expect(await run("ballot-count.correct", { ...box(closed.id, ids), revision: 1, reason: "Đọc nhầm số phiếu" })).toMatchObject(refusedAs("COUNT_DOES_NOT_ADD_UP"));
    }
    expect(await db.ballotBoxCount.count({ where: { roundId: closed.id } })).toBe(1);
    // A counter of another organisation's congress (or another congress) does not count here.
    const stranger = await createUser(db, "MEMBER", world.sameProvinceOrganisation.id);
    await addToCountingCommittee(db, placeOf(world.sameProvinceOrganisation), stranger.id);
    expect(await run("ballot-count.enter", { ...box(open.id, c), version: null }, (await loadActor(stranger.id, 1))!)).toMatchObject(refused);
    const elsewhere = await createUser(db, "MEMBER", world.organisation.id);
    await addToCountingCommittee(db, placeOf(world.organisation), elsewhere.id);
    expect(await run("ballot-count.enter", { ...box(open.id, c), version: null }, (await loadActor(elsewhere.id, 1))!)).toMatchObject(refused);
    expect(await db.ballotBoxCount.count({ where: { roundId: open.id } })).toBe(0);
    // The same box with the round's own candidates is entered, and corrected.
    expect(await run("ballot-count.enter", { ...box(open.id, c), version: null })).toMatchObject({ ok: true });
    expect(await run("ballot-count.correct", { ...box(closed.id, o), revision: 1, reason: "Đọc nhầm số phiếu" })).toMatchObject({ ok: true });
  });

  it("the counting committee cannot be given another organisation's account", async () => {
    const place = await createFreshCongress(db, world.organisation);
    for (const o of [world.otherProvinceOrganisation, world.sameProvinceOrganisation]) {
      const stranger = await createUser(db, "MEMBER", o.id);
      expect(await run("election.add-counter", { congressId: place.congressId, userId: stranger.id, fullName: "", position: "MEMBER" })).toMatchObject(refusedAs("NOT_IN_ORGANISATION"));
      expect(await db.countingCommitteeMember.count({ where: { userId: stranger.id } })).toBe(0);
    }
    const colleague = await createUser(db, "MEMBER", world.organisation.id);
    expect(await run("election.add-counter", { congressId: place.congressId, userId: colleague.id, fullName: "", position: "MEMBER" })).toMatchObject({ ok: true });
  });

  it("personnel candidate ids of another congress or organisation are refused, and a candidate cannot be another congress's delegate", async () => {
    const mine = await createFreshCongress(db, world.organisation);
    const member = await createUser(db, "MEMBER", world.organisation.id);
    await addToPersonnelSubCommittee(db, mine, member.id);
    const personnel = (await loadActor(member.id, 1))!;
    const own = (await createScheme(db, mine, { candidates: 1 })).candidateIds[0]!;
    const otherCongress = (await createScheme(db, await createFreshCongress(db, world.organisation), { candidates: 1 })).candidateIds[0]!;
    const otherOrganisation = (await createScheme(db, await createFreshCongress(db, world.sameProvinceOrganisation), { candidates: 1 })).candidateIds[0]!;
    // The personnel sub-committee of one congress does not edit the list of another, even of its own organisation.
    for (const id of [otherCongress, otherOrganisation]) {
      expect(await run("personnel.update-candidate", { id, version: 1, candidate: candidateFields() }, personnel)).toMatchObject(refused);
      expect(await run("personnel.remove-candidate", { id, version: 1 }, personnel)).toMatchObject(refused);
    }
    expect(await run("personnel.update-candidate", { id: otherOrganisation, version: 1, candidate: candidateFields() })).toMatchObject(refused);
    expect(await run("personnel.remove-candidate", { id: otherOrganisation, version: 1 })).toMatchObject(refused);
    // Nor does a candidate of this congress become a delegate of another congress or organisation.
    for (const delegateId of [await delegateOf(world.organisation), await delegateOf(world.sameProvinceOrganisation)]) {
      expect(await run("personnel.add-candidate", { congressId: mine.congressId, candidate: candidateFields(delegateId) }, personnel)).toMatchObject(refusedAs("DELEGATE_NOT_FOUND"));
      expect(await run("personnel.update-candidate", { id: own, version: 1, candidate: candidateFields(delegateId) }, personnel)).toMatchObject(refusedAs("DELEGATE_NOT_FOUND"));
    }
    const rows = await db.personnelCandidate.findMany({ where: { id: { in: [own, otherCongress, otherOrganisation] } }, select: { version: true, delegateId: true } });
    expect(rows).toEqual([1, 1, 1].map(() => ({ version: 1, delegateId: null })));
    expect(await db.personnelCandidate.count({ where: { congressId: mine.congressId } })).toBe(1);
    // A delegate of this congress is taken, and the member edits this congress's own candidate.
    const here = await delegateOf({ ...world.organisation, congressId: mine.congressId });
    expect(await run("personnel.add-candidate", { congressId: mine.congressId, candidate: candidateFields(here) }, personnel)).toMatchObject({ ok: true });
    expect(await run("personnel.update-candidate", { id: own, version: 1, candidate: candidateFields() }, personnel)).toMatchObject({ ok: true });
  });
});
