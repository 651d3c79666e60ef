import type { Actor } from "../auth/access";
import { scopeWhere } from "../auth/access";
import type { Prisma } from "../generated/prisma/client";
import { BELOW_ORGANISATION_KINDS, PROVINCE_CHILD_KINDS } from "./levels";

/**
 * The units directly below an organisation that send it delegates, within the caller's scope: a
 * district's or a commune's grassroots units (in the organisation's own scope), or a province's
 * communes, wards and committees, each its own organisation, reached through their parent (the
 * province), which the scope must cover. A province's organizer thus sees the names of the units
 * that send delegates to the province's congress, never what lies inside them.
 */
export function unitsBelowWhere(actor: Actor, organisation: { id: string; kind: string }): Prisma.UnitWhereInput {
  const scope = scopeWhere(actor);
  if (organisation.kind === "PROVINCE") return { parentId: organisation.id, kind: { in: [...PROVINCE_CHILD_KINDS] }, ...(scope.OR ? { parent: scope } : {}) };
  return { organisationId: organisation.id, kind: { in: [...BELOW_ORGANISATION_KINDS] }, ...scope };
}

/** Units that hold a congress of their own below an organisation: grassroots committees and cells, or a province's organisations. */
export function congressHoldersBelowWhere(actor: Actor, organisation: { id: string; kind: string }): Prisma.UnitWhereInput {
  const below = unitsBelowWhere(actor, organisation);
  return organisation.kind === "PROVINCE" ? below : { ...below, kind: { in: ["GRASSROOTS_COMMITTEE", "GRASSROOTS_CELL"] } };
}
