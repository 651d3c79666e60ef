import "server-only";
import type { Actor } from "../auth/access";
import { db } from "../db/client";

/** Names of the units the actor's grants sit on, for the settings page. */
export async function grantUnitNames(actor: Actor): Promise<Map<string, string>> {
  const unitIds = actor.grants.map((g) => g.unitId).filter((id): id is string => id !== null);
  const units = await db.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true } });
  return new Map(units.map((u) => [u.id, u.name]));
}
