// Who may grant what where, and whose account they may manage. Pure: no database, no session.
// lib/auth/access says whether the caller may manage accounts at a place (account.manage); these
// rules narrow it to the roles and units the caller may hand out, so that nobody raises anyone
// (or themselves) above their own reach.
import { type Actor, type Role, ROLES, can, isAdmin, rolesAt } from "../auth/access";
import { isOrganisationKind } from "../units/levels";

/**
 * The unit a grant sits on, with its place: none for ADMIN; a province (for its overseer, or for
 * the organisers of the province's own congress: a province is its own organisation); an
 * organisation at any level otherwise.
 */
export type GrantUnit = { kind: string; provinceId: string; organisationId: string } | null;

/** Roles that sit on an organisation (a province included); PROVINCE_OVERSEER sits on a province, ADMIN on nothing. */
export const ORGANISATION_ROLES = ["ORGANIZER", "SUBCOMMITTEE_LEAD", "MEMBER", "VIEWER"] as const satisfies readonly Role[];

/**
 * The roles each role may hand out to someone else, or reset to a password (or link) it would
 * know: roles below it in rank (ROLES, highest first) whose every right it holds itself in
 * ROLE_RULES. Rank alone is not enough: an overseer only reads and comments, so every organisation
 * role that writes (organizer, lead, member) is above it here, though below it in rank; handing
 * one out, or taking one over by a reset, would give the overseer rights it does not have.
 * tests/unit/grants.test.ts derives this table from ROLE_RULES and compares.
 */
export const GIVES: Record<Role, readonly Role[]> = {
  ADMIN: ["PROVINCE_OVERSEER", "ORGANIZER", "SUBCOMMITTEE_LEAD", "MEMBER", "VIEWER"],
  PROVINCE_OVERSEER: ["VIEWER"],
  ORGANIZER: ["SUBCOMMITTEE_LEAD", "MEMBER", "VIEWER"],
  SUBCOMMITTEE_LEAD: ["MEMBER", "VIEWER"],
  MEMBER: ["VIEWER"],
  VIEWER: [],
};

/** Higher in rank (ROLES is ordered highest first): what taking a role away needs. */
export const outranks = (a: Role, b: Role) => ROLES.indexOf(a) < ROLES.indexOf(b);

/** Whether a role's grant may name a unit of this kind (null: no unit, for ADMIN). */
export function roleFitsUnit(role: Role, kind: string | null): boolean {
  if (role === "ADMIN") return kind === null;
  if (role === "PROVINCE_OVERSEER") return kind === "PROVINCE";
  return kind !== null && isOrganisationKind(kind);
}

const placeOf = (unit: GrantUnit) => (unit ? { provinceId: unit.provinceId, organisationId: unit.organisationId } : { provinceId: null, organisationId: null });
// An organisation (a province too) is its own organisation: the grant's unit is that id.
const unitIdOf = (unit: GrantUnit) => unit?.organisationId ?? null;

/**
 * The common part of every rule: the role fits the unit's kind, and the caller manages accounts
 * there. ADMIN and PROVINCE_OVERSEER are an admin's to give and take.
 */
function withinReach(actor: Actor, role: Role, unit: GrantUnit): boolean {
  if (!roleFitsUnit(role, unit?.kind ?? null)) return false;
  if (isAdmin(actor)) return true;
  if (role === "ADMIN" || role === "PROVINCE_OVERSEER" || !unit) return false;
  return can(actor, "account.manage", placeOf(unit));
}

/**
 * Whether the actor may give `role` on `unit` (to someone else: see mayGrantTo): a role it GIVES
 * from a role it holds there, or the very role it holds on that very unit (an organizer names a
 * fellow organizer of its organisation, an admin another admin). Never a role it does not hold that
 * is above its own.
 */
export function mayGrant(actor: Actor, role: Role, unit: GrantUnit): boolean {
  if (!withinReach(actor, role, unit)) return false;
  const place = placeOf(unit);
  return rolesAt(actor, place).some((r) => GIVES[r].includes(role)) || actor.grants.some((g) => g.role === role && g.unitId === unitIdOf(unit));
}

/** Nobody grants a role to themselves, whatever it is. */
export function mayGrantTo(actor: Actor, userId: string, role: Role, unit: GrantUnit): boolean {
  return userId !== actor.userId && mayGrant(actor, role, unit);
}

/**
 * Whether the actor may take `role` on `unit` away (revoke it, or disable an account holding it):
 * taking away raises nobody, so rank decides: a role below one the actor holds there. A fellow
 * organizer's role goes to the overseer or an admin.
 */
export function mayRevoke(actor: Actor, role: Role, unit: GrantUnit): boolean {
  if (!withinReach(actor, role, unit)) return false;
  if (isAdmin(actor)) return true;
  return rolesAt(actor, placeOf(unit)).some((r) => outranks(r, role));
}

/** The roles the actor may grant on an organisation (the overseer's on its province). */
export function grantableRoles(actor: Actor, organisation: { kind: string; provinceId: string; organisationId: string }): Role[] {
  const province: GrantUnit = { kind: "PROVINCE", provinceId: organisation.provinceId, organisationId: organisation.provinceId };
  return (isAdmin(actor) ? (["PROVINCE_OVERSEER", ...ORGANISATION_ROLES] as Role[]) : [...ORGANISATION_ROLES]).filter((r) =>
    mayGrant(actor, r, r === "PROVINCE_OVERSEER" ? province : organisation),
  );
}

type TargetAccount = { userId: string; grants: { role: Role; unit: GrantUnit }[] };

/**
 * Whether the actor may disable or enable an account: every grant it holds must be one the actor
 * may take away, so an organizer cannot lock out an admin, an overseer, a fellow organizer, or
 * someone who also works in another organisation. An account with no grant left is the admin's.
 */
export function mayManageAccount(actor: Actor, target: TargetAccount): boolean {
  if (target.userId === actor.userId) return false;
  if (isAdmin(actor)) return true;
  return target.grants.length > 0 && target.grants.every((g) => mayRevoke(actor, g.role, g.unit));
}

/**
 * Whether the actor may reset the account's password (or send it a sign-in link): the actor would
 * know the new one and could sign in as that person, so every role the account holds must be one
 * the actor GIVES there, strictly below its own. A reset of an equal or higher account goes to
 * someone above; an admin's own goes to the operator's CLI (`user:set-password`).
 */
export function mayResetPassword(actor: Actor, target: TargetAccount): boolean {
  if (target.userId === actor.userId) return false;
  return target.grants.length > 0 && target.grants.every((g) => withinReach(actor, g.role, g.unit) && rolesAt(actor, placeOf(g.unit)).some((r) => GIVES[r].includes(g.role)));
}
