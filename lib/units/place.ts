import type { Place } from "../auth/access";
import { isOrganisationKind } from "./levels";

type UnitLike = { id: string; kind: string; provinceId: string | null; organisationId: string | null };

/**
 * The place a unit covers in the access model: an organisation (a province too) is its own place;
 * a unit below one sits in its organisation's.
 */
export function placeOfUnit(unit: UnitLike): Place {
  if (unit.kind === "PROVINCE") return { provinceId: unit.id, organisationId: unit.id };
  if (isOrganisationKind(unit.kind)) return { provinceId: unit.provinceId, organisationId: unit.id };
  return { provinceId: unit.provinceId, organisationId: unit.organisationId };
}
