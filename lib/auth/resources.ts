import "server-only";
import { dateOnlyToIso } from "../dates";
import { congressSelect } from "../congresses/data";
import { db } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { LEAD_POSITIONS } from "../subcommittees/schema";
import { placeOfUnit } from "../units/place";
import type { Actor, Place, RecordFacts } from "./access";
import { scopeWhere } from "./access";
import { BELOW_ORGANISATION_KINDS, ORGANISATION_KINDS } from "../units/levels";

// The records an action, endpoint or page can name, each read with the caller's scope inside the
// Prisma `where`: a record outside it is as missing as one that does not exist. lib/auth/load.ts
// is the only reader of this table.

type Scope = ReturnType<typeof scopeWhere>;

/** Options a loader understands: the sub-committee a new or moved record will sit in. */
export type LoadOptions = { subCommitteeId?: string | null };

type ResourceSpec<R> = {
  /** The record, with the caller's scope in the where. */
  find: (id: string, scope: Scope) => Promise<R | null>;
  place: (row: R) => Place;
  /** Unscoped, and only for filing a refusal in the audit under the record's real organisation. */
  locate: (id: string) => Promise<Place | null>;
  /** Facts for rules that depend on the caller's relation; each set must pass. */
  facts?: (actor: Actor, row: R, options: LoadOptions) => Promise<RecordFacts[]>;
};

const spec = <R>(s: ResourceSpec<R>) => s;
const placeOf = (row: { provinceId: string | null; organisationId: string | null }): Place => ({ provinceId: row.provinceId, organisationId: row.organisationId });
const placeColumns = { provinceId: true, organisationId: true } as const;

async function leads(userId: string, subCommitteeId: string | null | undefined): Promise<boolean> {
  if (!subCommitteeId) return false;
  const seat = await db.subCommitteeMember.findFirst({ where: { userId, subCommitteeId, position: { in: [...LEAD_POSITIONS] } }, select: { id: true } });
  return seat !== null;
}

/** The caller sits, in any position, on the personnel sub-committee of the congress. */
async function inPersonnel(userId: string, congressId: string): Promise<boolean> {
  const seat = await db.subCommitteeMember.findFirst({ where: { userId, subCommittee: { congressId, kind: "PERSONNEL" } }, select: { id: true } });
  return seat !== null;
}

/** The caller sits on the vote-counting committee (ban kiểm phiếu) of the congress. */
async function counts(userId: string, congressId: string): Promise<boolean> {
  const seat = await db.countingCommitteeMember.findFirst({ where: { userId, congressId }, select: { id: true } });
  return seat !== null;
}

const personnelFacts = async (actor: Actor, row: { congressId: string }) => [{ inPersonnelSubCommittee: await inPersonnel(actor.userId, row.congressId) }];
const countingFacts = async (actor: Actor, row: { congressId: string }) => [{ onCountingCommittee: await counts(actor.userId, row.congressId) }];

async function findCongress(id: string, scope: Scope) {
  const c = await db.congress.findFirst({ where: { id, ...scope }, select: congressSelect });
  if (!c) return null;
  return { ...c, unitName: c.unit.name, opening: c.plannedOpening ? dateOnlyToIso(c.plannedOpening) : null, isOrganisationCongress: c.unitId === c.organisationId };
}

const unitSelect = { id: true, kind: true, code: true, name: true, provinceId: true, organisationId: true } as const;

/** Units a scope covers (a province and an organisation carry their own id as their place). */
const unitInScope = (scope: Scope): Prisma.UnitWhereInput => (scope.OR ? { OR: scope.OR } : {});

const accountSelect = {
  id: true,
  email: true,
  name: true,
  disabled: true,
  grants: { orderBy: { createdAt: "asc" }, select: { id: true, role: true, unitId: true, unit: { select: { id: true, kind: true, provinceId: true, organisationId: true } } } },
} as const;

/** The elections' and the personnel scheme's records, each with its congress (lib/elections, lib/personnel). */
const ELECTION_RESOURCES = {
  /** The personnel work of a congress (its scheme, or where one will be), named by the congress's id. */
  personnel: spec({
    async find(id: string, scope: Scope) {
      const congress = await findCongress(id, scope);
      return congress ? { ...congress, congressId: congress.id } : null;
    },
    place: placeOf,
    locate: (id) => db.congress.findUnique({ where: { id }, select: placeColumns }),
    facts: (actor, row) => personnelFacts(actor, row),
  }),
  personnelCandidate: spec({
    find: (id, scope) => db.personnelCandidate.findFirst({ where: { id, ...scope }, select: { id: true, schemeId: true, congressId: true, ...placeColumns } }),
    place: placeOf,
    locate: (id) => db.personnelCandidate.findUnique({ where: { id }, select: placeColumns }),
    facts: (actor, row) => personnelFacts(actor, row),
  }),
  /** The elections of a congress as the counting committee works on them, named by the congress's id. */
  counting: spec({
    async find(id: string, scope: Scope) {
      const congress = await findCongress(id, scope);
      return congress ? { ...congress, congressId: congress.id } : null;
    },
    place: placeOf,
    locate: (id) => db.congress.findUnique({ where: { id }, select: placeColumns }),
    facts: (actor, row) => countingFacts(actor, row),
  }),
  election: spec({
    find: (id, scope) => db.election.findFirst({ where: { id, ...scope }, select: { id: true, congressId: true, seats: true, kind: true, ...placeColumns } }),
    place: placeOf,
    locate: (id) => db.election.findUnique({ where: { id }, select: placeColumns }),
    facts: (actor, row) => countingFacts(actor, row),
  }),
  electionRound: spec({
    find: (id, scope) => db.electionRound.findFirst({ where: { id, ...scope }, select: { id: true, electionId: true, congressId: true, ...placeColumns } }),
    place: placeOf,
    locate: (id) => db.electionRound.findUnique({ where: { id }, select: placeColumns }),
    facts: (actor, row) => countingFacts(actor, row),
  }),
  countingMember: spec({
    find: (id, scope) => db.countingCommitteeMember.findFirst({ where: { id, ...scope }, select: { id: true, congressId: true, ...placeColumns } }),
    place: placeOf,
    locate: (id) => db.countingCommitteeMember.findUnique({ where: { id }, select: placeColumns }),
  }),
};

export const RESOURCES = {
  ...ELECTION_RESOURCES,
  /** The installation itself, for what only an admin does (a new province). */
  installation: spec({
    find: async (id) => (id === "installation" ? { id } : null),
    place: () => ({ provinceId: null, organisationId: null }),
    locate: async () => null,
  }),
  /** An account, seen by whoever manages accounts where one of its roles sits (lib/users/grants narrows further). */
  account: spec({
    find: (id, scope) => db.user.findFirst({ where: { id, ...(scope.OR ? { grants: { some: { unit: unitInScope(scope) } } } : {}) }, select: accountSelect }),
    // The place of its first role on a unit: what lib/auth/load checks account.manage on.
    place: (u) => {
      const unit = u.grants.find((g) => g.unit)?.unit;
      return unit ? placeOfUnit(unit) : { provinceId: null, organisationId: null };
    },
    locate: async (id) => {
      const grant = await db.grant.findFirst({ where: { userId: id, unitId: { not: null } }, orderBy: { createdAt: "asc" }, select: { unit: { select: { id: true, kind: true, provinceId: true, organisationId: true } } } });
      return grant?.unit ? placeOfUnit(grant.unit) : null;
    },
  }),
  province: spec({
    find: (id, scope) => db.unit.findFirst({ where: { id, kind: "PROVINCE", ...scope }, select: unitSelect }),
    place: (u) => placeOfUnit(u),
    locate: async (id) => ({ provinceId: id, organisationId: id }),
  }),
  organisation: spec({
    find: (id, scope) => db.unit.findFirst({ where: { id, kind: { in: [...ORGANISATION_KINDS] }, ...scope }, select: { ...unitSelect, memberCount: true, status: true } }),
    place: (u) => placeOfUnit(u),
    locate: (id) => db.unit.findUnique({ where: { id }, select: placeColumns }),
  }),
  /** A party organisation below an organisation (grassroots committee, cell). */
  unit: spec({
    find: (id, scope) => db.unit.findFirst({ where: { id, kind: { in: [...BELOW_ORGANISATION_KINDS] }, ...scope }, select: unitSelect }),
    place: (u) => placeOfUnit(u),
    locate: (id) => db.unit.findUnique({ where: { id }, select: placeColumns }),
  }),
  congress: spec({
    find: findCongress,
    place: placeOf,
    locate: (id) => db.congress.findUnique({ where: { id }, select: placeColumns }),
    // A sub-committee lead acts on a congress only within a sub-committee they lead.
    facts: async (actor, _row, { subCommitteeId }) => [{ leadsSubCommittee: await leads(actor.userId, subCommitteeId) }],
  }),
  task: spec({
    find: (id, scope) => db.task.findFirst({ where: { id, ...scope }, select: { id: true, congressId: true, subCommitteeId: true, ...placeColumns } }),
    place: placeOf,
    locate: (id) => db.task.findUnique({ where: { id }, select: placeColumns }),
    async facts(actor, task, { subCommitteeId }) {
      const [leadsOwn, assigned] = await Promise.all([
        leads(actor.userId, task.subCommitteeId),
        db.taskAssignee.findUnique({ where: { taskId_userId: { taskId: task.id, userId: actor.userId } }, select: { taskId: true } }),
      ]);
      const own = { leadsSubCommittee: leadsOwn, assignedToCaller: assigned !== null };
      // Moving a task to another sub-committee needs the right there too.
      if (subCommitteeId === undefined || subCommitteeId === task.subCommitteeId) return [own];
      return [own, { leadsSubCommittee: await leads(actor.userId, subCommitteeId) }];
    },
  }),
  milestone: spec({
    find: (id, scope) => db.milestone.findFirst({ where: { id, ...scope }, select: { id: true, congressId: true, ...placeColumns } }),
    place: placeOf,
    locate: (id) => db.milestone.findUnique({ where: { id }, select: placeColumns }),
  }),
  subCommittee: spec({
    find: (id, scope) => db.subCommittee.findFirst({ where: { id, ...scope }, select: { id: true, congressId: true, ...placeColumns } }),
    place: placeOf,
    locate: (id) => db.subCommittee.findUnique({ where: { id }, select: placeColumns }),
  }),
  subCommitteeMember: spec({
    find: (id, scope) =>
      db.subCommitteeMember.findFirst({ where: { id, ...scope }, select: { id: true, subCommitteeId: true, subCommittee: { select: { congressId: true } }, ...placeColumns } }),
    place: placeOf,
    locate: (id) => db.subCommitteeMember.findUnique({ where: { id }, select: placeColumns }),
  }),
  document: spec({
    find: (id, scope) => db.congressDocument.findFirst({ where: { id, ...scope }, select: { id: true, congressId: true, ...placeColumns } }),
    place: placeOf,
    locate: (id) => db.congressDocument.findUnique({ where: { id }, select: placeColumns }),
  }),
  /** A delegate, with the congress whose roster holds it. */
  delegate: spec({
    async find(id, scope) {
      const d = await db.delegate.findFirst({ where: { id, ...scope }, select: { id: true, congressId: true } });
      const congress = d ? await findCongress(d.congressId, scope) : null;
      return d && congress ? { id: d.id, congress, provinceId: congress.provinceId, organisationId: congress.organisationId } : null;
    },
    place: placeOf,
    locate: (id) => db.delegate.findUnique({ where: { id }, select: placeColumns }),
  }),
};


export type ResourceKind = keyof typeof RESOURCES;
export type Loaded<K extends ResourceKind> = NonNullable<Awaited<ReturnType<(typeof RESOURCES)[K]["find"]>>>;
export type LoadedCongress = Loaded<"congress">;
