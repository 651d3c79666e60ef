import { UNIT_KINDS } from "../units/levels";
// Response schemas of the OpenAPI document, by name; endpoints refer to them.
type Schema = Record<string, unknown>;
const str = { type: "string" };
const nstr = { type: ["string", "null"] };
const uuid = { type: "string", format: "uuid" };
const nuuid = { type: ["string", "null"], format: "uuid" };
const date = { type: ["string", "null"], format: "date" };
const int = { type: "integer" };

export const SCHEMAS: Record<string, Schema> = {
  Error: {
    type: "object",
    required: ["error"],
    properties: { error: { type: "object", required: ["code", "message"], properties: { code: str, message: str } } },
  },
  Unit: {
    type: "object",
    properties: { id: uuid, code: str, name: str, kind: { enum: [...UNIT_KINDS] }, block: nstr, status: str, parentId: nuuid, provinceId: nuuid, organisationId: nuuid, memberCount: { type: ["integer", "null"] } },
  },
  Congress: {
    type: "object",
    properties: { id: uuid, unitId: uuid, unitName: str, ordinal: int, termStart: int, termEnd: int, plannedOpening: date, plannedClosing: date, status: str, isPilot: { type: "boolean" }, kind: { enum: ["DELEGATES", "MEMBERS"], description: "a delegates' congress (đại hội đại biểu) or a members' congress (đại hội đảng viên): who votes, and the base of its elections' majority" }, provinceId: nuuid, organisationId: nuuid },
  },
  Delegate: {
    type: "object",
    properties: {
      id: uuid, fullName: str, familyName: str, middleName: str, givenName: str, gender: { enum: ["MALE", "FEMALE"] }, birthDate: date, birthYear: int, ethnicity: str,
      partyAdmissionDate: date, educationLevel: nstr, theoryLevel: { enum: ["ELEMENTARY", "INTERMEDIATE", "ADVANCED", "BACHELOR", null] }, position: nstr, homeUnitId: nuuid, homeUnitName: nstr,
      category: { enum: ["EX_OFFICIO", "ELECTED", "APPOINTED"] },
      alternate: { type: "boolean", description: "Đại biểu dự khuyết: seated only while replacing the official delegate replacesId." },
      replacesId: nuuid, replacementReason: nstr, replacedOn: date,
      credentialStatus: { enum: ["PENDING", "ACCEPTED", "REJECTED"] }, credentialReason: nstr, credentialReviewedAt: { type: ["string", "null"], format: "date-time" },
      checkedInAt: { type: ["string", "null"], format: "date-time" }, group: nstr, seat: nstr, note: nstr, version: int,
    },
  },
  ImportReport: {
    type: "object",
    properties: {
      format: { enum: ["xlsx", "csv"] }, rows: int, validRows: int, invalidRows: int, dryRun: { type: "boolean" }, mode: { enum: ["all", "valid-only"] }, created: int,
      errors: { type: "array", items: { type: "object", properties: { row: int, column: str, header: str, code: str, message: str } } },
    },
  },
  Composition: { type: "object", description: "Shares of women, ethnic minorities, under-40s and political-theory levels, whole and per unit, with the targets." },
  SubCommittee: {
    type: "object",
    properties: {
      id: uuid, congressId: uuid, kind: { enum: ["DOCUMENTS", "PERSONNEL", "SERVICE", "PROPAGANDA", "CONTENT", null] }, name: str, decisionNumber: nstr, decisionDate: date, version: int,
      members: { type: "array", items: { type: "object", properties: { id: uuid, userId: nuuid, fullName: str, jobTitle: nstr, position: { enum: ["HEAD", "DEPUTY", "MEMBER", "SECRETARY"] } } } },
    },
  },
  Task: {
    type: "object",
    properties: {
      id: uuid, congressId: uuid, title: str, status: { enum: ["TODO", "IN_PROGRESS", "BLOCKED", "DONE"] }, priority: { enum: ["LOW", "NORMAL", "HIGH", "URGENT"] }, dueOn: date,
      overdue: { type: "boolean", description: "Due date passed in Vietnam time and not done" },
      subCommittee: { type: ["object", "null"], properties: { id: uuid, name: str } }, milestone: { type: ["object", "null"], properties: { id: uuid, name: str } },
      assignees: { type: "array", items: { type: "object", properties: { id: uuid, name: str } } }, version: int,
      can: { type: "object", description: "What the caller may do to it", properties: { manage: { type: "boolean" }, update: { type: "boolean" } } },
    },
  },
  Milestone: {
    type: "object",
    properties: {
      id: uuid, congressId: uuid, standardKey: nstr, name: str, plannedOn: { type: "string", format: "date" }, doneOn: date, status: { enum: ["PLANNED", "IN_PROGRESS", "DONE"] },
      late: { type: "boolean" }, reference: nstr, version: int, tasks: { type: "object", properties: { total: int, done: int } },
    },
  },
  CongressDocument: {
    type: "object",
    properties: {
      id: uuid, congressId: uuid, kind: nstr, title: str, status: { enum: ["DRAFT", "INTERNAL_REVIEW", "SENT_UP", "COMMENTS_RECEIVED", "FINAL"] }, notes: nstr,
      subCommittee: { type: ["object", "null"], properties: { id: uuid, name: str } }, steps: { type: "object", description: "The day each status was reached (YYYY-MM-DD or null)" }, version: int,
      versions: { type: "array", items: { type: "object", description: "File versions: number, file name, type, size, uploaded by and when" } },
    },
  },
  Progress: {
    type: "object",
    properties: {
      congressId: uuid, opening: date, daysToOpening: { type: ["integer", "null"] },
      milestones: { type: "object", properties: { total: int, done: int, late: int } },
      tasks: { type: "object", properties: { total: int, overdue: int, byStatus: { type: "object" } } },
      documents: { type: "object", properties: { total: int, byStatus: { type: "object" } } },
      grassroots: { type: ["object", "null"], description: "Grassroots congresses held over active grassroots units, e.g. 47/47", properties: { held: int, total: int } },
      tasksBySubCommittee: { type: "array", items: { type: "object" } },
    },
  },
};

SCHEMAS.Election = {
  type: "object",
  properties: {
    id: uuid, kind: { enum: ["EXECUTIVE_COMMITTEE", "UPPER_DELEGATES", "UPPER_ALTERNATES", "STANDING_COMMITTEE", "SECRETARY", "DEPUTY_SECRETARY", "INSPECTION_COMMITTEE", "INSPECTION_CHAIR", "OTHER"] }, name: str, seats: int, candidates: int,
    nominations: { type: "integer", description: "nominations and self-nominations made at the congress" },
    rounds: { type: "array", items: { type: "object", properties: { number: int, status: { enum: ["OPEN", "CLOSED"] }, seats: int, ballotsIssued: int, valid: int, invalid: int } } },
    elected: int, seatsLeft: int,
    approval: { type: ["object", "null"], description: "the upper committee's approval (chuẩn y) of the results: decision and date (YYYY-MM-DD); null while awaited", properties: { decision: str, approvedOn: str } },
  },
};
SCHEMAS.ElectionResults = {
  type: "object",
  required: ["election", "base", "delegatesConvened", "rounds", "candidates", "next"],
  properties: {
    election: { $ref: "#/components/schemas/Election" },
    base: { type: ["integer", "null"], description: "the base of the majority of the last counted round: official delegates convened less the members of the convening committee and the unreplaced official delegates absent for the whole congress (at the first meeting: the new committee's members). A candidate is elected with more than half of it, not of the valid ballots" },
    delegatesConvened: { type: ["integer", "null"], description: "official delegates convened (at the first meeting: members of the new committee), before the exclusions" },
    rounds: {
      type: "array",
      items: {
        type: "object",
        description: "figures per round; boxes with their current entry; elected ids; the further round it calls for",
        properties: {
          baseKind: { enum: ["DELEGATES", "MEMBERS", "FIRST_MEETING"] },
          delegatesConvened: int,
          baseExclusions: { type: "object", description: "each exclusion the rule names with its count: COMMITTEE_ABSENT, ABSENT_UNREPLACED (members' congress: TEMPORARILY_ATTACHED, EXCUSED_NOT_PRESENT, SUSPENDED, ABSENT_WITH_REASON)" },
          base: int,
          votesNeeded: { type: "integer", description: "more than half of the base" },
          baseRevision: { type: "integer", description: "1, or the revision of an audited correction of the base" },
          baseCorrectionReason: nstr,
        },
      },
    },
    structure: { type: "array", items: { type: "object", description: "those elected against the personnel scheme's targets: metric, share {count, percent}, target, met" } },
    candidates: {
      type: "array",
      items: {
        type: "object",
        properties: {
          id: uuid, fullName: str, gender: { enum: ["MALE", "FEMALE"] }, birthYear: int, ethnicity: str, position: nstr, source: { enum: ["SCHEME", "NOMINATED", "SELF_NOMINATED"] }, elected: { type: "boolean" },
          admission: { type: ["object", "null"], description: "a nomination at the congress: delegates agreeing and present at the vote admitting it (more than 30% needed)", properties: { agreeing: int, present: int } },
          rounds: { type: "array", items: { type: "object", properties: { number: int, votes: int, percent: { type: "number", description: "of the base of the majority (not of the valid ballots)" }, outcome: { enum: ["ELECTED", "TIE", "PASSED_NOT_ELECTED", "NOT_ELECTED"] } } } },
        },
      },
    },
    refusedNominations: {
      type: "array",
      description: "nominations and self-nominations at the congress that 30% or fewer of the delegates present agreed to: recorded with their vote, not on the list",
      items: { type: "object", properties: { id: uuid, fullName: str, source: { enum: ["NOMINATED", "SELF_NOMINATED"] }, nominatedBy: nstr, agreeing: int, present: int } },
    },
    next: { type: ["string", "null"] },
  },
};

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const json = (schema: Schema) => ({ "application/json": { schema } });
export const arrayOf = (name: string, key: string) => json({ type: "object", properties: { [key]: { type: "array", items: ref(name) } } });
/** A page of a list: the rows under `key` and `next`, the cursor of the following page or null. */
export const pageOf = (name: string, key: string) =>
  json({ type: "object", required: [key, "next"], properties: { [key]: { type: "array", items: ref(name) }, next: { type: ["string", "null"], description: "cursor of the next page; null on the last" } } });
