// The authorization matrix: one row per server action (by its registered name), per API endpoint
// (method + path) and per other route handler (file + method), each naming what the caller needs
// on the record it touches. tests/integration/authorization-matrix.test.ts calls every row as
// every role on its own organisation, another organisation of the same province and another province,
// and compares what happens with what ROLE_RULES (lib/auth/access.ts) gives for the declared right.
//
// It lives with the tests, not in lib/: the app enforces access in each action through
// authorize(); this table is the independent statement it is checked against, so changing a
// check and changing its row are two deliberate edits. Each row carries the fixture that builds a
// valid input for a fresh record, so a row cannot be added without making the call reachable.
import { createHash } from "node:crypto";
import type { Right, Role } from "@/lib/auth/access";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createCongressDocument, createMilestone, createSubCommittee, createTask, type TestOrganisation, type TestUser, unique } from "@/prisma/seed/factories";
import { type BoxSpec, addToCountingCommittee, addToPersonnelSubCommittee, createElectionWithCandidates, createFreshCongress, createRound, createScheme } from "@/prisma/seed/election-factories";
import { pdfBytes } from "../support/office-files";
import { HEADER, csv } from "../support/roster-files";

/** The caller's relation to the record, for rules that depend on it (lib/auth/access RecordFacts). */
export type Relation = "lead" | "assigned" | "personnel" | "counter";

export type Fixture = {
  db: PrismaClient;
  /** The organisation the fresh record is made in. */
  organisation: TestOrganisation;
  caller: TestUser;
  /**
   * When set, the fixture makes the caller lead the record's sub-committee, assigns the task to
   * them, seats them on the congress's personnel sub-committee or on its vote-counting committee.
   */
  relation: Relation | null;
};

/**
 * - right: the caller needs this access action on the record's place (facts from `relations`).
 * - self-only: touches only the caller's own account; `foreign` names another account's record.
 * - public: reachable without a session by design.
 * - scoped-list: a list any signed-in caller may ask for; it must hold the place's record exactly
 *   when the caller may read the place (`right`), so "not listed" counts as 404.
 */
export type ActionRow =
  | { access: "right"; right: Right; relations?: Relation[]; input: (f: Fixture) => Promise<unknown>; place?: RowPlace; levels?: Level[] }
  | { access: "self-only"; input: (f: Fixture) => Promise<unknown>; foreign?: (f: Fixture & { other: TestUser }) => Promise<unknown> };

/**
 * Where the right is checked, when not on the fixture's organisation: its province (a province's own
 * record, a new organisation in it) or the installation (what only an admin does: a new province).
 */
export type RowPlace = "province" | "installation";

/**
 * The levels a row is called at: an organisation under a province (a commune) and the province's
 * own congress. Rows about what only exists below a province (its grassroots units, an
 * organisation's own record, which a province's is not) name the first alone.
 */
export type Level = "organisation" | "province";

export type HttpCall = { path: string; params?: Record<string, string | string[]>; query?: string; body?: () => FormData | URLSearchParams; headers?: Record<string, string> };

export type HttpRow =
  | { access: "right"; right: Right; call: (f: Fixture) => Promise<HttpCall> }
  | { access: "scoped-list"; right: Right; call: (f: Fixture) => Promise<HttpCall>; lists: (body: unknown, f: Fixture) => boolean }
  | { access: "public"; call: () => Promise<HttpCall> };

// ——— fixtures ———

let year = 2100;
/** A fresh organisation congress of a term no other row uses, PREPARING. */
async function freshCongress(f: Fixture) {
  const termStart = year++;
  return f.db.congress.create({
    data: { unitId: f.organisation.id, provinceId: f.organisation.provinceId, organisationId: f.organisation.id, ordinal: termStart - 2080, termStart, termEnd: termStart + 5, plannedOpening: new Date(Date.UTC(termStart, 5, 8)) },
    select: { id: true, version: true, termStart: true, termEnd: true, ordinal: true },
  });
}

/** A fresh account working in the fixture's organisation (as a MEMBER unless said). */
async function organisationAccount(f: Fixture, role: Role = "MEMBER", unitId: string | null = f.organisation.id) {
  const user = await f.db.user.create({
    data: { email: `${unique("acc")}@test.example`, name: "Người Thử Tài Khoản", passwordHash: "x", grants: { create: { role, unitId } } },
    select: { id: true, grants: { select: { id: true } } },
  });
  return { id: user.id, grantId: user.grants[0]!.id };
}

const versionOf = async (f: Fixture, id: string) => (await f.db.unit.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

const taskFields = { description: "", milestoneId: "", assigneeIds: [] as string[], dueOn: "30/06/2030", priority: "HIGH", status: "IN_PROGRESS" };

/** A sub-committee of the organisation; led (HEAD) by the caller when the relation asks for it. */
async function subCommittee(f: Fixture) {
  return createSubCommittee(f.db, f.organisation, { members: f.relation === "lead" ? [{ userId: f.caller.id, position: "HEAD" }] : [{ fullName: "Lò Văn Thử", position: "MEMBER" }] });
}

/** A task in a fresh sub-committee, with the caller's relation to it. */
async function task(f: Fixture) {
  const sub = await subCommittee(f);
  const t = await createTask(f.db, f.organisation, { subCommitteeId: sub.id, assigneeIds: f.relation === "assigned" ? [f.caller.id] : [] });
  return { id: t.id, subId: sub.id };
}

async function grassrootsUnit(f: Fixture) {
  return f.db.unit.create({
    data: { code: unique("G"), name: `Chi bộ ${unique()}`, kind: "GRASSROOTS_CELL", block: "DIRECT_CELL", parentId: f.organisation.id, provinceId: f.organisation.provinceId, organisationId: f.organisation.id },
    select: { id: true, version: true },
  });
}

async function delegate(f: Fixture, over: { credentialStatus?: "PENDING" | "ACCEPTED"; checkedInAt?: Date; alternate?: boolean; replacesId?: string; replacementReason?: string; replacedOn?: Date } = {}) {
  const { splitName, searchKey } = await import("@/lib/delegates/names");
  const fullName = `Nguyễn Văn ${unique("Thử")}`;
  return f.db.delegate.create({
    data: {
      congressId: f.organisation.congressId,
      provinceId: f.organisation.provinceId,
      organisationId: f.organisation.id,
      fullName,
      ...splitName(fullName),
      searchKey: searchKey(fullName),
      gender: "MALE",
      birthDate: new Date("1980-01-15T00:00:00Z"),
      birthYear: 1980,
      ethnicity: "Kinh",
      category: "APPOINTED",
      credentialStatus: over.credentialStatus ?? "PENDING",
      checkedInAt: over.checkedInAt ?? null,
      alternate: over.alternate ?? false,
      replacesId: over.replacesId ?? null,
      replacementReason: over.replacementReason ?? null,
      replacedOn: over.replacedOn ?? null,
    },
    select: { id: true, version: true },
  });
}

const delegateFields = () => ({
  fullName: `Trần Thị ${unique("Mới")}`,
  gender: "FEMALE",
  birth: "12/05/1980",
  ethnicity: "Tày",
  partyAdmissionDate: "",
  educationLevel: "",
  theoryLevel: "",
  position: "",
  homeUnitId: "",
  category: "APPOINTED",
  group: "",
  seat: "",
  note: "",
  overQuotaReason: "",
});

async function documentVersion(f: Fixture) {
  const doc = await createCongressDocument(f.db, f.organisation);
  const content = Buffer.from(pdfBytes());
  const version = await f.db.documentVersion.create({
    data: { documentId: doc.id, provinceId: f.organisation.provinceId, organisationId: f.organisation.id, number: 1, fileName: "du-thao.pdf", contentType: "application/pdf", size: content.length, sha256: createHash("sha256").update(content).digest("hex"), content },
    select: { id: true },
  });
  return { documentId: doc.id, versionId: version.id };
}

const rosterFile = (f: Fixture) => () => {
  const form = new FormData();
  const bytes = csv([HEADER, [1, "Nguyễn Văn Nhập", "Nam", "01/01/1980", "Kinh", "", "", "", "", f.organisation.grassroots[0]!.name, "Bầu", "", "", ""]]);
  form.append("file", new Blob([bytes as BlobPart]), "ds.csv");
  return form;
};

/** A fresh congress of the organisation; the caller on its personnel sub-committee or counting committee when the relation asks. */
async function electionCongress(f: Fixture) {
  const place = await createFreshCongress(f.db, f.organisation);
  if (f.relation === "personnel") await addToPersonnelSubCommittee(f.db, place, f.caller.id);
  if (f.relation === "counter") await addToCountingCommittee(f.db, place, f.caller.id);
  return place;
}

const schemeFields = { committeeSize: "35", standingCommitteeSize: "11", previousCommitteeSize: "37", marginMinPercent: "10", marginMaxPercent: "15", notes: "", targets: [{ metric: "WOMEN", minPercent: "15", maxPercent: "" }] };
const candidateFields = () => ({
  delegateId: "",
  fullName: `Hà Thị ${unique("Mới")}`,
  gender: "FEMALE",
  birth: "12/05/1985",
  ethnicity: "Thái",
  position: "Phó Chủ tịch UBND huyện",
  sector: "GOVERNMENT",
  tenure: "FIRST_TIME",
  standingCommittee: false,
  screeningNotes: "",
  steps: [{ step: 2, heldOn: "10/03/2030", percent: "86,5" }],
});
/** An open round of a fresh election (three candidates, two seats) in a fresh congress. */
async function openRoundOf(f: Fixture, boxes: BoxSpec[] = [], closed = false) {
  const place = await electionCongress(f);
  const election = await createElectionWithCandidates(f.db, place, { seats: 2, candidates: 3 });
  const round = await createRound(f.db, place, election, { seats: 2, ballotsIssued: 100, boxes, closed });
  return { roundId: round.id, candidateIds: election.candidateIds };
}
const boxInput = (candidateIds: string[]) => ({ box: 1, ballotsReceived: 50, valid: 48, invalid: 2, votes: candidateIds.map((candidateId, i) => ({ candidateId, votes: [40, 30, 20][i]! })) });

// ——— server actions: every name in registeredActions() ———

export const SERVER_ACTIONS: Record<string, ActionRow> = {
  // The caller's own account: the input names no account, or only the caller's own token.
  "account.change-password": {
    access: "self-only",
    input: async (f) => {
      const next = `Mật-khẩu-${unique()}-dài`;
      return { currentPassword: f.caller.password, newPassword: next, confirmPassword: next };
    },
  },
  "account.set-locale": { access: "self-only", input: async () => ({ locale: "en" }) },
  "account.dismiss-reset-notice": { access: "self-only", input: async () => ({}) },
  "api-token.create": { access: "self-only", input: async (f) => ({ name: unique("Tích hợp "), password: f.caller.password }) },
  "api-token.revoke": {
    access: "self-only",
    input: async (f) => {
      const { createApiToken } = await import("@/lib/api/tokens");
      return { id: (await createApiToken(f.caller.id, "matrix", { userId: f.caller.id, email: f.caller.email })).id };
    },
    foreign: async (f) => {
      const { createApiToken } = await import("@/lib/api/tokens");
      return { id: (await createApiToken(f.other.id, "matrix", { userId: f.other.id, email: f.other.email })).id };
    },
  },

  "unit.create": { levels: ["organisation"], access: "right", right: "unit.manage", input: async (f) => ({ organisationId: f.organisation.id, kind: "GRASSROOTS_COMMITTEE", name: `Đảng bộ xã ${unique()}`, block: "COMMUNE", memberCount: "120", foundedOn: "" }) },
  "unit.update": {
    access: "right",
    right: "unit.manage",
    input: async (f) => {
      const u = await grassrootsUnit(f);
      return { unitId: u.id, version: u.version, name: `Chi bộ ${unique()}`, block: "DIRECT_CELL", memberCount: "15", foundedOn: "" };
    },
  },
  "unit.change-status": {
    access: "right",
    right: "unit.manage",
    input: async (f) => {
      const u = await grassrootsUnit(f);
      return { unitId: u.id, version: u.version, status: "DISSOLVED", effectiveOn: "2029-12-01", successorId: "", note: "" };
    },
  },

  "delegate.create": { access: "right", right: "delegate.manage", input: async (f) => ({ congressId: f.organisation.congressId, delegate: delegateFields() }) },
  "delegate.update": {
    access: "right",
    right: "delegate.manage",
    input: async (f) => {
      const d = await delegate(f);
      return { id: d.id, version: d.version, delegate: delegateFields() };
    },
  },
  "delegate.review-credential": {
    access: "right",
    right: "delegate.manage",
    input: async (f) => {
      const d = await delegate(f);
      return { id: d.id, version: d.version, status: "ACCEPTED" };
    },
  },
  "delegate.check-in": {
    access: "right",
    right: "delegate.manage",
    input: async (f) => {
      const d = await delegate(f, { credentialStatus: "ACCEPTED" });
      return { id: d.id, version: d.version };
    },
  },
  "delegate.replace": {
    access: "right",
    right: "delegate.manage",
    input: async (f) => {
      const official = await delegate(f, { credentialStatus: "ACCEPTED" });
      const alternate = await delegate(f, { credentialStatus: "ACCEPTED", alternate: true });
      return { id: alternate.id, version: alternate.version, replacesId: official.id, reason: "Ốm", date: "01/12/2026" };
    },
  },
  "delegate.end-replacement": {
    access: "right",
    right: "delegate.manage",
    input: async (f) => {
      const official = await delegate(f, { credentialStatus: "ACCEPTED" });
      const alternate = await delegate(f, { credentialStatus: "ACCEPTED", alternate: true, replacesId: official.id, replacementReason: "Ốm", replacedOn: new Date("2026-12-01T00:00:00Z") });
      return { id: alternate.id, version: alternate.version };
    },
  },
  "delegate.undo-check-in": {
    access: "right",
    right: "delegate.manage",
    input: async (f) => {
      const d = await delegate(f, { credentialStatus: "ACCEPTED", checkedInAt: new Date() });
      return { id: d.id, version: d.version };
    },
  },
  "delegate.delete": {
    access: "right",
    right: "delegate.manage",
    input: async (f) => {
      const d = await delegate(f);
      return { id: d.id, version: d.version };
    },
  },
  "delegate.assign-groups": {
    access: "right",
    right: "delegate.manage",
    input: async (f) => {
      await delegate(f, { credentialStatus: "ACCEPTED" });
      // The roster as the organizer saw it: every seated accepted delegate with its version.
      const { seatedWhere } = await import("@/lib/delegates/seating");
      const delegates = await f.db.delegate.findMany({ where: { congressId: f.organisation.congressId, credentialStatus: "ACCEPTED", AND: [seatedWhere] }, select: { id: true, version: true } });
      return { congressId: f.organisation.congressId, groupCount: 1, prefix: "Tổ", numberSeats: false, delegates };
    },
  },
  "delegate.save-quotas": {
    access: "right",
    right: "delegate.manage",
    input: async (f) => {
      const unitId = f.organisation.grassroots[0]!.id;
      const current = await f.db.delegateQuota.findFirst({ where: { congressId: f.organisation.congressId, unitId }, select: { version: true } });
      return { congressId: f.organisation.congressId, quotas: [{ unitId, seats: 3, version: current?.version ?? null }] };
    },
  },
  "delegate.save-targets": { access: "right", right: "delegate.manage", input: async (f) => ({ congressId: f.organisation.congressId, targets: [{ metric: "WOMEN", minPercent: 15, maxPercent: null }] }) },

  "subcommittee.create": { access: "right", right: "congress.manage", input: async (f) => ({ congressId: f.organisation.congressId, kind: "CUSTOM", name: unique("Tiểu ban "), decisionNumber: "", decisionDate: "" }) },
  "subcommittee.update": {
    access: "right",
    right: "congress.manage",
    input: async (f) => ({ id: (await subCommittee(f)).id, version: 1, kind: "CUSTOM", name: unique("Tiểu ban "), decisionNumber: "120-QĐ/HU", decisionDate: "15/09/2029" }),
  },
  "subcommittee.add-member": {
    access: "right",
    right: "congress.manage",
    input: async (f) => ({ subCommitteeId: (await subCommittee(f)).id, userId: "", fullName: "Hà Thị Thử", jobTitle: "", position: "SECRETARY" }),
  },
  "subcommittee.update-member": {
    access: "right",
    right: "congress.manage",
    input: async (f) => ({ id: (await subCommittee(f)).memberIds[0]!, version: 1, userId: "", fullName: "Lò Văn Thử", jobTitle: "Chánh Văn phòng", position: "DEPUTY" }),
  },
  "subcommittee.remove-member": { access: "right", right: "congress.manage", input: async (f) => ({ id: (await subCommittee(f)).memberIds[0]!, version: 1 }) },

  // A lead manages the tasks of the sub-committees they lead; a member updates what is assigned to them.
  "task.create": {
    access: "right",
    right: "task.manage",
    relations: ["lead"],
    input: async (f) => ({ congressId: f.organisation.congressId, title: unique("Nhiệm vụ "), subCommitteeId: (await subCommittee(f)).id, ...taskFields }),
  },
  "task.update": {
    access: "right",
    right: "task.manage",
    relations: ["lead", "assigned"],
    input: async (f) => {
      const t = await task(f);
      return { id: t.id, version: 1, title: unique("Nhiệm vụ "), subCommitteeId: t.subId, ...taskFields };
    },
  },
  "task.set-status": { access: "right", right: "task.set-status", relations: ["lead", "assigned"], input: async (f) => ({ id: (await task(f)).id, version: 1, status: "DONE" }) },
  "task.delete": { access: "right", right: "task.manage", relations: ["lead", "assigned"], input: async (f) => ({ id: (await task(f)).id, version: 1 }) },
  "task.comment": { access: "right", right: "organisation.comment", input: async (f) => ({ taskId: (await task(f)).id, body: "Đề nghị hoàn thành trước hội nghị." }) },

  "milestone.apply-standard": { access: "right", right: "congress.manage", input: async (f) => ({ congressId: f.organisation.congressId }) },
  "milestone.create": {
    access: "right",
    right: "congress.manage",
    input: async (f) => ({ congressId: f.organisation.congressId, name: unique("Mốc "), plannedOn: "01/03/2030", doneOn: "", status: "PLANNED", reference: "Kế hoạch số 77" }),
  },
  "milestone.update": {
    access: "right",
    right: "congress.manage",
    input: async (f) => ({ id: (await createMilestone(f.db, f.organisation)).id, version: 1, name: unique("Mốc "), plannedOn: "02/03/2030", doneOn: "", status: "DONE", reference: "" }),
  },
  "milestone.delete": { access: "right", right: "congress.manage", input: async (f) => ({ id: (await createMilestone(f.db, f.organisation)).id, version: 1 }) },

  "document.add-standard": { access: "right", right: "congress.manage", input: async (f) => ({ congressId: f.organisation.congressId }) },
  "document.create": { access: "right", right: "congress.manage", input: async (f) => ({ congressId: f.organisation.congressId, title: unique("Văn kiện "), subCommitteeId: "", notes: "" }) },
  "document.update": {
    access: "right",
    right: "congress.manage",
    input: async (f) => ({ id: (await createCongressDocument(f.db, f.organisation)).id, version: 1, title: unique("Văn kiện "), subCommitteeId: "", notes: "Bản sửa" }),
  },
  "document.move": { access: "right", right: "congress.manage", input: async (f) => ({ id: (await createCongressDocument(f.db, f.organisation)).id, version: 1, to: "INTERNAL_REVIEW", on: "01/10/2029" }) },
  "document.upload": {
    access: "right",
    right: "congress.manage",
    input: async (f) => ({ documentId: (await createCongressDocument(f.db, f.organisation)).id, fileName: "du-thao.pdf", file: new Blob([pdfBytes() as BlobPart]), note: "" }),
  },

  // The personnel sub-committee's members (any position) and the organizer edit the scheme; the organizer approves it.
  "personnel.save-scheme": {
    access: "right",
    right: "personnel.manage",
    relations: ["personnel"],
    input: async (f) => ({ congressId: (await electionCongress(f)).congressId, version: null, ...schemeFields }),
  },
  "personnel.add-candidate": {
    access: "right",
    right: "personnel.manage",
    relations: ["personnel"],
    input: async (f) => {
      const place = await electionCongress(f);
      await createScheme(f.db, place);
      return { congressId: place.congressId, candidate: candidateFields() };
    },
  },
  "personnel.update-candidate": {
    access: "right",
    right: "personnel.manage",
    relations: ["personnel"],
    input: async (f) => ({ id: (await createScheme(f.db, await electionCongress(f), { candidates: 1 })).candidateIds[0]!, version: 1, candidate: candidateFields() }),
  },
  "personnel.remove-candidate": {
    access: "right",
    right: "personnel.manage",
    relations: ["personnel"],
    input: async (f) => ({ id: (await createScheme(f.db, await electionCongress(f), { candidates: 1 })).candidateIds[0]!, version: 1 }),
  },
  "personnel.lock": {
    access: "right",
    right: "personnel.manage",
    relations: ["personnel"],
    input: async (f) => {
      const place = await electionCongress(f);
      await createScheme(f.db, place, { committeeSize: 3, candidates: 4 });
      return { congressId: place.congressId, version: 1 };
    },
  },
  "personnel.approve": {
    access: "right",
    right: "personnel.approve",
    input: async (f) => {
      const place = await electionCongress(f);
      await createScheme(f.db, place, { committeeSize: 3, candidates: 4, status: "LOCKED" });
      return { congressId: place.congressId, version: 1 };
    },
  },

  // The organizer (the presidium's hands) sets the elections up; the counting committee counts.
  "election.create": { access: "right", right: "election.manage", input: async (f) => ({ congressId: f.organisation.congressId, kind: "UPPER_DELEGATES", name: unique("Bầu "), seats: "3", fromScheme: false }) },
  "election.nominate": {
    access: "right",
    right: "election.manage",
    input: async (f) => ({
      electionId: (await createElectionWithCandidates(f.db, await electionCongress(f), { seats: 4, candidates: 3 })).id,
      source: "SELF_NOMINATED",
      delegateId: "",
      fullName: `Vàng Văn ${unique("Cử")}`,
      gender: "MALE",
      birth: "1982",
      ethnicity: "Mông",
      position: "",
      nominatedBy: "",
      agreeing: "40",
      present: "100",
    }),
  },
  "election.add-counter": { access: "right", right: "election.manage", input: async (f) => ({ congressId: (await electionCongress(f)).congressId, userId: "", fullName: "Lường Thị Phiếu", position: "MEMBER" }) },
  "election.remove-counter": { access: "right", right: "election.manage", input: async (f) => ({ id: (await addToCountingCommittee(f.db, await electionCongress(f), null)).id }) },
  "election.open-round": {
    access: "right",
    right: "election.manage",
    input: async (f) => ({ electionId: (await createElectionWithCandidates(f.db, await electionCongress(f))).id, delegatesPresent: "120", ballotsIssued: "118" }),
  },
  "election.approve": {
    access: "right",
    right: "election.manage",
    input: async (f) => {
      const place = await electionCongress(f);
      const election = await createElectionWithCandidates(f.db, place, { seats: 2, candidates: 3 });
      await createRound(f.db, place, election, { seats: 2, boxes: [{ box: 1, ballotsReceived: 50, valid: 48, invalid: 2, votes: [40, 30, 20] }], closed: true });
      return { electionId: election.id, version: 1, decision: "Quyết định số 1234-QĐ/TU", approvedOn: "20/06/2030" };
    },
  },
  "ballot-count.enter": {
    access: "right",
    right: "election.count",
    relations: ["counter"],
    input: async (f) => {
      const r = await openRoundOf(f);
      return { roundId: r.roundId, version: null, ...boxInput(r.candidateIds) };
    },
  },
  "ballot-count.close-round": {
    access: "right",
    right: "election.count",
    relations: ["counter"],
    input: async (f) => ({ roundId: (await openRoundOf(f, [{ box: 1, ballotsReceived: 50, valid: 48, invalid: 2, votes: [40, 30, 20] }])).roundId, version: 1 }),
  },
  "ballot-count.correct": {
    access: "right",
    right: "election.count",
    relations: ["counter"],
    input: async (f) => {
      const r = await openRoundOf(f, [{ box: 1, ballotsReceived: 50, valid: 48, invalid: 2, votes: [40, 30, 20] }], true);
      return { roundId: r.roundId, revision: 1, reason: "Đọc nhầm số phiếu của hòm 1", ...boxInput(r.candidateIds) };
    },
  },
  "ballot-count.correct-base": {
    access: "right",
    right: "election.count",
    relations: ["counter"],
    input: async (f) => ({ roundId: (await openRoundOf(f, [{ box: 1, ballotsReceived: 50, valid: 48, invalid: 2, votes: [40, 30, 20] }], true)).roundId, baseRevision: 1, reason: "Điểm danh ghi muộn" }),
  },

  "grassroots.save": {
    access: "right",
    right: "congress.manage",
    input: async (f) => ({ organisationCongressId: f.organisation.congressId, unitId: (await grassrootsUnit(f)).id, congressId: "", version: null, ordinal: 4, plannedOpening: "", heldOn: "10/03/2030", isPilot: false, status: "HELD" }),
  },
};

/** Exports of "use server" modules that do not go through defineAction, by file and name. */
export const SETUP_ACTIONS: Record<string, ActionRow> = {
  "province.create": { access: "right", right: "province.manage", place: "installation", input: async () => ({ code: unique("P"), name: `Đảng bộ tỉnh ${unique()}`, memberCount: "50000", foundedOn: "" }) },
  "province.update": {
    access: "right",
    right: "province.manage",
    place: "province",
    input: async (f) => {
      const p = await f.db.unit.findUniqueOrThrow({ where: { id: f.organisation.provinceId }, select: { id: true, code: true, name: true, version: true } });
      return { unitId: p.id, version: p.version, code: p.code, name: p.name, memberCount: "52000", foundedOn: "" };
    },
  },
  "province.change-status": {
    access: "right",
    right: "province.manage",
    place: "province",
    // The province stays active: "ACTIVE" again is a life event too, and keeps the world usable.
    input: async (f) => ({ unitId: f.organisation.provinceId, version: await versionOf(f, f.organisation.provinceId), status: "ACTIVE", effectiveOn: "", successorId: "", note: "" }),
  },
  "organisation.create": { access: "right", right: "organisation.manage", place: "province", input: async (f) => ({ provinceId: f.organisation.provinceId, kind: "COMMUNE", code: unique("D"), name: `Đảng bộ xã ${unique()}`, memberCount: "1200", foundedOn: "" }) },
  "organisation.update": {
    levels: ["organisation"], access: "right",
    right: "organisation.manage",
    input: async (f) => {
      const d = await f.db.unit.findUniqueOrThrow({ where: { id: f.organisation.id }, select: { id: true, code: true, name: true, version: true } });
      return { unitId: d.id, version: d.version, code: d.code, name: d.name, memberCount: "1000", foundedOn: "" };
    },
  },
  "organisation.change-status": {
    levels: ["organisation"], access: "right",
    right: "organisation.manage",
    input: async (f) => ({ unitId: f.organisation.id, version: await versionOf(f, f.organisation.id), status: "ACTIVE", effectiveOn: "", successorId: "", note: "" }),
  },
  "congress.create": {
    access: "right",
    right: "congress.edit",
    input: async (f) => {
      const termStart = year++;
      return { organisationId: f.organisation.id, ordinal: termStart - 2080, termStart, termEnd: termStart + 5, plannedOpening: `08/06/${termStart}`, plannedClosing: `10/06/${termStart}`, venue: "Hội trường huyện", isPilot: false };
    },
  },
  "congress.update": {
    access: "right",
    right: "congress.edit",
    input: async (f) => {
      const c = await freshCongress(f);
      return { congressId: c.id, version: c.version, ordinal: c.ordinal, termStart: c.termStart, termEnd: c.termEnd, plannedOpening: `09/06/${c.termStart}`, plannedClosing: "", venue: "Trung tâm Văn hóa", isPilot: true };
    },
  },
  "congress.set-status": { access: "right", right: "congress.edit", input: async (f) => ({ congressId: (await freshCongress(f)).id, version: 1, status: "CONVOKED", heldOn: "" }) },
  "congress.create-next-term": {
    access: "right",
    right: "congress.edit",
    // Two terms ahead: the next term of a fresh congress is free.
    input: async (f) => {
      const c = await freshCongress(f);
      year += 10;
      return { congressId: c.id, plannedOpening: `08/06/${c.termEnd}` };
    },
  },
  // A VIEWER: the one role every role with account.manage may hand out (lib/users/grants.ts GIVES);
  // ACCOUNT_RULE_ROWS below holds the refusals beyond the right.
  "account.create": {
    access: "right",
    right: "account.manage",
    input: async (f) => ({ email: `${unique("new")}@test.example`, name: "Lò Thị Mới", role: "VIEWER", unitId: f.organisation.id, firstSignIn: "LINK" }),
  },
  "account.grant": { access: "right", right: "account.manage", input: async (f) => ({ userId: (await organisationAccount(f)).id, role: "VIEWER", unitId: f.organisation.id }) },
  "account.revoke": {
    access: "right",
    right: "account.manage",
    input: async (f) => {
      const a = await organisationAccount(f);
      return { userId: a.id, grantId: a.grantId };
    },
  },
  "account.set-disabled": { access: "right", right: "account.manage", input: async (f) => ({ userId: (await organisationAccount(f)).id, disabled: true }) },
  "account.reset-password": { access: "right", right: "account.manage", input: async (f) => ({ userId: (await organisationAccount(f, "VIEWER")).id, firstSignIn: "LINK" }) },
};

/**
 * Account rules beyond the right (lib/users/grants.ts): calls that account.manage alone would let
 * through, made by `as` on its own organisation (the fixture's), each refused with `want`.
 */
export type AccountRuleRow = { action: string; as: Role; want: "deny" | "404"; input: (f: Fixture) => Promise<unknown> };
export const ACCOUNT_RULE_ROWS: Record<string, AccountRuleRow> = {
  "self-grant: an organizer grants itself a role": { action: "account.grant", as: "ORGANIZER", want: "deny", input: async (f) => ({ userId: f.caller.id, role: "VIEWER", unitId: f.organisation.id }) },
  "self-grant: an overseer grants itself ORGANIZER": { action: "account.grant", as: "PROVINCE_OVERSEER", want: "deny", input: async (f) => ({ userId: f.caller.id, role: "ORGANIZER", unitId: f.organisation.id }) },
  "self-grant: an admin grants itself a role": { action: "account.grant", as: "ADMIN", want: "deny", input: async (f) => ({ userId: f.caller.id, role: "ORGANIZER", unitId: f.organisation.id }) },
  "above its own: an overseer grants ORGANIZER (writes it cannot)": { action: "account.grant", as: "PROVINCE_OVERSEER", want: "deny", input: async (f) => ({ userId: (await organisationAccount(f)).id, role: "ORGANIZER", unitId: f.organisation.id }) },
  "above its own: an overseer makes an account with MEMBER": { action: "account.create", as: "PROVINCE_OVERSEER", want: "deny", input: async (f) => ({ email: `${unique("new")}@test.example`, name: "Lò Thị Mới", role: "MEMBER", unitId: f.organisation.id, firstSignIn: "LINK" }) },
  "above its own: an organizer grants PROVINCE_OVERSEER": { action: "account.grant", as: "ORGANIZER", want: "404", input: async (f) => ({ userId: (await organisationAccount(f)).id, role: "PROVINCE_OVERSEER", unitId: f.organisation.provinceId }) },
  "above its own: an overseer grants PROVINCE_OVERSEER": { action: "account.grant", as: "PROVINCE_OVERSEER", want: "deny", input: async (f) => ({ userId: (await organisationAccount(f)).id, role: "PROVINCE_OVERSEER", unitId: f.organisation.provinceId }) },
  "reset of an equal: an organizer resets a fellow organizer": { action: "account.reset-password", as: "ORGANIZER", want: "deny", input: async (f) => ({ userId: (await organisationAccount(f, "ORGANIZER")).id, firstSignIn: "LINK" }) },
  "reset of a higher (in rights): an overseer resets an organizer": { action: "account.reset-password", as: "PROVINCE_OVERSEER", want: "deny", input: async (f) => ({ userId: (await organisationAccount(f, "ORGANIZER")).id, firstSignIn: "PASSWORD", password: `Mật-khẩu-${unique()}-dài` }) },
  "reset of a higher (in rights): an overseer resets a member": { action: "account.reset-password", as: "PROVINCE_OVERSEER", want: "deny", input: async (f) => ({ userId: (await organisationAccount(f)).id, firstSignIn: "LINK" }) },
  "reset of a higher: an organizer resets an overseer": { action: "account.reset-password", as: "ORGANIZER", want: "404", input: async (f) => ({ userId: (await organisationAccount(f, "PROVINCE_OVERSEER", f.organisation.provinceId)).id, firstSignIn: "LINK" }) },
  "reset of an equal: an overseer resets a fellow overseer": { action: "account.reset-password", as: "PROVINCE_OVERSEER", want: "deny", input: async (f) => ({ userId: (await organisationAccount(f, "PROVINCE_OVERSEER", f.organisation.provinceId)).id, firstSignIn: "LINK" }) },
  "reset of an equal: an admin resets another admin": { action: "account.reset-password", as: "ADMIN", want: "deny", input: async (f) => ({ userId: (await organisationAccount(f, "ADMIN", null)).id, firstSignIn: "LINK" }) },
  "revoke of an equal: an organizer revokes a fellow organizer's role": {
    action: "account.revoke",
    as: "ORGANIZER",
    want: "deny",
    input: async (f) => {
      const a = await organisationAccount(f, "ORGANIZER");
      return { userId: a.id, grantId: a.grantId };
    },
  },
};
Object.assign(SERVER_ACTIONS, SETUP_ACTIONS);

export const PUBLIC_SERVER_FUNCTIONS: Record<string, string> = {
  "lib/auth/actions.ts#signInAction": "public: checks the credentials itself (rate limit, lock-out, audit)",
  "lib/auth/actions.ts#signOutAction": "public: ends the caller's own session, nothing else",
  "lib/users/link-actions.ts#redeemSignInLinkAction": "public: the holder of an unexpired, unused one-time link (hashed, 256 random bits) chooses that account's password, nothing else",
};

// ——— API v1: every endpoint in API_ENDPOINTS, as "METHOD /path" ———

const congressCall = (path: string, query?: string) => async (f: Fixture): Promise<HttpCall> => ({ path: path.replace("{id}", f.organisation.congressId), params: { id: f.organisation.congressId }, query });

/** An election of the organisation's congress with one closed round, for its results and papers. */
const electionCall = (what: string, query?: string) => async (f: Fixture): Promise<HttpCall> => {
  const place = { congressId: f.organisation.congressId, provinceId: f.organisation.provinceId, organisationId: f.organisation.id };
  const election = await createElectionWithCandidates(f.db, place, { seats: 2, candidates: 3 });
  await createRound(f.db, place, election, { boxes: [{ box: 1, ballotsReceived: 50, valid: 48, invalid: 2, votes: [40, 30, 20] }], closed: true });
  return { path: `/congresses/${place.congressId}/elections/${election.id}/${what}`, params: { id: place.congressId, eid: election.id }, query };
};

export const API_ENDPOINT_ROWS: Record<string, HttpRow> = {
  "GET /units": {
    access: "scoped-list",
    right: "organisation.read",
    call: async () => ({ path: "/units", query: "limit=1000" }),
    // The place's own organisation (a province is its own): listed exactly to those who read it.
    lists: (body, f) => (body as { units: { id: string }[] }).units.some((u) => u.id === f.organisation.id),
  },
  "GET /congresses": {
    access: "scoped-list",
    right: "organisation.read",
    call: async () => ({ path: "/congresses", query: "limit=1000" }),
    lists: (body, f) => (body as { congresses: { id: string }[] }).congresses.some((c) => c.id === f.organisation.congressId),
  },
  "GET /congresses/{id}/delegates": { access: "right", right: "delegate.export", call: congressCall("/congresses/{id}/delegates", "format=json") },
  "POST /congresses/{id}/delegates/import": {
    access: "right",
    right: "delegate.manage",
    call: async (f) => ({ ...(await congressCall("/congresses/{id}/delegates/import", "dryRun=true")(f)), body: rosterFile(f) }),
  },
  "GET /congresses/{id}/composition": { access: "right", right: "delegate.read", call: congressCall("/congresses/{id}/composition") },
  "GET /congresses/{id}/subcommittees": { access: "right", right: "organisation.read", call: congressCall("/congresses/{id}/subcommittees") },
  "GET /congresses/{id}/tasks": { access: "right", right: "organisation.read", call: congressCall("/congresses/{id}/tasks", "status=TODO") },
  "GET /congresses/{id}/milestones": { access: "right", right: "organisation.read", call: congressCall("/congresses/{id}/milestones") },
  "GET /congresses/{id}/documents": { access: "right", right: "organisation.read", call: congressCall("/congresses/{id}/documents") },
  "GET /congresses/{id}/progress": { access: "right", right: "organisation.read", call: congressCall("/congresses/{id}/progress") },
  "GET /congresses/{id}/elections": { access: "right", right: "delegate.read", call: congressCall("/congresses/{id}/elections") },
  "GET /congresses/{id}/elections/{eid}/results": { access: "right", right: "delegate.read", call: electionCall("results") },
  "GET /congresses/{id}/elections/{eid}/documents": { access: "right", right: "delegate.read", call: electionCall("documents", "document=minutes&format=pdf") },
};

// ——— every other route handler under app/, as "METHOD file" ———

export const ROUTE_ROWS: Record<string, HttpRow> = {
  "GET app/(app)/organisations/[organisationId]/congresses/[congressId]/documents/[documentId]/files/[versionId]/route.ts": {
    access: "right",
    right: "organisation.read",
    call: async (f) => {
      const v = await documentVersion(f);
      const params = { organisationId: f.organisation.id, congressId: f.organisation.congressId, documentId: v.documentId, versionId: v.versionId };
      return { path: `/organisations/${params.organisationId}/congresses/${params.congressId}/documents/${params.documentId}/files/${params.versionId}`, params };
    },
  },
  "GET app/api/health/route.ts": { access: "public", call: async () => ({ path: "/api/health" }) },
  "GET app/api/ready/route.ts": { access: "public", call: async () => ({ path: "/api/ready" }) },
  "GET app/api/v1/openapi.json/route.ts": { access: "public", call: async () => ({ path: "/api/v1/openapi.json" }) },
  "GET app/api/auth/[...nextauth]/route.ts": { access: "public", call: async () => ({ path: "/api/auth/providers", params: { nextauth: ["providers"] } }) },
  // A sign-in attempt with a CSRF token and wrong credentials: answered (a redirect), never a refusal.
  "POST app/api/auth/[...nextauth]/route.ts": {
    access: "public",
    call: async () => {
      const { GET } = await import("@/app/api/auth/[...nextauth]/route");
      const res = await GET(new Request("http://localhost/api/auth/csrf") as never);
      const { csrfToken } = (await res.json()) as { csrfToken: string };
      const cookie = res.headers.getSetCookie().map((c) => c.split(";")[0]!).join("; ");
      return {
        path: "/api/auth/callback/credentials",
        params: { nextauth: ["callback", "credentials"] },
        headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
        body: () => new URLSearchParams({ csrfToken, email: `${unique("nobody")}@test.example`, password: "not-the-password" }),
      };
    },
  },
};
