import "server-only";
import { type Actor, can, scopeWhere } from "../auth/access";
import { db } from "../db/client";
import { type IdPage, idPageArgs } from "../db/keyset";
import { NotFoundError } from "../errors";
import { unitEditSelect } from "./mutations";

export type DistrictSummary = { id: string; name: string; code: string };
export type ProvinceNav = { id: string; name: string; code: string; canOpen: boolean; districts: DistrictSummary[] };

/** Provinces and districts the actor may open, for the home page and navigation. */
export async function listVisibleDistricts(actor: Actor): Promise<ProvinceNav[]> {
  const districts = await db.unit.findMany({
    where: { kind: "DISTRICT", ...scopeWhere(actor) },
    select: { id: true, name: true, code: true, province: { select: { id: true, name: true, code: true } } },
    orderBy: [{ code: "asc" }],
  });
  const byProvince = new Map<string, ProvinceNav>();
  for (const d of districts) {
    const p = d.province!;
    const entry =
      byProvince.get(p.id) ??
      byProvince.set(p.id, { ...p, canOpen: can(actor, "district.read", { provinceId: p.id, districtId: null }), districts: [] }).get(p.id)!;
    entry.districts.push({ id: d.id, name: d.name, code: d.code });
  }
  return [...byProvince.values()].sort((a, b) => a.code.localeCompare(b.code));
}

export async function getProvince(actor: Actor, provinceId: string) {
  const province = await db.unit.findFirst({
    where: { id: provinceId, kind: "PROVINCE", ...scopeWhere(actor) },
    select: {
      id: true,
      name: true,
      code: true,
      provinceUnits: {
        where: { kind: "DISTRICT" },
        select: { id: true, name: true, code: true, status: true },
        orderBy: { code: "asc" },
      },
    },
  });
  if (!province) throw new NotFoundError("province");
  return province;
}

export async function getDistrict(actor: Actor, districtId: string) {
  const district = await db.unit.findFirst({
    where: { id: districtId, kind: "DISTRICT", ...scopeWhere(actor) },
    select: {
      id: true,
      name: true,
      code: true,
      provinceId: true,
      memberCount: true,
      province: { select: { id: true, name: true } },
    },
  });
  if (!district) throw new NotFoundError("district");
  return district;
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

/** Every unit under a district (grassroots and cells), in code order, for the district page. */
export async function listDistrictUnits(actor: Actor, districtId: string): Promise<UnitRow[]> {
  const units = await db.unit.findMany({
    where: { districtId, kind: { not: "DISTRICT" }, ...scopeWhere(actor) },
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

/** One unit below the district, with what its edit page shows; 404 outside the caller's scope. */
export async function getUnitForEdit(actor: Actor, districtId: string, unitId: string) {
  const unit = await db.unit.findFirst({
    where: { id: unitId, districtId, kind: { notIn: ["PROVINCE", "DISTRICT"] }, ...scopeWhere(actor) },
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

/** Active units of the district a form may point at: parents for cells, targets of a merge. */
export async function listActiveUnitChoices(actor: Actor, districtId: string): Promise<UnitChoice[]> {
  return db.unit.findMany({
    where: { districtId, status: "ACTIVE", kind: { notIn: ["PROVINCE", "DISTRICT"] }, ...scopeWhere(actor) },
    select: { id: true, name: true, kind: true },
    orderBy: { code: "asc" },
  });
}

/** The units the caller may see, a page at a time in id order (the API's list). */
export async function listUnitsPage(actor: Actor, page: IdPage) {
  const paged = idPageArgs(page);
  return db.unit.findMany({
    where: { ...scopeWhere(actor), ...paged.where },
    select: { id: true, code: true, name: true, kind: true, block: true, status: true, parentId: true, provinceId: true, districtId: true, memberCount: true },
    orderBy: paged.orderBy,
    take: paged.take,
  });
}
