// Who may grant what where, and whose account they may manage. Pure: no database, no session.
// lib/auth/access says whether the caller may manage accounts at a place (account.manage); these
// rules narrow it to the roles and units the caller may hand out, so that nobody raises anyone
// (or themselves) above their own reach.
import { type Actor, type Role, can, isAdmin } from "../auth/access";
import { isOrganisationKind } from "../units/levels";

/**
 * The unit a grant sits on, with its place: none for ADMIN; a province (for its overseer, or for
 * the organisers of the province's own congress); an organisation at any level otherwise.
 */
export type GrantUnit = { kind: string; provinceId: string; organisationId: string } | null;

/** Roles that sit on an organisation (a province included); PROVINCE_OVERSEER sits on a province, ADMIN on nothing. */
export const ORGANISATION_ROLES = ["ORGANIZER", "SUBCOMMITTEE_LEAD", "MEMBER", "VIEWER"] as const satisfies readonly Role[];

/** Whether a role's grant may name a unit of this kind (null: no unit, for ADMIN). */
export function roleFitsUnit(role: Role, kind: string | null): boolean {
  if (role === "ADMIN") return kind === null;
  if (role === "PROVINCE_OVERSEER") return kind === "PROVINCE";
  return kind !== null && isOrganisationKind(kind);
}

/**
 * Whether the actor may give (or take away) `role` on `unit`. ADMIN and PROVINCE_OVERSEER are
 * granted by an admin only; organisation roles by whoever manages accounts in that organisation (its
 * organizer, the overseer of its province, an admin).
 */
export function mayGrant(actor: Actor, role: Role, unit: GrantUnit): boolean {
  if (!roleFitsUnit(role, unit?.kind ?? null)) return false;
  if (isAdmin(actor)) return true;
  if (role === "ADMIN" || role === "PROVINCE_OVERSEER" || !unit) return false;
  return can(actor, "account.manage", { provinceId: unit.provinceId, organisationId: unit.organisationId });
}

/** The organisation roles the actor may grant on an organisation. */
export function grantableRoles(actor: Actor, organisation: { kind: string; provinceId: string; organisationId: string }): Role[] {
  const province: GrantUnit = { kind: "PROVINCE", provinceId: organisation.provinceId, organisationId: organisation.provinceId };
  return (isAdmin(actor) ? (["PROVINCE_OVERSEER", ...ORGANISATION_ROLES] as Role[]) : [...ORGANISATION_ROLES]).filter((r) =>
    mayGrant(actor, r, r === "PROVINCE_OVERSEER" ? province : organisation),
  );
}

/**
 * Whether the actor may manage (disable, enable, reset the password of) an account: every grant
 * it holds must be one the actor could have given, so an organizer cannot lock out an admin, an
 * overseer, or someone who also works in another organisation. An account with no grant left is
 * the admin's.
 */
export function mayManageAccount(actor: Actor, target: { userId: string; grants: { role: Role; unit: GrantUnit }[] }): boolean {
  if (isAdmin(actor)) return true;
  if (target.userId === actor.userId) return false;
  return target.grants.length > 0 && target.grants.every((g) => mayGrant(actor, g.role, g.unit));
}
