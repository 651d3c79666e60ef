// The demo's history of elections: Tân Uyên's 2020 organisation congress (8–10/6/2020) elected its
// executive committee of 35 (two fewer than the 37 outgoing), 6 women among them ("tỷ lệ nữ là
// 17,14%", as the source reports), and the results were approved (chuẩn y). A new user opens a
// finished election, its minutes and its results. The people are the demo roster's (synthetic);
// the counts are synthetic too, every elected candidate well above half of the base: the official
// delegates convened (the roster less the rejected), all present at the vote. Idempotent: a
// congress that has its election already is left as it is.
import type { PrismaClient } from "../../lib/generated/prisma/client";

const SEATS = 35;
const CANDIDATES = 39;
const WOMEN_ELECTED = 6;

export async function seedDemoElectionHistory(db: PrismaClient) {
  const congress = await db.congress.findFirst({ where: { unit: { code: "LC-TU" }, termStart: 2020 }, select: { id: true, provinceId: true, organisationId: true } });
  if (!congress?.provinceId || !congress.organisationId) return 0;
  const place = { congressId: congress.id, provinceId: congress.provinceId, organisationId: congress.organisationId };
  if ((await db.election.count({ where: { congressId: congress.id, kind: "EXECUTIVE_COMMITTEE" } })) > 0) return 0;

  const official = { congressId: congress.id, alternate: false, credentialStatus: { not: "REJECTED" as const } };
  const convened = await db.delegate.count({ where: official });
  // The list: the outgoing committee's members first (re-elected), then others, in the roster's
  // order; 7 women and 32 men, so that 6 women of the 35 elected make 17,14%.
  const pick = (gender: "MALE" | "FEMALE", take: number) =>
    db.delegate.findMany({
      where: { ...official, gender },
      orderBy: [{ category: "asc" }, { sortKey: "asc" }, { id: "asc" }],
      take,
      select: { id: true, fullName: true, familyName: true, middleName: true, givenName: true, gender: true, birthDate: true, birthYear: true, ethnicity: true, position: true, category: true },
    });
  const [women, men] = await Promise.all([pick("FEMALE", WOMEN_ELECTED + 1), pick("MALE", CANDIDATES - WOMEN_ELECTED - 1)]);
  if (women.length + men.length < CANDIDATES) return 0;
  // Not elected: the last woman and the last three men of the list.
  const notElected = new Set([women[women.length - 1]!.id, ...men.slice(-3).map((m) => m.id)]);

  const election = await db.election.create({
    data: {
      ...place,
      kind: "EXECUTIVE_COMMITTEE",
      name: "Bầu Ban Chấp hành Đảng bộ huyện khóa XXII",
      seats: SEATS,
      approvalDecision: "Quyết định chuẩn y của Ban Thường vụ Tỉnh ủy Lai Châu (dữ liệu minh họa)",
      approvedOn: new Date("2020-06-20T00:00:00Z"),
      approvedByName: "Ban Tổ chức Huyện ủy",
    },
    select: { id: true },
  });
  const people = [...women, ...men];
  const ids: string[] = [];
  for (const p of people) {
    const { id: delegateId, category, ...person } = p;
    const c = await db.electionCandidate.create({
      data: { ...place, ...person, electionId: election.id, delegateId, source: "SCHEME", tenure: category === "EX_OFFICIO" ? "RE_ELECTED" : "FIRST_TIME" },
      select: { id: true },
    });
    ids.push(c.id);
  }
  for (const [i, fullName] of ["Lò Văn Kiểm", "Hà Thị Phiếu", "Vàng A Dũng"].entries()) {
    await db.countingCommitteeMember.create({ data: { ...place, fullName, position: i === 0 ? "HEAD" : "MEMBER" } });
  }

  // Two boxes; every delegate present voted (247 convened less 1 rejected: 246), 2 ballots invalid.
  const round = await db.electionRound.create({
    data: { ...place, electionId: election.id, number: 1, seats: SEATS, candidateIds: ids, delegatesPresent: convened, ballotsIssued: convened, baseKind: "DELEGATES", convened, baseExclusions: {}, base: convened },
    select: { id: true },
  });
  const first = Math.ceil(convened / 2);
  const boxes = [
    { box: 1, ballotsReceived: first, valid: first - 1, invalid: 1 },
    { box: 2, ballotsReceived: convened - first, valid: convened - first - 1, invalid: 1 },
  ];
  for (const b of boxes) {
    const count = await db.ballotBoxCount.create({ data: { ...place, roundId: round.id, ...b, enteredByName: "Lò Văn Kiểm" }, select: { id: true } });
    // Elected: from 96% of the box's valid ballots down, a step per candidate (far above half of
    // the base); not elected: about 40% of them.
    await db.ballotBoxVote.createMany({
      data: people.map((p, i) => ({ ...place, countId: count.id, candidateId: ids[i]!, votes: notElected.has(p.id) ? Math.floor(b.valid * 0.4) - i : Math.floor(b.valid * (0.96 - (i % 20) * 0.012)) })),
    });
  }
  await db.electionRound.update({ where: { id: round.id }, data: { status: "CLOSED", closedAt: new Date("2020-06-09T09:30:00Z"), closedByName: "Lò Văn Kiểm" } });
  return 1;
}
