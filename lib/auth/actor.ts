import "server-only";
import { db } from "../db/client";
import { isOrganisationKind } from "../units/levels";
import { placeOfUnit } from "../units/place";
import type { Actor, ActorGrant } from "./access";
import { firstPasswordExpired } from "./first-password";

type UserWithGrants = {
  id: string;
  email: string;
  name: string;
  locale: string;
  mustChangePassword?: boolean;
  passwordResetAt?: Date | null;
  sessionVersion?: number;
  grants: { role: ActorGrant["role"]; unitId: string | null; unit: GrantUnitRow | null }[];
};

type UnitPlaceRow = { id: string; kind: string; provinceId: string | null; organisationId: string | null };
type GrantUnitRow = UnitPlaceRow & { status?: string; predecessors?: (UnitPlaceRow & { predecessors?: UnitPlaceRow[] })[] };

/** The organisations (a province included) whose records passed to this one, up to two steps back. */
function predecessorsOf(unit: GrantUnitRow): UnitPlaceRow[] {
  return (unit.predecessors ?? []).flatMap((p) => [p, ...(p.predecessors ?? [])]).filter((p) => isOrganisationKind(p.kind));
}

function grantsOf(g: UserWithGrants["grants"][number]): ActorGrant[] {
  if (!g.unit) return [{ role: g.role, unitId: g.unitId, provinceId: null, organisationId: null }];
  const own: ActorGrant = { role: g.role, unitId: g.unitId, ...placeOfUnit(g.unit), ...(g.unit.status && g.unit.status !== "ACTIVE" ? { readOnly: true } : {}) };
  const inherited = predecessorsOf(g.unit).map((p): ActorGrant => ({ role: g.role, unitId: p.id, ...placeOfUnit(p), readOnly: true }));
  return [own, ...inherited];
}

export function toActor(user: UserWithGrants): Actor {
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    mustChangePassword: user.mustChangePassword ?? false,
    passwordResetAt: user.passwordResetAt ?? null,
    sessionVersion: user.sessionVersion,
    grants: user.grants.flatMap(grantsOf),
  };
}

const unitPlace = { id: true, kind: true, provinceId: true, organisationId: true } as const;

export const actorInclude = {
  grants: {
    select: {
      role: true,
      unitId: true,
      unit: { select: { ...unitPlace, status: true, predecessors: { select: { ...unitPlace, predecessors: { select: unitPlace } } } } },
    },
  },
} as const;

/**
 * The actor of an account read with actorInclude, if it is usable by a session of this version:
 * a disabled account or a changed password (both bump sessionVersion) ends older sessions.
 */
export function usableActor(user: (UserWithGrants & { disabled: boolean; sessionVersion: number; passwordChangedAt?: Date }) | null, sessionVersion: number | undefined, now = new Date()): Actor | null {
  if (!user || user.disabled || user.sessionVersion !== sessionVersion) return null;
  // A first password past its time opens nothing, not even a session made before it expired.
  if (user.passwordChangedAt && firstPasswordExpired({ mustChangePassword: user.mustChangePassword ?? false, passwordChangedAt: user.passwordChangedAt }, now)) return null;
  return toActor(user);
}

/** Loads the actor of a user id if the account is usable and the session version still matches. */
export async function loadActor(userId: string, sessionVersion: number | undefined): Promise<Actor | null> {
  return usableActor(await db.user.findUnique({ where: { id: userId }, include: actorInclude }), sessionVersion);
}
