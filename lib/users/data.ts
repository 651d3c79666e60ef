import "server-only";
import type { Actor } from "../auth/access";
import { db } from "../db/client";

/** Names of the units the actor's grants sit on, for the settings page. */
export async function grantUnitNames(actor: Actor): Promise<Map<string, string>> {
  const unitIds = actor.grants.map((g) => g.unitId).filter((id): id is string => id !== null);
  const units = await db.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true } });
  return new Map(units.map((u) => [u.id, u.name]));
}

/** The accounts that hold a role on the organisation, with those roles; the caller's reach was checked by the page. */
export async function listOrganisationAccounts(organisationId: string) {
  const users = await db.user.findMany({
    where: { grants: { some: { unitId: organisationId } } },
    select: { id: true, email: true, name: true, disabled: true, grants: { where: { unitId: organisationId }, select: { id: true, role: true } } },
    orderBy: { name: "asc" },
  });
  return users;
}

/** Who reset the user's password and when, while the notice stands (see resetAccountPassword). */
export async function passwordResetNotice(userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordResetAt: true, passwordResetBy: { select: { name: true, email: true } } } });
  return user?.passwordResetAt ? { at: user.passwordResetAt, byName: user.passwordResetBy?.name ?? null, byEmail: user.passwordResetBy?.email ?? null } : null;
}

/** Whether the installation has no province yet: the admin is shown the first-run page. */
export async function isEmptyInstallation(): Promise<boolean> {
  return (await db.unit.count({ where: { kind: "PROVINCE" } })) === 0;
}
