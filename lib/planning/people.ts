import "server-only";
import { db } from "../db/client";

export type PersonOption = { id: string; name: string };

// Roles whose holders work on the preparation: they may sit on a sub-committee or take a task.
const WORKING_ROLES = ["ORGANIZER", "SUBCOMMITTEE_LEAD", "MEMBER"] as const;

/**
 * Active accounts working in an organisation. Callers have already checked the actor may read the
 * organisation; the list is what the planning forms offer and what the actions accept.
 */
export async function organisationPeople(organisationId: string): Promise<PersonOption[]> {
  const users = await db.user.findMany({
    where: { disabled: false, grants: { some: { unitId: organisationId, role: { in: [...WORKING_ROLES] } } } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  return users;
}

/** The subset of `userIds` that work in the organisation. */
export async function peopleInOrganisation(organisationId: string, userIds: string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const users = await db.user.findMany({
    where: { id: { in: userIds }, disabled: false, grants: { some: { unitId: organisationId, role: { in: [...WORKING_ROLES] } } } },
    select: { id: true },
  });
  return new Set(users.map((u) => u.id));
}
