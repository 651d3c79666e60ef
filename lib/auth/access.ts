// Who may do what where. Every page, server action and route handler asks this module about the
// exact record it touches; middleware never decides. Pure functions: no database, no session.
import { NotFoundError, ForbiddenError } from "../errors";

export const ROLES = [
  "ADMIN",
  "PROVINCE_OVERSEER",
  "ORGANIZER",
  "SUBCOMMITTEE_LEAD",
  "MEMBER",
  "VIEWER",
] as const;
export type Role = (typeof ROLES)[number];

/** A grant with the place its unit covers: a province for overseers, an organisation (a province's own congress included) otherwise. */
export type ActorGrant = {
  role: Role;
  unitId: string | null;
  provinceId: string | null;
  organisationId: string | null;
  /**
   * Reads only: a role on an organisation that has ended (a district dissolved on 1/7/2025), or
   * one inherited from a predecessor (an overseer of Cà Mau reads Bạc Liêu's history, a commune
   * that keeps a dissolved district's records reads them). The past is read, never rewritten.
   */
  readOnly?: boolean;
};

export type Actor = {
  userId: string;
  email: string;
  name: string;
  locale: string;
  /** A password someone else chose (a first password, a reset): it must be changed before anything else. */
  mustChangePassword?: boolean;
  /** When someone else last reset the password, until the user dismisses the notice. */
  passwordResetAt?: Date | null;
  /** The account's session version when this actor was loaded: a write that must not outlive a password change rechecks it. */
  sessionVersion?: number;
  grants: ActorGrant[];
};

/**
 * Where a record sits: every scoped record belongs to one province and one organisation, the one
 * whose congress it serves (a commune, a district, a committee under the province, or the province).
 */
export type Place = { provinceId: string | null; organisationId: string | null };

/**
 * Rights, named `<noun>.<verb>` like the actions: `task.manage` (create, edit, delete) and
 * `task.set-status` are what a role may do; an action declares which one it needs.
 */
export const RIGHTS = [
  "organisation.read",
  "organisation.comment",
  "unit.manage",
  "congress.manage",
  "task.manage",
  "task.set-status",
  "delegate.read",
  "delegate.manage",
  "delegate.export",
  "audit.read",
  "user.manage",
  /** Accounts and grants of the place (lib/users/grants.ts narrows which roles on which units). */
  "account.manage",
  /** Create, edit and record the life of organisations (a province's organisations for its overseer). */
  "organisation.manage",
  /** Create, edit and record the life of provinces. */
  "province.manage",
  /** A congress's own record: dates, venue, term, status. */
  "congress.edit",
  /** The personnel scheme: sizes, structure targets, the candidates and their introduction. */
  "personnel.manage",
  /** Approving the personnel scheme (the standing committee's decision, entered by the organizer). */
  "personnel.approve",
  /** The elections at the congress: lists, nominations, rounds, the vote-counting committee. */
  "election.manage",
  /** Entering and closing the count of the ballot boxes, and correcting a closed count. */
  "election.count",
] as const;
export type Right = (typeof RIGHTS)[number];

/**
 * Facts about the caller's relation to one record, computed by the domain module that loads it.
 * Roles marked "own" below need the fact to hold.
 */
export type RecordFacts = {
  /** The caller leads (trưởng/phó tiểu ban) the sub-committee that owns the record. */
  leadsSubCommittee?: boolean;
  /** The record (a task) is assigned to the caller. */
  assignedToCaller?: boolean;
  /** The caller sits (any position) on the personnel sub-committee of the record's congress. */
  inPersonnelSubCommittee?: boolean;
  /** The caller sits on the vote-counting committee (ban kiểm phiếu) of the record's congress. */
  onCountingCommittee?: boolean;
};

type Rule = true | "ownSubCommittee" | "ownSubCommitteeOrAssigned" | "personnelSubCommittee" | "countingCommittee";

/** The declared table: role → action → rule. A missing entry means "no". */
export const ROLE_RULES: Record<Role, Partial<Record<Right, Rule>>> = {
  ADMIN: Object.fromEntries(RIGHTS.map((a) => [a, true])) as Record<Right, Rule>,
  PROVINCE_OVERSEER: {
    "organisation.read": true,
    "organisation.comment": true,
    "delegate.read": true,
    "delegate.export": true,
    "account.manage": true,
    "organisation.manage": true,
    "congress.edit": true,
  },
  ORGANIZER: {
    "organisation.read": true,
    "organisation.comment": true,
    "unit.manage": true,
    "congress.manage": true,
    "task.manage": true,
    "task.set-status": true,
    "delegate.read": true,
    "delegate.manage": true,
    "delegate.export": true,
    "audit.read": true,
    "account.manage": true,
    "congress.edit": true,
    "personnel.manage": true,
    "personnel.approve": true,
    "election.manage": true,
    "election.count": true,
  },
  SUBCOMMITTEE_LEAD: {
    "organisation.read": true,
    "organisation.comment": true,
    "task.manage": "ownSubCommittee",
    "task.set-status": "ownSubCommitteeOrAssigned",
    "delegate.read": true,
    "delegate.export": true,
    "personnel.manage": "personnelSubCommittee",
    "election.count": "countingCommittee",
  },
  MEMBER: {
    "organisation.read": true,
    "organisation.comment": true,
    "task.set-status": "ownSubCommitteeOrAssigned",
    "delegate.read": true,
    "personnel.manage": "personnelSubCommittee",
    "election.count": "countingCommittee",
  },
  VIEWER: {
    "organisation.read": true,
    "delegate.read": true,
  },
};

function grantCovers(grant: ActorGrant, place: Place): boolean {
  if (grant.role === "ADMIN") return true;
  if (grant.role === "PROVINCE_OVERSEER") return grant.provinceId !== null && grant.provinceId === place.provinceId;
  return grant.organisationId !== null && grant.organisationId === place.organisationId;
}

function ruleHolds(rule: Rule | undefined, role: Role, facts: RecordFacts): boolean {
  if (rule === true) return true;
  if (rule === "ownSubCommittee") return facts.leadsSubCommittee === true;
  if (rule === "ownSubCommitteeOrAssigned") {
    // A member updates what is assigned to them; a lead also what their sub-committee owns.
    return facts.assignedToCaller === true || (role === "SUBCOMMITTEE_LEAD" && facts.leadsSubCommittee === true);
  }
  if (rule === "personnelSubCommittee") return facts.inPersonnelSubCommittee === true;
  if (rule === "countingCommittee") return facts.onCountingCommittee === true;
  return false;
}

/** Roles the actor holds at this place, to act with. */
export function rolesAt(actor: Actor, place: Place): Role[] {
  // The roles one acts with there: a read-only grant (history) acts with none.
  return [...new Set(actor.grants.filter((g) => !g.readOnly && grantCovers(g, place)).map((g) => g.role))];
}

/** What a read-only grant (see ActorGrant.readOnly) still allows. */
export const HISTORY_RIGHTS: readonly Right[] = ["organisation.read", "delegate.read"];

export function can(actor: Actor, action: Right, place: Place, facts: RecordFacts = {}): boolean {
  return actor.grants.some(
    (g) => grantCovers(g, place) && (!g.readOnly || HISTORY_RIGHTS.includes(action)) && ruleHolds(ROLE_RULES[g.role][action], g.role, facts),
  );
}

/**
 * Throws NotFoundError when the caller may not even see the place (another organisation answers
 * 404, not 403) and ForbiddenError when they see it but may not do `action`.
 */
export function authorize(actor: Actor, action: Right, place: Place, facts: RecordFacts = {}): void {
  if (!can(actor, "organisation.read", place)) throw new NotFoundError("record", place);
  if (!can(actor, action, place, facts)) throw new ForbiddenError(place);
}

export function isAdmin(actor: Actor): boolean {
  return actor.grants.some((g) => g.role === "ADMIN");
}

/** What a list query may return: everything (admin) or the provinces and organisations granted. */
export type ReadScope = { all: true } | { all: false; provinceIds: string[]; organisationIds: string[] };

export function readScope(actor: Actor, options: { history?: boolean } = {}): ReadScope {
  if (isAdmin(actor)) return { all: true };
  const grants = options.history === false ? actor.grants.filter((g) => !g.readOnly) : actor.grants;
  const provinceIds = grants.filter((g) => g.role === "PROVINCE_OVERSEER" && g.provinceId).map((g) => g.provinceId!);
  const organisationIds = grants.filter((g) => g.role !== "PROVINCE_OVERSEER" && g.organisationId).map((g) => g.organisationId!);
  return { all: false, provinceIds: [...new Set(provinceIds)], organisationIds: [...new Set(organisationIds)] };
}

/**
 * The Prisma `where` fragment for records carrying provinceId/organisationId columns. An overseer
 * reads the whole province; a role on an organisation reads that organisation only (a province's
 * organizer reads the province's own congress, not its communes'). `history: false` leaves out
 * what the caller only reads as history (ActorGrant.readOnly): the work still to do.
 */
export function scopeWhere(actor: Actor, options: { history?: boolean } = {}): { OR?: ({ provinceId: { in: string[] } } | { organisationId: { in: string[] } })[] } {
  const scope = readScope(actor, options);
  if (scope.all) return {};
  return { OR: [{ provinceId: { in: scope.provinceIds } }, { organisationId: { in: scope.organisationIds } }] };
}
