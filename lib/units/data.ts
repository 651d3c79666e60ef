import "server-only";
import { type Actor, can, scopeWhere } from "../auth/access";
import { db } from "../db/client";
import { type IdPage, idPageArgs } from "../db/keyset";
import { NotFoundError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { unitsBelowWhere } from "./below";
import { BELOW_ORGANISATION_KINDS, ORGANISATION_KINDS, PROVINCE_CHILD_KINDS } from "./levels";
import { unitEditSelect } from "./mutations";

export type OrganisationSummary = { id: string; name: string; code: string; kind: string; status: string };
export type ProvinceNav = { id: string; name: string; code: string; canOpen: boolean; organisations: OrganisationSummary[] };

/**
 * Provinces and the organisations the actor may open, for the home page and navigation: a
 * province's own organisation first, then today's communes and committees, then those that ended
 * (the districts before 1/7/2025), each kept with its history.
 */
export async function listVisibleOrganisations(actor: Actor): Promise<ProvinceNav[]> {
  const organisations = await db.unit.findMany({
    where: { kind: { in: [...ORGANISATION_KINDS] }, ...scopeWhere(actor) },
    select: { id: true, name: true, code: true, kind: true, status: true, province: { select: { id: true, name: true, code: true } } },
    orderBy: [{ code: "asc" }],
  });
  const byProvince = new Map<string, ProvinceNav>();
  for (const d of organisations) {
    const p = d.province!;
    const entry =
      byProvince.get(p.id) ??
      byProvince.set(p.id, { ...p, canOpen: can(actor, "organisation.read", { provinceId: p.id, organisationId: null }), organisations: [] }).get(p.id)!;
    entry.organisations.push({ id: d.id, name: d.name, code: d.code, kind: d.kind, status: d.status });
  }
  const rank = (o: OrganisationSummary) => (o.kind === "PROVINCE" ? 0 : o.status === "ACTIVE" ? 1 : 2);
  for (const entry of byProvince.values()) entry.organisations.sort((a, b) => rank(a) - rank(b) || a.code.localeCompare(b.code));
  return [...byProvince.values()].sort((a, b) => a.code.localeCompare(b.code));
}

const lifeSelect = {
  status: true,
  statusChangedOn: true,
  statusNote: true,
  successor: { select: { id: true, name: true, kind: true } },
  predecessors: { select: { id: true, name: true, kind: true, status: true, statusChangedOn: true }, orderBy: { code: "asc" } },
} as const;

export async function getProvince(actor: Actor, provinceId: string) {
  const province = await db.unit.findFirst({
    where: { id: provinceId, kind: "PROVINCE", ...scopeWhere(actor) },
    select: {
      id: true,
      name: true,
      code: true,
      kind: true,
      provinceId: true,
      version: true,
      memberCount: true,
      ...lifeSelect,
      provinceUnits: {
        where: { kind: { in: [...PROVINCE_CHILD_KINDS] } },
        select: { id: true, name: true, code: true, kind: true, status: true, statusChangedOn: true, successor: { select: { id: true, name: true } } },
        orderBy: { code: "asc" },
      },
    },
  });
  if (!province) throw new NotFoundError("province");
  return province;
}

export async function getOrganisation(actor: Actor, organisationId: string) {
  const organisation = await db.unit.findFirst({
    where: { id: organisationId, kind: { in: [...ORGANISATION_KINDS] }, ...scopeWhere(actor) },
    select: {
      id: true,
      name: true,
      code: true,
      kind: true,
      provinceId: true,
      memberCount: true,
      foundedOn: true,
      version: true,
      ...lifeSelect,
      province: { select: { id: true, name: true } },
    },
  });
  if (!organisation) throw new NotFoundError("organisation");
  return organisation;
}

/**
 * Active organisations that may take over an organisation's records when it ends: those of its
 * province (for a province, the other provinces), as the caller may see them.
 */
export async function listSuccessorChoices(actor: Actor, organisation: { id: string; kind: string; provinceId: string | null }) {
  const where: Prisma.UnitWhereInput =
    organisation.kind === "PROVINCE"
      ? { kind: "PROVINCE", status: "ACTIVE", NOT: { id: organisation.id } }
      : { provinceId: organisation.provinceId, kind: { in: [...PROVINCE_CHILD_KINDS] }, status: "ACTIVE", NOT: { id: organisation.id } };
  return db.unit.findMany({ where: { ...where, ...scopeWhere(actor) }, select: { id: true, name: true }, orderBy: { code: "asc" } });
}

export type UnitRow = {
  id: string;
  name: string;
  code: string;
  kind: string;
  block: string | null;
  status: string;
  memberCount: number | null;
  parentId: string | null;
  statusChangedOn: Date | null;
  successorName: string | null;
};

/**
 * Every unit under an organisation, in code order, for the organisation page: grassroots units and
 * cells, or a province's communes and committees.
 */
export async function listOrganisationUnits(actor: Actor, organisation: { id: string; kind: string }): Promise<UnitRow[]> {
  const units = await db.unit.findMany({
    where: unitsBelowWhere(actor, organisation),
    select: {
      id: true,
      name: true,
      code: true,
      kind: true,
      block: true,
      status: true,
      memberCount: true,
      parentId: true,
      statusChangedOn: true,
      successor: { select: { name: true } },
    },
    orderBy: { code: "asc" },
  });
  return units.map(({ successor, ...u }) => ({ ...u, successorName: successor?.name ?? null }));
}

/** One unit below the organisation, with what its edit page shows; 404 outside the caller's scope. */
export async function getUnitForEdit(actor: Actor, organisationId: string, unitId: string) {
  const unit = await db.unit.findFirst({
    where: { id: unitId, organisationId, kind: { in: [...BELOW_ORGANISATION_KINDS] }, ...scopeWhere(actor) },
    select: {
      ...unitEditSelect,
      parent: { select: { name: true, kind: true } },
      successor: { select: { name: true } },
      predecessors: { select: { id: true, name: true, status: true } },
    },
  });
  if (!unit) throw new NotFoundError("unit");
  return unit;
}

export type UnitChoice = { id: string; name: string; kind: string };

/** Active units of the organisation a form may point at: parents for cells, targets of a merge. */
export async function listActiveUnitChoices(actor: Actor, organisationId: string): Promise<UnitChoice[]> {
  return db.unit.findMany({
    where: { organisationId, status: "ACTIVE", kind: { in: [...BELOW_ORGANISATION_KINDS] }, ...scopeWhere(actor) },
    select: { id: true, name: true, kind: true },
    orderBy: { code: "asc" },
  });
}

/** The units the caller may see, a page at a time in id order (the API's list). */
export async function listUnitsPage(actor: Actor, page: IdPage) {
  const paged = idPageArgs(page);
  return db.unit.findMany({
    where: { ...scopeWhere(actor), ...paged.where },
    select: { id: true, code: true, name: true, kind: true, block: true, status: true, parentId: true, provinceId: true, organisationId: true, memberCount: true },
    orderBy: paged.orderBy,
    take: paged.take,
  });
}
