import type { Place } from "../auth/access";

type UnitLike = { id: string; kind: string; provinceId: string | null; districtId: string | null };

/** The place a unit covers in the access model: a province or district is its own place. */
export function placeOfUnit(unit: UnitLike): Place {
  if (unit.kind === "PROVINCE") return { provinceId: unit.id, districtId: null };
  if (unit.kind === "DISTRICT") return { provinceId: unit.provinceId, districtId: unit.id };
  return { provinceId: unit.provinceId, districtId: unit.districtId };
}
