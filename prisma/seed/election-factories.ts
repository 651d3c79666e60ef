// Factories for the personnel scheme and the elections: records made directly in the database
// (the actions under test make theirs through the app). Each fresh congress has a term no other
// test uses, so tests never share a scheme or a counting committee.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { searchKey, splitName } from "../../lib/delegates/names";
import { type TestOrganisation, unique } from "./factories";

export type CongressPlace = { congressId: string; provinceId: string; organisationId: string };

let term = 4000 + Math.floor(Math.random() * 1000) * 5;
let pastTerm = 1000 + Math.floor(Math.random() * 150) * 5;

/** A fresh organisation congress in `organisation`, for records that are one per congress. */
/**
 * `past`: a term long before the world's (2030), so the organisation's current congress (its latest
 * term, which the province and organisation pages show) stays the one other browser specs count on.
 */
export async function createFreshCongress(db: PrismaClient, organisation: TestOrganisation, options: { past?: boolean } = {}): Promise<CongressPlace> {
  const termStart = options.past ? (pastTerm += 5) : (term += 5);
  const c = await db.congress.create({
    data: { unitId: organisation.id, provinceId: organisation.provinceId, organisationId: organisation.id, ordinal: 7, termStart, termEnd: termStart + 5, plannedOpening: new Date("2030-06-08T00:00:00Z") },
    select: { id: true },
  });
  return { congressId: c.id, provinceId: organisation.provinceId, organisationId: organisation.id };
}

const person = (i: number) => {
  const fullName = `${i % 3 === 0 ? "Lò Thị" : "Nguyễn Văn"} ${unique("Ứng")}`;
  return { fullName, ...splitName(fullName), gender: (i % 3 === 0 ? "FEMALE" : "MALE") as "FEMALE" | "MALE", birthYear: 1975 + (i % 20), ethnicity: i % 4 === 0 ? "Thái" : "Kinh" };
};

/** The caller sits on the congress's personnel sub-committee (as a plain member). */
export async function addToPersonnelSubCommittee(db: PrismaClient, place: CongressPlace, userId: string) {
  const sub = await db.subCommittee.upsert({
    where: { congressId_kind: { congressId: place.congressId, kind: "PERSONNEL" } },
    create: { ...place, kind: "PERSONNEL", name: "Tiểu ban Nhân sự" },
    update: {},
    select: { id: true },
  });
  await db.subCommitteeMember.create({ data: { subCommitteeId: sub.id, provinceId: place.provinceId, organisationId: place.organisationId, userId, fullName: "Người Thử Nhân Sự", position: "MEMBER" } });
}

export async function addToCountingCommittee(db: PrismaClient, place: CongressPlace, userId: string | null, position: "HEAD" | "MEMBER" = "MEMBER") {
  return db.countingCommitteeMember.create({ data: { ...place, userId, fullName: `Người Kiểm Phiếu ${unique()}`, position }, select: { id: true } });
}

export async function createScheme(db: PrismaClient, place: CongressPlace, options: { committeeSize?: number; candidates?: number; status?: "DRAFT" | "LOCKED" | "APPROVED" } = {}) {
  const scheme = await db.personnelScheme.create({
    data: { ...place, committeeSize: options.committeeSize ?? 3, standingCommitteeSize: 1, status: options.status ?? "DRAFT", lockedAt: options.status && options.status !== "DRAFT" ? new Date() : null },
    select: { id: true, version: true },
  });
  const candidateIds: string[] = [];
  for (let i = 0; i < (options.candidates ?? 0); i++) {
    const c = await db.personnelCandidate.create({ data: { ...place, schemeId: scheme.id, ...person(i), sector: "PARTY", tenure: i % 2 ? "FIRST_TIME" : "RE_ELECTED" }, select: { id: true } });
    candidateIds.push(c.id);
  }
  return { ...scheme, candidateIds };
}

export async function createElectionWithCandidates(db: PrismaClient, place: CongressPlace, options: { seats?: number; candidates?: number; kind?: "OTHER" | "EXECUTIVE_COMMITTEE" | "STANDING_COMMITTEE" | "SECRETARY" } = {}) {
  const election = await db.election.create({ data: { ...place, kind: options.kind ?? "OTHER", name: `Bầu cử ${unique()}`, seats: options.seats ?? 2 }, select: { id: true } });
  const candidateIds: string[] = [];
  for (let i = 0; i < (options.candidates ?? 3); i++) {
    const c = await db.electionCandidate.create({ data: { ...place, electionId: election.id, source: "SCHEME", ...person(i) }, select: { id: true } });
    candidateIds.push(c.id);
  }
  return { id: election.id, candidateIds };
}

export type BoxSpec = { box: number; ballotsReceived: number; valid: number; invalid: number; votes: number[]; correctionReason?: string; revision?: number };

/** A round of the election over all its candidates, with boxes entered; closed last when asked. */
export async function createRound(
  db: PrismaClient,
  place: CongressPlace,
  election: { id: string; candidateIds: string[] },
  options: { seats?: number; ballotsIssued?: number; boxes?: BoxSpec[]; closed?: boolean; number?: number; convened?: number; absentUnreplaced?: number } = {},
) {
  // The base of the majority: the delegates convened (by default those present), less the absent.
  const convened = options.convened ?? options.ballotsIssued ?? 100;
  const absent = options.absentUnreplaced ?? 0;
  const round = await db.electionRound.create({
    data: {
      ...place,
      electionId: election.id,
      number: options.number ?? 1,
      seats: options.seats ?? 2,
      candidateIds: election.candidateIds,
      delegatesPresent: options.ballotsIssued ?? 100,
      ballotsIssued: options.ballotsIssued ?? 100,
      baseKind: "DELEGATES",
      convened,
      baseExclusions: absent ? { ABSENT_UNREPLACED: absent } : {},
      base: convened - absent,
    },
    select: { id: true },
  });
  const countIds: string[] = [];
  for (const b of options.boxes ?? []) {
    const c = await db.ballotBoxCount.create({
      data: { ...place, roundId: round.id, box: b.box, revision: b.revision ?? 1, ballotsReceived: b.ballotsReceived, valid: b.valid, invalid: b.invalid, enteredByName: "Người Kiểm Phiếu", correctionReason: b.correctionReason ?? null },
      select: { id: true },
    });
    await db.ballotBoxVote.createMany({ data: election.candidateIds.map((candidateId, i) => ({ ...place, countId: c.id, candidateId, votes: b.votes[i] ?? 0 })) });
    countIds.push(c.id);
  }
  if (options.closed) await db.electionRound.update({ where: { id: round.id }, data: { status: "CLOSED", closedAt: new Date(), closedByName: "Người Kiểm Phiếu" } });
  return { id: round.id, countIds };
}

export type AttendanceSpec = {
  /** Official delegates checked in. */
  present: number;
  /** Official delegates never checked in, nobody replacing them. */
  absentUnreplaced?: number;
  /** Ex-officio delegates (members of the outgoing, convening committee) never checked in. */
  committeeAbsent?: number;
  /** Official delegates never checked in, each replaced by an alternate who checked in. */
  replaced?: number;
  /** Official delegates whose credentials were rejected (not convened). */
  rejected?: number;
};

/**
 * A congress's roster and check-in for the base of the majority: official delegates present, absent
 * or replaced, ex-officio members absent, rejected ones. Returns the ids of the absent unreplaced.
 */
export async function createAttendance(db: PrismaClient, place: CongressPlace, spec: AttendanceSpec) {
  const row = (category: "ELECTED" | "EX_OFFICIO", status: "ACCEPTED" | "REJECTED", checkedIn: boolean, alternate = false) => {
    const fullName = `Đinh Văn ${unique("Dự")}`;
    return { ...place, fullName, ...splitName(fullName), searchKey: searchKey(fullName), gender: "MALE" as const, birthYear: 1980, ethnicity: "Kinh", category, credentialStatus: status, alternate, checkedInAt: checkedIn ? new Date() : null };
  };
  const times = <T,>(n: number | undefined, f: () => T) => Array.from({ length: n ?? 0 }, f);
  await db.delegate.createMany({
    data: [
      ...times(spec.present, () => row("ELECTED", "ACCEPTED", true)),
      ...times(spec.committeeAbsent, () => row("EX_OFFICIO", "ACCEPTED", false)),
      ...times(spec.rejected, () => row("ELECTED", "REJECTED", false)),
    ],
  });
  const absent: string[] = [];
  for (let i = 0; i < (spec.absentUnreplaced ?? 0); i++) absent.push((await db.delegate.create({ data: row("ELECTED", "ACCEPTED", false), select: { id: true } })).id);
  for (let i = 0; i < (spec.replaced ?? 0); i++) {
    const official = await db.delegate.create({ data: row("ELECTED", "ACCEPTED", false), select: { id: true } });
    await db.delegate.create({ data: { ...row("ELECTED", "ACCEPTED", true, true), replacesId: official.id, replacementReason: "Ốm", replacedOn: new Date("2030-06-08T00:00:00Z") } });
  }
  return { absent };
}
