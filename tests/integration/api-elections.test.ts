import { beforeAll, describe, expect, it, vi } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { electedLeadership, getElection } from "@/lib/elections/data";
import { executeAction, registeredActions } from "@/lib/server/action";
import { addToCountingCommittee, createAttendance, createElectionWithCandidates, createFreshCongress, createRound } from "@/prisma/seed/election-factories";
import { createRoleUsers, createUser, createWorld, type TestUser, type World } from "@/prisma/seed/factories";
import { pdfText } from "../e2e/support/files";
import { type Caller, call, tokenCaller } from "../support/api-client";
import { readXlsx } from "../support/roster-files";

// The elections' read API: the list, the results (paged candidates with votes, percentages and
// outcomes) and the papers, on a real PostgreSQL.
vi.mock("@/lib/auth/session", async () => (await import("../support/api-client")).mockSession());
await import("@/lib/elections/actions");

/** Runs a server action as the app does (validation, access, mutation, audit), as `userId`. */
async function act<T = unknown>(name: string, userId: string, input: unknown) {
  return executeAction<T>(registeredActions().get(name)!, (await loadActor(userId, 1))!, input);
}

const db = getDb();
let world: World;
let users: Record<string, TestUser>;
let viewer: Caller;
let election: { id: string; candidateIds: string[] };

beforeAll(async () => {
  world = await createWorld(db);
  users = await createRoleUsers(db, world);
  viewer = await tokenCaller(users.VIEWER!);
  const place = { congressId: world.organisation.congressId, provinceId: world.organisation.provinceId, organisationId: world.organisation.id };
  election = await createElectionWithCandidates(db, place, { seats: 2, candidates: 3 });
  // 100 official delegates convened, 4 absent throughout and unreplaced: the base is 96 (the 96 valid
  // ballots are a coincidence the results must not rely on). 80 and 65 pass, 30 does not; box 2 was
  // corrected after the round closed.
  await createRound(db, place, election, {
    seats: 2,
    ballotsIssued: 100,
    convened: 100,
    absentUnreplaced: 4,
    closed: true,
    boxes: [
      { box: 1, ballotsReceived: 60, valid: 58, invalid: 2, votes: [50, 20, 40] },
      { box: 2, ballotsReceived: 38, valid: 38, invalid: 0, votes: [30, 12, 25] },
      { box: 2, revision: 2, correctionReason: "Đọc nhầm", ballotsReceived: 38, valid: 38, invalid: 0, votes: [30, 10, 25] },
    ],
  });
});

describe("elections API", () => {
  it("lists the congress's elections with their rounds and how many were elected", async () => {
    const res = await call("GET", `/congresses/${world.organisation.congressId}/elections`, viewer);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ elections: [{ id: election.id, seats: 2, candidates: 3, elected: 2, seatsLeft: 0, rounds: [{ number: 1, status: "CLOSED", valid: 96, invalid: 2 }] }], next: null });
  });

  it("answers the results with the base (delegates convened less the absent), votes, percentages of the base and outcomes, candidates paged", async () => {
    const path = `/congresses/${world.organisation.congressId}/elections/${election.id}/results`;
    const first = await call("GET", `${path}?limit=2`, viewer);
    expect(first.status).toBe(200);
    const body = first.body as { candidates: { id: string; rounds: { votes: number; percent: number; outcome: string }[] }[]; next: string | null; rounds: { valid: number; boxes: { revision: number }[] }[] };
    expect(body.candidates).toHaveLength(2);
    expect(body.next).not.toBeNull();
    expect(first.headers.get("link")).toContain('rel="next"');
    expect(first.body).toMatchObject({ base: 96, delegatesConvened: 100 });
    expect(body.rounds[0]).toMatchObject({ baseKind: "DELEGATES", delegatesConvened: 100, baseExclusions: { ABSENT_UNREPLACED: 4 }, base: 96, votesNeeded: 49, valid: 96, ballotsReceived: 98, elected: expect.arrayContaining([election.candidateIds[0], election.candidateIds[2]]) });
    expect(body.rounds[0]!.boxes.map((b) => b.revision)).toEqual([1, 2]);
    const second = (await call("GET", `${path}?limit=2&cursor=${body.next}`, viewer)).body as typeof body;
    expect(second.next).toBeNull();
    const all = Object.fromEntries([...body.candidates, ...second.candidates].map((c) => [c.id, c.rounds[0]]));
    expect(all[election.candidateIds[0]!]).toEqual({ number: 1, votes: 80, percent: 83.33, outcome: "ELECTED" });
    expect(all[election.candidateIds[1]!]).toEqual({ number: 1, votes: 30, percent: 31.25, outcome: "NOT_ELECTED" });
    expect(all[election.candidateIds[2]!]).toEqual({ number: 1, votes: 65, percent: 67.71, outcome: "ELECTED" });
    // Another congress's election under this congress's path is not found.
    const other = await createElectionWithCandidates(db, { congressId: world.sameProvinceOrganisation.congressId, provinceId: world.sameProvinceOrganisation.provinceId, organisationId: world.sameProvinceOrganisation.id });
    expect((await call("GET", `/congresses/${world.organisation.congressId}/elections/${other.id}/results`, viewer)).status).toBe(404);
  });

  it("hands out the minutes and the list of those elected as PDF and XLSX in the Party format", async () => {
    const base = `/congresses/${world.organisation.congressId}/elections/${election.id}/documents`;
    const names = await db.electionCandidate.findMany({ where: { electionId: election.id }, select: { id: true, fullName: true } });
    const name = (i: number) => names.find((n) => n.id === election.candidateIds[i])!.fullName;

    const pdf = await call("GET", `${base}?document=minutes&format=pdf`, viewer);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-disposition")).toContain("bien-ban-kiem-phieu");
    const text = (await pdfText(Buffer.from(pdf.body as ArrayBuffer))).text.replace(/\s+/g, " ");
    for (const t of [
      "ĐẢNG CỘNG SẢN VIỆT NAM",
      "BIÊN BẢN KIỂM PHIẾU",
      "Tổng số đại biểu chính thức được triệu tập: 100",
      "Trừ đại biểu chính thức vắng mặt suốt thời gian đại hội không có đại biểu dự khuyết thay thế: 4",
      "Cơ sở tính kết quả: 96",
      "Tỷ lệ phần trăm tính so với cơ sở tính kết quả (96)",
      "số phiếu hợp lệ: 96",
      "Hòm số 2 được đính chính (lần 2): Đọc nhầm",
      `${name(0)} 80 83,33 Trúng cử`,
      `${name(1)} 30 31,25 Không trúng cử`,
      "T/M BAN KIỂM PHIẾU",
      "TRƯỞNG BAN",
    ])
      expect(text).toContain(t);

    const xlsx = await call("GET", `${base}?document=elected&format=xlsx`, viewer);
    expect(xlsx.status).toBe(200);
    const rows = (await readXlsx(new Uint8Array(xlsx.body as ArrayBuffer))).rows;
    const flat = rows.map((r) => r.join("|"));
    expect(flat.some((r) => r.includes(name(0)) && r.includes("80") && r.includes("83,33"))).toBe(true);
    expect(flat.some((r) => r.includes(name(1)))).toBe(false);

    const ballot = await call("GET", `${base}?document=ballot&format=pdf`, viewer);
    const ballotText = (await pdfText(Buffer.from(ballot.body as ArrayBuffer))).text;
    expect(ballotText).toContain("PHIẾU BẦU CỬ");
    expect((await pdfText(Buffer.from(ballot.body as ArrayBuffer))).pages).toBe(1);
    const audited = await db.auditEntry.count({ where: { action: "election.document", entityId: election.id } });
    expect(audited).toBe(3);
  });

  it("an election counted through the actions shows the same base and outcome on the page, in the minutes and in the API (247 convened, 245 returned, 238 valid: 120 does not elect, 124 does)", async () => {
    const place = await createFreshCongress(db, world.organisation);
    await createAttendance(db, place, { present: 247 });
    await addToCountingCommittee(db, place, users.MEMBER!.id, "HEAD");
    const e = await createElectionWithCandidates(db, place, { seats: 2, candidates: 3 });
    const c = e.candidateIds;
    const opened = await act<{ id: string }>("election.open-round", users.ORGANIZER!.id, { electionId: e.id, delegatesPresent: "247", ballotsIssued: "247" });
    expect(opened.ok).toBe(true);
    const roundId = (opened as { data: { id: string } }).data.id;
    const votes = [200, 124, 120];
    expect((await act("ballot-count.enter", users.MEMBER!.id, { roundId, box: 1, version: null, ballotsReceived: 245, valid: 238, invalid: 7, votes: c.map((candidateId, i) => ({ candidateId, votes: votes[i] })) })).ok).toBe(true);
    expect(await act("ballot-count.close-round", users.MEMBER!.id, { roundId, version: 1 })).toMatchObject({ ok: true, data: { elected: 2 } });

    // The page's data.
    const view = await getElection((await loadActor(users.ORGANIZER!.id, 1))!, e.id, { id: place.congressId, opening: "2030-06-08" }, "2030-06-08");
    expect(view.rounds[0]!.base).toMatchObject({ kind: "DELEGATES", convened: 247, base: 247, needed: 124 });
    expect(view.rounds[0]!.totals).toMatchObject({ ballotsReceived: 245, valid: 238, invalid: 7 });
    const outcome = Object.fromEntries(view.rounds[0]!.decision.results.map((r) => [r.candidateId, [r.outcome, r.percent]]));
    expect(outcome).toEqual({ [c[0]!]: ["ELECTED", 80.97], [c[1]!]: ["ELECTED", 50.2], [c[2]!]: ["NOT_ELECTED", 48.58] });

    // The minutes.
    const names = await db.electionCandidate.findMany({ where: { electionId: e.id }, select: { id: true, fullName: true } });
    const name = (i: number) => names.find((n) => n.id === c[i])!.fullName;
    const pdf = await call("GET", `/congresses/${place.congressId}/elections/${e.id}/documents?document=minutes&format=pdf`, viewer);
    expect(pdf.status).toBe(200);
    const text = (await pdfText(Buffer.from(pdf.body as ArrayBuffer))).text.replace(/\s+/g, " ");
    for (const t of ["Tổng số đại biểu chính thức được triệu tập: 247", "Cơ sở tính kết quả: 247", "Số phiếu tối thiểu để trúng cử (quá một nửa): 124", "số phiếu hợp lệ: 238", `${name(1)} 124 50,20 Trúng cử`, `${name(2)} 120 48,58 Không trúng cử`, "2/2 đồng chí trúng cử"]) expect(text).toContain(t);

    // The API.
    const res = await call("GET", `/congresses/${place.congressId}/elections/${e.id}/results`, viewer);
    expect(res.status).toBe(200);
    const body = res.body as { base: number; delegatesConvened: number; rounds: { base: number; votesNeeded: number }[]; candidates: { id: string; elected: boolean; rounds: { votes: number; percent: number; outcome: string }[] }[] };
    expect(body).toMatchObject({ base: 247, delegatesConvened: 247, rounds: [{ base: 247, votesNeeded: 124, valid: 238 }] });
    const api = Object.fromEntries(body.candidates.map((x) => [x.id, [x.rounds[0]!.outcome, x.rounds[0]!.percent, x.elected]]));
    expect(api).toEqual({ [c[0]!]: ["ELECTED", 80.97, true], [c[1]!]: ["ELECTED", 50.2, true], [c[2]!]: ["NOT_ELECTED", 48.58, false] });
  });

  it("a nomination the congress refused (30% of those present) is recorded: never on the ballot, shown on the page, in the first round's minutes and in the API", async () => {
    const place = await createFreshCongress(db, world.organisation);
    await createAttendance(db, place, { present: 100 });
    await addToCountingCommittee(db, place, users.MEMBER!.id, "HEAD");
    const e = await createElectionWithCandidates(db, place, { seats: 2, candidates: 2 });
    const nominate = (fullName: string, agreeing: string) => act<{ id: string; admitted: boolean }>("election.nominate", users.ORGANIZER!.id, { electionId: e.id, source: "SELF_NOMINATED", delegateId: "", fullName, gender: "FEMALE", birth: "1985", ethnicity: "Tày", position: "", nominatedBy: "", agreeing, present: "100" });
    expect(await nominate("Hoàng Thị Được", "31")).toMatchObject({ ok: true, data: { admitted: true } });
    const refused = await nominate("Nông Văn Chưa", "30");
    expect(refused).toMatchObject({ ok: true, data: { admitted: false } });

    const opened = await act<{ id: string }>("election.open-round", users.ORGANIZER!.id, { electionId: e.id, delegatesPresent: "100", ballotsIssued: "100" });
    expect(opened.ok).toBe(true);
    const roundId = (opened as { data: { id: string } }).data.id;
    const round = await db.electionRound.findUniqueOrThrow({ where: { id: roundId } });
    expect(round.candidateIds).toHaveLength(3);
    expect(round.candidateIds).not.toContain((refused as { data: { id: string } }).data.id);
    expect((await act("ballot-count.enter", users.MEMBER!.id, { roundId, box: 1, version: null, ballotsReceived: 100, valid: 100, invalid: 0, votes: round.candidateIds.map((candidateId, i) => ({ candidateId, votes: [90, 80, 20][i] })) })).ok).toBe(true);
    expect((await act("ballot-count.close-round", users.MEMBER!.id, { roundId, version: 1 })).ok).toBe(true);

    // The page's data: on the list 3, refused 1 with its vote.
    const view = await getElection((await loadActor(users.ORGANIZER!.id, 1))!, e.id, { id: place.congressId, opening: "2030-06-08" }, "2030-06-08");
    expect(view.candidates.map((x) => x.fullName)).not.toContain("Nông Văn Chưa");
    expect(view.refusedNominations).toMatchObject([{ fullName: "Nông Văn Chưa", source: "SELF_NOMINATED", admissionAgreeing: 30, admissionPresent: 100, admitted: false }]);
    // The minutes of round 1.
    const pdf = await call("GET", `/congresses/${place.congressId}/elections/${e.id}/documents?document=minutes&format=pdf`, viewer);
    const text = (await pdfText(Buffer.from(pdf.body as ArrayBuffer))).text.replace(/\s+/g, " ");
    expect(text).toContain("Ứng cử tại đại hội: Nông Văn Chưa không được đưa vào danh sách bầu cử: 30/100 đại biểu có mặt đồng ý");
    // The API.
    const res = await call("GET", `/congresses/${place.congressId}/elections/${e.id}/results`, viewer);
    expect(res.body).toMatchObject({ election: { candidates: 3, nominations: 1 }, refusedNominations: [{ fullName: "Nông Văn Chưa", source: "SELF_NOMINATED", agreeing: 30, present: 100 }] });
    expect((res.body as { candidates: { fullName: string }[] }).candidates.map((x) => x.fullName)).not.toContain("Nông Văn Chưa");
  });

  it("the elected executive committee, standing committee and secretary: on the congress's main page (its data) and in the API's list and results", async () => {
    const place = await createFreshCongress(db, world.organisation);
    await createAttendance(db, place, { present: 10 });
    await addToCountingCommittee(db, place, users.MEMBER!.id, "HEAD");
    const organizer = (await loadActor(users.ORGANIZER!.id, 1))!;
    const count = async (electionId: string, present: number, votes: number[]) => {
      const opened = await act<{ id: string }>("election.open-round", users.ORGANIZER!.id, { electionId, delegatesPresent: String(present), ballotsIssued: String(present) });
      expect(opened.ok).toBe(true);
      const roundId = (opened as { data: { id: string } }).data.id;
      const ids = (await db.electionRound.findUniqueOrThrow({ where: { id: roundId } })).candidateIds;
      expect((await act("ballot-count.enter", users.MEMBER!.id, { roundId, box: 1, version: null, ballotsReceived: present, valid: present, invalid: 0, votes: ids.map((candidateId, i) => ({ candidateId, votes: votes[i] })) })).ok).toBe(true);
      expect((await act("ballot-count.close-round", users.MEMBER!.id, { roundId, version: 1 })).ok).toBe(true);
      return ids;
    };
    const committee = await createElectionWithCandidates(db, place, { kind: "EXECUTIVE_COMMITTEE", seats: 3, candidates: 4 });
    const standing = await createElectionWithCandidates(db, place, { kind: "STANDING_COMMITTEE", seats: 1, candidates: 2 });
    const secretary = await createElectionWithCandidates(db, place, { kind: "SECRETARY", seats: 1, candidates: 1 });
    const congress = { id: place.congressId, opening: "2030-06-08" };
    // Nothing counted yet: the main page shows no block.
    expect(await electedLeadership(organizer, congress, "2030-06-08")).toEqual([]);

    const committeeIds = await count(committee.id, 10, [9, 8, 7, 2]);
    // The first meeting: 3 members of the new committee vote.
    const standingIds = await count(standing.id, 3, [3, 0]);
    const secretaryIds = await count(secretary.id, 3, [3]);
    const names = new Map((await db.electionCandidate.findMany({ where: { congressId: place.congressId }, select: { id: true, fullName: true } })).map((c) => [c.id, c.fullName]));

    // The main page's data: in the order committee, standing committee, secretary, awaiting approval.
    const leadership = await electedLeadership(organizer, congress, "2030-06-08");
    expect(leadership.map((e) => [e.kind, e.elected.length, e.seats, e.approval])).toEqual([["EXECUTIVE_COMMITTEE", 3, 3, null], ["STANDING_COMMITTEE", 1, 1, null], ["SECRETARY", 1, 1, null]]);
    expect(leadership[0]!.elected.map((c) => c.fullName).sort()).toEqual(committeeIds.slice(0, 3).map((id) => names.get(id)).sort());
    expect(leadership[1]!.elected.map((c) => c.id)).toEqual([standingIds[0]]);
    expect(leadership[2]!.elected.map((c) => c.id)).toEqual([secretaryIds[0]]);
    // Another organisation's organizer sees none of it.
    const stranger = (await loadActor((await createUser(db, "ORGANIZER", world.sameProvinceOrganisation.id)).id, 1))!;
    expect(await electedLeadership(stranger, congress, "2030-06-08")).toEqual([]);

    // The API: the list names each election's kind and how many were elected; the results name them.
    const list = (await call("GET", `/congresses/${place.congressId}/elections`, viewer)).body as { elections: { id: string; kind: string; elected: number }[] };
    expect(list.elections.map((e) => [e.kind, e.elected])).toEqual(expect.arrayContaining([["EXECUTIVE_COMMITTEE", 3], ["STANDING_COMMITTEE", 1], ["SECRETARY", 1]]));
    for (const [e, ids] of [[committee, committeeIds.slice(0, 3)], [standing, [standingIds[0]]], [secretary, [secretaryIds[0]]]] as const) {
      const res = (await call("GET", `/congresses/${place.congressId}/elections/${e.id}/results`, viewer)).body as { candidates: { id: string; elected: boolean }[] };
      expect(res.candidates.filter((c) => c.elected).map((c) => c.id).sort()).toEqual([...ids].sort());
    }
  });
});
