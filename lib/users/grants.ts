// Who may grant what where, and whose account they may manage. Pure: no database, no session.
// lib/auth/access says whether the caller may manage accounts at a place (account.manage); these
// rules narrow it to the roles and units the caller may hand out, so that nobody raises anyone
// (or themselves) above their own reach.
import { type Actor, type Role, can, isAdmin } from "../auth/access";

/** The unit a grant sits on, as its place: none for ADMIN, a province, or a district. */
export type GrantUnit = { kind: "PROVINCE" | "DISTRICT"; provinceId: string; districtId: string | null } | null;

/** Roles that sit on a district; PROVINCE_OVERSEER sits on a province, ADMIN on nothing. */
export const DISTRICT_ROLES = ["DISTRICT_ORGANIZER", "SUBCOMMITTEE_LEAD", "MEMBER", "VIEWER"] as const satisfies readonly Role[];

/** The unit kind a role's grant must name. */
export function unitKindFor(role: Role): "PROVINCE" | "DISTRICT" | null {
  if (role === "ADMIN") return null;
  return role === "PROVINCE_OVERSEER" ? "PROVINCE" : "DISTRICT";
}

/**
 * Whether the actor may give (or take away) `role` on `unit`. ADMIN and PROVINCE_OVERSEER are
 * granted by an admin only; district roles by whoever manages accounts in that district (its
 * organizer, the overseer of its province, an admin).
 */
export function mayGrant(actor: Actor, role: Role, unit: GrantUnit): boolean {
  const kind = unitKindFor(role);
  if (kind === null ? unit !== null : unit?.kind !== kind) return false;
  if (isAdmin(actor)) return true;
  if (role === "ADMIN" || role === "PROVINCE_OVERSEER" || !unit) return false;
  return can(actor, "account.manage", { provinceId: unit.provinceId, districtId: unit.districtId });
}

/** The district roles the actor may grant on a district. */
export function grantableRoles(actor: Actor, district: { provinceId: string; districtId: string }): Role[] {
  const unit: GrantUnit = { kind: "DISTRICT", ...district };
  return (isAdmin(actor) ? (["PROVINCE_OVERSEER", ...DISTRICT_ROLES] as Role[]) : [...DISTRICT_ROLES]).filter((r) =>
    mayGrant(actor, r, r === "PROVINCE_OVERSEER" ? { kind: "PROVINCE", provinceId: district.provinceId, districtId: null } : unit),
  );
}

/**
 * Whether the actor may manage (disable, enable, reset the password of) an account: every grant
 * it holds must be one the actor could have given, so an organizer cannot lock out an admin, an
 * overseer, or someone who also works in another district. An account with no grant left is
 * the admin's.
 */
export function mayManageAccount(actor: Actor, target: { userId: string; grants: { role: Role; unit: GrantUnit }[] }): boolean {
  if (isAdmin(actor)) return true;
  if (target.userId === actor.userId) return false;
  return target.grants.length > 0 && target.grants.every((g) => mayGrant(actor, g.role, g.unit));
}
