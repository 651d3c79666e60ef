import "server-only";
import { type Actor, scopeWhere } from "../auth/access";
import type { LoadedCongress } from "../auth/resources";
import { dateOnlyToIso } from "../dates";
import { db } from "../db/client";
import { NotFoundError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { type Composition, type CompositionPerson, DEFAULT_TARGETS, METRICS, type Metric, type Target, computeComposition } from "./composition";
import { searchKey } from "./names";
import { type Seating, seatedWhere, seatingWhere } from "./seating";

/** The congress of a roster, loaded and checked by lib/auth/load. */
export type RosterCongress = LoadedCongress;

/** The units that send delegates: the active units directly under the congress's unit (a province's: its communes, wards and committees). */
export async function listHomeUnits(congress: Pick<RosterCongress, "unitId" | "organisationId">) {
  return db.unit.findMany({
    where: { parentId: congress.unitId, status: "ACTIVE" },
    select: { id: true, name: true, code: true, memberCount: true },
    orderBy: { code: "asc" },
  });
}

export type RosterFilters = { unitId?: string; category?: string; status?: string; seating?: Seating; q?: string };

const rosterSelect = {
  id: true,
  fullName: true,
  familyName: true,
  middleName: true,
  givenName: true,
  gender: true,
  birthDate: true,
  birthYear: true,
  ethnicity: true,
  partyAdmissionDate: true,
  educationLevel: true,
  theoryLevel: true,
  position: true,
  category: true,
  credentialStatus: true,
  credentialReason: true,
  credentialReviewedAt: true,
  checkedInAt: true,
  group: true,
  seat: true,
  note: true,
  overQuotaReason: true,
  alternate: true,
  replacesId: true,
  replacementReason: true,
  replacedOn: true,
  version: true,
  homeUnitId: true,
  homeUnit: { select: { name: true } },
  credentialReviewer: { select: { name: true } },
  replaces: { select: { id: true, fullName: true } },
  replacedBy: { select: { id: true, fullName: true, replacementReason: true, replacedOn: true } },
} satisfies Prisma.DelegateSelect;

export type RosterRow = Prisma.DelegateGetPayload<{ select: typeof rosterSelect }>;

function rosterWhere(actor: Actor, congress: RosterCongress, filters: RosterFilters): Prisma.DelegateWhereInput {
  const q = filters.q ? searchKey(filters.q) : "";
  return {
    congressId: congress.id,
    organisationId: congress.organisationId,
    ...scopeWhere(actor),
    ...(filters.unitId ? { homeUnitId: filters.unitId } : {}),
    ...(filters.category ? { category: filters.category as RosterRow["category"] } : {}),
    ...(filters.status ? { credentialStatus: filters.status as RosterRow["credentialStatus"] } : {}),
    ...(q ? { searchKey: { contains: q } } : {}),
    ...(filters.seating ? { AND: [seatingWhere(filters.seating)] } : {}),
  };
}

/** The order of official lists, from the stored key (see the delegate_sort_key migration). */
export const ROSTER_ORDER = [{ sortKey: "asc" }, { birthYear: "asc" }, { id: "asc" }] satisfies Prisma.DelegateOrderByWithRelationInput[];

/**
 * The roster (or a slice of it) in the order of official lists (given name, middle, family;
 * Vietnamese alphabet), ordered and cut by the database. The unit and reviewer names are looked up
 * once per distinct id rather than through Prisma's relation loading, which sends every row's
 * foreign key back to the database (10,000 for a large roster, a sequential scan each).
 */
export async function listRoster(actor: Actor, congress: RosterCongress, filters: RosterFilters = {}, slice?: { skip: number; take: number }): Promise<RosterRow[]> {
  return listRosterRows(rosterWhere(actor, congress, filters), slice);
}

/** Roster rows matching `where` (which carries the caller's scope), in the official order. */
async function listRosterRows(where: Prisma.DelegateWhereInput, slice?: { skip: number; take: number }): Promise<RosterRow[]> {
  const rows = await db.delegate.findMany({
    where,
    select: { ...rosterSelect, homeUnit: false, credentialReviewer: false, replaces: false, replacedBy: false, credentialReviewerId: true },
    orderBy: ROSTER_ORDER,
    ...slice,
  });
  const distinct = (ids: (string | null)[]) => [...new Set(ids.filter((id): id is string => id !== null))];
  const replaced = distinct(rows.map((r) => r.replacesId));
  const officials = rows.filter((r) => !r.alternate).map((r) => r.id);
  const [units, reviewers, replacements] = await Promise.all([
    db.unit.findMany({ where: { id: { in: distinct(rows.map((r) => r.homeUnitId)) } }, select: { id: true, name: true } }),
    db.user.findMany({ where: { id: { in: distinct(rows.map((r) => r.credentialReviewerId)) } }, select: { id: true, name: true } }),
    // Both ends of a replacement are in the rows' own congress (a trigger keeps it so).
    replaced.length + officials.length === 0
      ? []
      : db.delegate.findMany({ where: { OR: [{ id: { in: replaced } }, { replacesId: { in: officials } }] }, select: { id: true, fullName: true, replacesId: true, replacementReason: true, replacedOn: true } }),
  ]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const reviewerName = new Map(reviewers.map((u) => [u.id, u.name]));
  const byId = new Map(replacements.map((d) => [d.id, d]));
  const replacerOf = new Map(replacements.filter((d) => d.replacesId).map((d) => [d.replacesId!, d]));
  return rows.map(({ credentialReviewerId, ...r }) => ({
    ...r,
    replaces: r.replacesId && byId.has(r.replacesId) ? { id: r.replacesId, fullName: byId.get(r.replacesId)!.fullName } : null,
    replacedBy: replacerOf.has(r.id) ? (({ id, fullName, replacementReason, replacedOn }) => ({ id, fullName, replacementReason, replacedOn }))(replacerOf.get(r.id)!) : null,
    homeUnit: r.homeUnitId && unitName.has(r.homeUnitId) ? { name: unitName.get(r.homeUnitId)! } : null,
    credentialReviewer: credentialReviewerId && reviewerName.has(credentialReviewerId) ? { name: reviewerName.get(credentialReviewerId)! } : null,
  }));
}

/** Where a page of the roster in its official order starts: after this row. */
export type RosterPosition = { sortKey: string; birthYear: number; id: string };

/**
 * One page of the roster in its official order, after `after` (keyset: rows added meanwhile never
 * repeat or shift a page), with the position the next page starts from (null on the last).
 */
export async function listRosterPage(actor: Actor, congress: RosterCongress, after: RosterPosition | undefined, take: number) {
  const keyset: Prisma.DelegateWhereInput = after
    ? { OR: [{ sortKey: { gt: after.sortKey } }, { sortKey: after.sortKey, birthYear: { gt: after.birthYear } }, { sortKey: after.sortKey, birthYear: after.birthYear, id: { gt: after.id } }] }
    : {};
  const keys = await db.delegate.findMany({ where: { AND: [rosterWhere(actor, congress, {}), keyset] }, select: { id: true, sortKey: true, birthYear: true }, orderBy: ROSTER_ORDER, take: take + 1 });
  const page = keys.slice(0, take);
  const rows = await listRosterRows({ AND: [rosterWhere(actor, congress, {}), { id: { in: page.map((k) => k.id) } }] });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const last = page[page.length - 1];
  return { rows: page.map((k) => byId.get(k.id)!), next: keys.length > take && last ? { sortKey: last.sortKey, birthYear: last.birthYear, id: last.id } : null };
}

/** How many delegates the filters select, counted by the database. */
export async function countRoster(actor: Actor, congress: RosterCongress, filters: RosterFilters = {}): Promise<number> {
  return db.delegate.count({ where: rosterWhere(actor, congress, filters) });
}

/** One delegate of the congress, for its page; another congress's or organisation's is a 404. */
export async function getDelegate(actor: Actor, congress: RosterCongress, delegateId: string): Promise<RosterRow> {
  const row = await db.delegate.findFirst({ where: { id: delegateId, congressId: congress.id, organisationId: congress.organisationId, ...scopeWhere(actor) }, select: rosterSelect });
  if (!row) throw new NotFoundError("delegate");
  return row;
}

/** Official delegates: credentials accepted (pending and rejected ones do not attend as such). */
const officialWhere = (actor: Actor, congress: RosterCongress): Prisma.DelegateWhereInput => ({
  congressId: congress.id,
  organisationId: congress.organisationId,
  credentialStatus: "ACCEPTED",
  ...scopeWhere(actor),
  AND: [seatedWhere],
});

/** The door list: official delegates in the order of official lists, with their arrival. */
export async function listCheckIn(actor: Actor, congress: RosterCongress) {
  const rows = await db.delegate.findMany({
    where: officialWhere(actor, congress),
    select: { id: true, version: true, fullName: true, familyName: true, middleName: true, givenName: true, birthYear: true, searchKey: true, checkedInAt: true, group: true, seat: true, homeUnit: { select: { name: true } } },
    orderBy: ROSTER_ORDER,
  });
  return rows;
}

/** Official delegates by discussion group, and how many others (pending) are not in the count. */
export async function listGroups(actor: Actor, congress: RosterCongress) {
  const [rows, pending] = await Promise.all([
    db.delegate.findMany({
      where: officialWhere(actor, congress),
      select: { id: true, version: true, fullName: true, familyName: true, middleName: true, givenName: true, birthYear: true, category: true, group: true, seat: true, homeUnitId: true, homeUnit: { select: { name: true } } },
      orderBy: ROSTER_ORDER,
    }),
    db.delegate.count({ where: { congressId: congress.id, organisationId: congress.organisationId, credentialStatus: "PENDING", ...scopeWhere(actor), AND: [seatedWhere] } }),
  ]);
  return { rows, pending };
}

export type QuotaRow = { unitId: string; name: string; code: string; members: number; seats: number | null; version: number | null; elected: number };

/** Each sending unit with its quota and the elected delegates counted against it (not rejected). */
export async function quotaOverview(actor: Actor, congress: RosterCongress): Promise<{ rows: QuotaRow[]; exOfficio: number; appointed: number }> {
  const scope = { congressId: congress.id, organisationId: congress.organisationId, ...scopeWhere(actor) };
  const [units, quotas, counts, byCategory] = await Promise.all([
    listHomeUnits(congress),
    db.delegateQuota.findMany({ where: scope, select: { unitId: true, seats: true, version: true } }),
    db.delegate.groupBy({ by: ["homeUnitId"], where: { ...scope, category: "ELECTED", alternate: false, credentialStatus: { not: "REJECTED" } }, _count: { _all: true } }),
    db.delegate.groupBy({ by: ["category"], where: { ...scope, alternate: false, credentialStatus: { not: "REJECTED" } }, _count: { _all: true } }),
  ]);
  const quotaOf = new Map(quotas.map((q) => [q.unitId, q]));
  const electedOf = new Map(counts.map((c) => [c.homeUnitId, c._count._all]));
  const categoryCount = (c: string) => byCategory.find((b) => b.category === c)?._count._all ?? 0;
  return {
    rows: units.map((u) => ({
      unitId: u.id,
      name: u.name,
      code: u.code,
      members: u.memberCount ?? 0,
      seats: quotaOf.get(u.id)?.seats ?? null,
      version: quotaOf.get(u.id)?.version ?? null,
      elected: electedOf.get(u.id) ?? 0,
    })),
    exOfficio: categoryCount("EX_OFFICIO"),
    appointed: categoryCount("APPOINTED"),
  };
}

export type TargetRow = Target & { version: number | null };

export async function getTargets(actor: Actor, congress: RosterCongress): Promise<Record<Metric, TargetRow>> {
  const rows = await db.compositionTarget.findMany({
    where: { congressId: congress.id, organisationId: congress.organisationId, ...scopeWhere(actor) },
    select: { metric: true, minPercent: true, maxPercent: true, version: true },
  });
  return Object.fromEntries(
    METRICS.map((m) => {
      const row = rows.find((r) => r.metric === m);
      return [m, row ? { metric: m, minPercent: row.minPercent, maxPercent: row.maxPercent, version: row.version } : { ...DEFAULT_TARGETS[m], version: null }];
    }),
  ) as Record<Metric, TargetRow>;
}

export type CompositionReport = {
  openingIso: string;
  whole: Composition;
  units: { unitId: string | null; name: string | null; composition: Composition }[];
  targets: Record<Metric, TargetRow>;
};

/** Composition of the seated delegation (rejected credentials left out), whole and per unit. */
export async function compositionReport(actor: Actor, congress: RosterCongress, todayIso: string): Promise<CompositionReport> {
  const people = await db.delegate.findMany({
    where: { congressId: congress.id, organisationId: congress.organisationId, credentialStatus: { not: "REJECTED" }, ...scopeWhere(actor), AND: [seatedWhere] },
    select: { gender: true, ethnicity: true, birthDate: true, birthYear: true, theoryLevel: true, homeUnitId: true, homeUnit: { select: { name: true, code: true } } },
  });
  const openingIso = congress.plannedOpening ? dateOnlyToIso(congress.plannedOpening) : todayIso;
  const asPerson = (p: (typeof people)[number]): CompositionPerson => ({
    gender: p.gender,
    ethnicity: p.ethnicity,
    birthDate: p.birthDate ? dateOnlyToIso(p.birthDate) : null,
    birthYear: p.birthYear,
    theoryLevel: p.theoryLevel,
  });
  const byUnit = new Map<string | null, { name: string | null; code: string; people: CompositionPerson[] }>();
  for (const p of people) {
    const entry = byUnit.get(p.homeUnitId) ?? { name: p.homeUnit?.name ?? null, code: p.homeUnit?.code ?? "~", people: [] };
    entry.people.push(asPerson(p));
    byUnit.set(p.homeUnitId, entry);
  }
  return {
    openingIso,
    whole: computeComposition(people.map(asPerson), openingIso),
    units: [...byUnit.entries()]
      .sort((a, b) => a[1].code.localeCompare(b[1].code))
      .map(([unitId, e]) => ({ unitId, name: e.name, composition: computeComposition(e.people, openingIso) })),
    targets: await getTargets(actor, congress),
  };
}

/** Official delegates an alternate may replace: credentials not rejected, not present, nobody replacing them yet. */
export async function listReplaceable(actor: Actor, congress: RosterCongress) {
  return db.delegate.findMany({
    where: { congressId: congress.id, organisationId: congress.organisationId, alternate: false, credentialStatus: { not: "REJECTED" }, checkedInAt: null, replacedBy: { is: null }, ...scopeWhere(actor) },
    select: { id: true, fullName: true, birthYear: true, homeUnit: { select: { name: true } } },
    orderBy: ROSTER_ORDER,
  });
}
