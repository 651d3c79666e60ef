import "server-only";
import { type Actor, scopeWhere } from "../auth/access";
import { dateOnlyToIso } from "../dates";
import { db } from "../db/client";
import { type IdPage, idPageArgs } from "../db/keyset";

/** What a congress's pages and actions read of it (lib/auth/resources.ts loads it this way too). */
export const congressSelect = {
  id: true,
  unitId: true,
  ordinal: true,
  termStart: true,
  termEnd: true,
  plannedOpening: true,
  plannedClosing: true,
  heldOn: true,
  venue: true,
  isPilot: true,
  kind: true,
  status: true,
  version: true,
  organisationId: true,
  provinceId: true,
  unit: { select: { id: true, name: true, kind: true, block: true } },
} as const;

/** Congresses held by the organisation itself (not its grassroots units), newest term first. */
export async function listOrganisationCongresses(actor: Actor, organisationId: string) {
  return db.congress.findMany({
    where: { unitId: organisationId, organisationId, ...scopeWhere(actor) },
    select: congressSelect,
    orderBy: { termStart: "desc" },
  });
}

/**
 * Grassroots congresses of an organisation for one term: counts for the organisation home page, over
 * the units active on `asOf` (the organisation's congress's opening; see lib/grassroots/ratio activeOn).
 */
export async function grassrootsCongressCounts(actor: Actor, organisationId: string, termStart: number, asOf: Date | null = null) {
  const rows = await db.congress.groupBy({
    by: ["status"],
    where: { organisationId, termStart, unitId: { not: organisationId }, unit: asOf ? { OR: [{ status: "ACTIVE" }, { statusChangedOn: { gt: asOf } }] } : { status: "ACTIVE" }, ...scopeWhere(actor) },
    _count: { _all: true },
  });
  return Object.fromEntries(rows.map((r) => [r.status, r._count._all])) as Partial<Record<string, number>>;
}

/** The congresses the caller may see, a page at a time in id order (the API's list). */
export async function listCongressesPage(actor: Actor, page: IdPage) {
  const paged = idPageArgs(page);
  const rows = await db.congress.findMany({
    where: { ...scopeWhere(actor), ...paged.where },
    select: { id: true, unitId: true, ordinal: true, termStart: true, termEnd: true, plannedOpening: true, plannedClosing: true, status: true, isPilot: true, kind: true, provinceId: true, organisationId: true, unit: { select: { name: true } } },
    orderBy: paged.orderBy,
    take: paged.take,
  });
  return rows.map(({ unit, plannedOpening, plannedClosing, ...c }) => ({
    ...c,
    unitName: unit.name,
    plannedOpening: plannedOpening ? dateOnlyToIso(plannedOpening) : null,
    plannedClosing: plannedClosing ? dateOnlyToIso(plannedClosing) : null,
  }));
}
