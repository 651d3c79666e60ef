// The database itself refuses a row whose province/organisation copy differs from its parent's
// (prisma/migrations/*_scope_guards): the columns every scoped read filters on cannot lie.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createElectionWithCandidates, createFreshCongress, createRound, createScheme } from "@/prisma/seed/election-factories";
import { createCongressDocument, createDelegates, createMilestone, createOrganisation, createProvince, createSubCommittee, createTask, type TestOrganisation } from "@/prisma/seed/factories";

const db = getDb();
let own: TestOrganisation;
let other: TestOrganisation;
const refused = /province\/organisation of this .* differ|cannot change/;
// A composite foreign key (parent id, congress id) refuses a parent of another congress.
const otherCongress = /foreign key/i;

beforeAll(async () => {
  const province = await createProvince(db);
  own = await createOrganisation(db, province, { grassroots: 1 });
  other = await createOrganisation(db, await createProvince(db), { grassroots: 1 });
});

const elsewhere = () => ({ provinceId: other.provinceId, organisationId: other.id });
const here = () => ({ provinceId: own.provinceId, organisationId: own.id });

describe("the database guards the scope columns", () => {
  it("refuses rows under a congress that carry another organisation", async () => {
    const congressId = own.congressId;
    await expect(db.task.create({ data: { congressId, ...elsewhere(), title: "Sai chỗ" } })).rejects.toThrow(refused);
    await expect(db.milestone.create({ data: { congressId, ...elsewhere(), name: "Sai chỗ", plannedOn: new Date("2030-01-01") } })).rejects.toThrow(refused);
    await expect(db.subCommittee.create({ data: { congressId, ...elsewhere(), name: "Sai chỗ" } })).rejects.toThrow(refused);
    await expect(db.congressDocument.create({ data: { congressId, ...elsewhere(), title: "Sai chỗ" } })).rejects.toThrow(refused);
    await expect(db.delegate.create({ data: { congressId, ...elsewhere(), fullName: "Lò Văn Sai", familyName: "Lò", middleName: "Văn", givenName: "Sai", searchKey: "lo van sai", gender: "MALE", birthYear: 1980, ethnicity: "Thái", category: "APPOINTED" } })).rejects.toThrow(refused);
    // Only an organisation, not the province: half a scope is refused too.
    await expect(db.task.create({ data: { congressId, provinceId: own.provinceId, organisationId: null, title: "Nửa chỗ" } })).rejects.toThrow(refused);
    // The same rows with the congress's own scope are written.
    await expect(db.task.create({ data: { congressId, ...here(), title: "Đúng chỗ" } })).resolves.toMatchObject({ title: "Đúng chỗ" });
  });

  it("refuses rows under a task, a sub-committee or a document that carry another organisation", async () => {
    const task = await createTask(db, own);
    const sub = await createSubCommittee(db, own);
    const doc = await createCongressDocument(db, own);
    await expect(db.taskComment.create({ data: { taskId: task.id, ...elsewhere(), body: "Sai chỗ" } })).rejects.toThrow(refused);
    await expect(db.taskEvent.create({ data: { taskId: task.id, ...elsewhere(), kind: "created" } })).rejects.toThrow(refused);
    await expect(db.subCommitteeMember.create({ data: { subCommitteeId: sub.id, ...elsewhere(), fullName: "Sai chỗ", position: "MEMBER" } })).rejects.toThrow(refused);
    await expect(db.documentVersion.create({ data: { documentId: doc.id, ...elsewhere(), number: 9, fileName: "a.pdf", contentType: "application/pdf", size: 1, sha256: "0".repeat(64), content: Buffer.from("x") } })).rejects.toThrow(refused);
    await expect(db.taskComment.create({ data: { taskId: task.id, ...here(), body: "Đúng chỗ" } })).resolves.toBeTruthy();
  });

  it("refuses moving a record to another organisation, and a congress or unit placed away from its unit or parent", async () => {
    const task = await createTask(db, own);
    await expect(db.task.update({ where: { id: task.id }, data: elsewhere() })).rejects.toThrow(refused);
    await expect(db.congress.update({ where: { id: own.congressId }, data: elsewhere() })).rejects.toThrow(refused);
    await expect(db.congress.create({ data: { unitId: own.grassroots[0]!.id, ...elsewhere(), ordinal: 1, termStart: 2040, termEnd: 2045 } })).rejects.toThrow(refused);
    await expect(db.unit.create({ data: { code: `X-${Date.now()}`, name: "Chi bộ sai chỗ", kind: "GRASSROOTS_CELL", parentId: own.id, ...elsewhere() } })).rejects.toThrow(refused);
    const [d] = await createDelegates(db, own, [{ fullName: "Nguyễn Văn Đúng" }]);
    await expect(db.delegate.update({ where: { id: d!.id }, data: elsewhere() })).rejects.toThrow(refused);
  });
});

describe("composite keys keep every row in its parent's congress (issue 26, item 8)", () => {
  // Each row below carries its own congress and that congress's scope, so the scope triggers pass
  // it: only the composite key sees that its parent belongs to another congress.
  const ownPlace = () => ({ congressId: own.congressId, ...here() });
  const otherPlace = () => ({ congressId: other.congressId, ...elsewhere() });
  const roundData = (electionId: string, candidateIds: string[]) => ({ electionId, number: 9, seats: 2, candidateIds, delegatesPresent: 100, ballotsIssued: 100, baseKind: "DELEGATES" as const, convened: 100, base: 100 });
  const countData = (roundId: string) => ({ roundId, box: 9, ballotsReceived: 50, valid: 50, invalid: 0, enteredByName: "Người Kiểm Phiếu" });

  it("refuses an election's round, candidate, count or vote whose parent is of another congress, and a vote for no candidate", async () => {
    const foreign = await createElectionWithCandidates(db, otherPlace());
    const foreignRound = await createRound(db, otherPlace(), foreign, { boxes: [{ box: 1, ballotsReceived: 50, valid: 50, invalid: 0, votes: [30, 20, 0] }] });
    const mine = await createElectionWithCandidates(db, ownPlace());
    const myRound = await createRound(db, ownPlace(), mine, { boxes: [{ box: 1, ballotsReceived: 50, valid: 50, invalid: 0, votes: [30, 20, 0] }] });
    const myCount = myRound.countIds[0]!;

    await expect(db.electionRound.create({ data: { ...ownPlace(), ...roundData(foreign.id, foreign.candidateIds) } })).rejects.toThrow(otherCongress);
    await expect(db.electionCandidate.create({ data: { ...ownPlace(), electionId: foreign.id, source: "NOMINATED", fullName: "Lò Văn Sai", familyName: "Lò", middleName: "Văn", givenName: "Sai", gender: "MALE", birthYear: 1980, ethnicity: "Thái" } })).rejects.toThrow(otherCongress);
    await expect(db.ballotBoxCount.create({ data: { ...ownPlace(), ...countData(foreignRound.id) } })).rejects.toThrow(otherCongress);
    // A vote of this congress in another congress's count, for a name on that count's ballot.
    await db.ballotBoxVote.deleteMany({ where: { countId: foreignRound.countIds[0]!, candidateId: foreign.candidateIds[2]! } });
    await expect(db.ballotBoxVote.create({ data: { ...ownPlace(), countId: foreignRound.countIds[0]!, candidateId: foreign.candidateIds[2]!, votes: 1 } })).rejects.toThrow(otherCongress);
    // A vote for a candidate of another congress's election, for a candidate of another election of
    // the same congress (not on the round's ballot), or for no candidate at all.
    await db.ballotBoxVote.deleteMany({ where: { countId: myCount, candidateId: mine.candidateIds[2]! } });
    await expect(db.ballotBoxVote.create({ data: { ...ownPlace(), countId: myCount, candidateId: foreign.candidateIds[0]!, votes: 1 } })).rejects.toThrow(/foreign key|not on the ballot/i);
    const sameCongress = await createElectionWithCandidates(db, ownPlace(), { candidates: 1 });
    await expect(db.ballotBoxVote.create({ data: { ...ownPlace(), countId: myCount, candidateId: sameCongress.candidateIds[0]!, votes: 1 } })).rejects.toThrow(/not on the ballot/);
    await expect(db.ballotBoxVote.create({ data: { ...ownPlace(), countId: myCount, candidateId: randomUUID(), votes: 1 } })).rejects.toThrow(/foreign key|not on the ballot/i);
    await expect(db.ballotBoxVote.updateMany({ where: { countId: myCount, candidateId: mine.candidateIds[0]! }, data: { candidateId: foreign.candidateIds[0]! } })).rejects.toThrow(/foreign key|not on the ballot/i);
    // The rows of the congress's own election are written.
    await expect(db.ballotBoxVote.create({ data: { ...ownPlace(), countId: myCount, candidateId: mine.candidateIds[2]!, votes: 0 } })).resolves.toBeTruthy();
    expect(await db.ballotBoxVote.count({ where: { countId: myCount } })).toBe(3);
  });

  it("refuses a personnel candidate, a structure target or an introduction step under another congress's scheme or candidate", async () => {
    const foreign = await createScheme(db, await createFreshCongress(db, other), { candidates: 1 });
    const person = { fullName: "Lò Văn Sai", familyName: "Lò", middleName: "Văn", givenName: "Sai", gender: "MALE" as const, birthYear: 1980, ethnicity: "Thái", sector: "PARTY" as const, tenure: "FIRST_TIME" as const };
    await expect(db.personnelCandidate.create({ data: { ...ownPlace(), schemeId: foreign.id, ...person } })).rejects.toThrow(otherCongress);
    // Another congress of the same organisation is another congress too.
    const sibling = await createScheme(db, await createFreshCongress(db, own));
    await expect(db.personnelCandidate.create({ data: { ...ownPlace(), schemeId: sibling.id, ...person } })).rejects.toThrow(otherCongress);
    await expect(db.personnelTarget.create({ data: { ...ownPlace(), schemeId: foreign.id, metric: "WOMEN", minPercent: 15 } })).rejects.toThrow(otherCongress);
    await expect(db.personnelIntroductionStep.create({ data: { ...ownPlace(), candidateId: foreign.candidateIds[0]!, step: 1, percent: 90 } })).rejects.toThrow(otherCongress);
  });

  it("refuses a task whose sub-committee or milestone is of another congress; deleting its own clears only that link", async () => {
    const [foreignSub, foreignMilestone] = [await createSubCommittee(db, other), await createMilestone(db, other)];
    await expect(db.task.create({ data: { ...ownPlace(), title: "Sai tiểu ban", subCommitteeId: foreignSub.id } })).rejects.toThrow(otherCongress);
    await expect(db.task.create({ data: { ...ownPlace(), title: "Sai mốc", milestoneId: foreignMilestone.id } })).rejects.toThrow(otherCongress);
    const task = await createTask(db, own);
    await expect(db.task.update({ where: { id: task.id }, data: { subCommitteeId: foreignSub.id } })).rejects.toThrow(otherCongress);
    await expect(db.task.update({ where: { id: task.id }, data: { milestoneId: foreignMilestone.id } })).rejects.toThrow(otherCongress);

    const [sub, milestone] = [await createSubCommittee(db, own), await createMilestone(db, own)];
    await db.task.update({ where: { id: task.id }, data: { subCommitteeId: sub.id, milestoneId: milestone.id } });
    await db.subCommittee.delete({ where: { id: sub.id } });
    await db.milestone.delete({ where: { id: milestone.id } });
    expect(await db.task.findUniqueOrThrow({ where: { id: task.id }, select: { congressId: true, subCommitteeId: true, milestoneId: true } })).toEqual({ congressId: own.congressId, subCommitteeId: null, milestoneId: null });
  });

  it("refuses a document whose sub-committee is of another congress; deleting its own clears only that link", async () => {
    const doc = await createCongressDocument(db, own);
    await expect(db.congressDocument.create({ data: { ...ownPlace(), title: "Sai tiểu ban", subCommitteeId: (await createSubCommittee(db, other)).id } })).rejects.toThrow(otherCongress);
    await expect(db.congressDocument.update({ where: { id: doc.id }, data: { subCommitteeId: (await createSubCommittee(db, other)).id } })).rejects.toThrow(otherCongress);
    const sub = await createSubCommittee(db, own);
    await db.congressDocument.update({ where: { id: doc.id }, data: { subCommitteeId: sub.id } });
    await db.subCommittee.delete({ where: { id: sub.id } });
    expect(await db.congressDocument.findUniqueOrThrow({ where: { id: doc.id }, select: { congressId: true, subCommitteeId: true } })).toEqual({ congressId: own.congressId, subCommitteeId: null });
  });

  it("refuses moving a delegate, a milestone, a round or a count to another congress, even with that congress's scope", async () => {
    const [d] = await createDelegates(db, own, [{ fullName: "Nguyễn Văn Ở Lại" }]);
    const milestone = await createMilestone(db, own);
    const election = await createElectionWithCandidates(db, ownPlace());
    const round = await createRound(db, ownPlace(), election, { boxes: [{ box: 1, ballotsReceived: 50, valid: 50, invalid: 0, votes: [30, 20, 0] }] });
    await expect(db.delegate.update({ where: { id: d!.id }, data: otherPlace() })).rejects.toThrow(refused);
    await expect(db.milestone.update({ where: { id: milestone.id }, data: otherPlace() })).rejects.toThrow(refused);
    await expect(db.electionRound.update({ where: { id: round.id }, data: otherPlace() })).rejects.toThrow(refused);
    await expect(db.ballotBoxCount.update({ where: { id: round.countIds[0]! }, data: otherPlace() })).rejects.toThrow(refused);
    expect((await db.delegate.findUniqueOrThrow({ where: { id: d!.id } })).congressId).toBe(own.congressId);
  });
});
