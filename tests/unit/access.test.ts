import { describe, expect, it } from "vitest";
import { type Right, type Actor, type Place, type RecordFacts, type Role, authorize, scopeWhere } from "@/lib/auth/access";
import { ForbiddenError, NotFoundError } from "@/lib/errors";

const P1 = "province-1";
const P2 = "province-2";
const D1 = "organisation-1"; // the caller's own organisation, in P1
const D2 = "organisation-2"; // another organisation of the same province
const D3 = "organisation-3"; // an organisation of another province

const PLACES = {
  own: { provinceId: P1, organisationId: D1 },
  sameProvince: { provinceId: P1, organisationId: D2 },
  otherProvince: { provinceId: P2, organisationId: D3 },
} satisfies Record<string, Place>;

function actorWith(role: Role): Actor {
  const grant =
    role === "ADMIN"
      ? { role, unitId: null, provinceId: null, organisationId: null }
      : role === "PROVINCE_OVERSEER"
        ? { role, unitId: P1, provinceId: P1, organisationId: null }
        : { role, unitId: D1, provinceId: P1, organisationId: D1 };
  return { userId: `u-${role}`, email: `${role}@x`, name: role, locale: "vi", grants: [grant] };
}

type Outcome = "allow" | "403" | "404";
function outcome(actor: Actor, action: Right, place: Place, facts?: RecordFacts): Outcome {
  try {
    authorize(actor, action, place, facts);
    return "allow";
  } catch (error) {
    if (error instanceof NotFoundError) return "404";
    if (error instanceof ForbiddenError) return "403";
    throw error;
  }
}

// The declared table, written out by hand: what each role may do in its own organisation, with no
// relation to the record. "lead" / "assigned" rows are checked with facts below.
const A = "allow" as const;
const F = "403" as const;
const OWN_ORGANISATION: Record<Right, Record<Role, Outcome>> = {
  "organisation.read":    { ADMIN: A, PROVINCE_OVERSEER: A, ORGANIZER: A, SUBCOMMITTEE_LEAD: A, MEMBER: A, VIEWER: A },
  "organisation.comment": { ADMIN: A, PROVINCE_OVERSEER: A, ORGANIZER: A, SUBCOMMITTEE_LEAD: A, MEMBER: A, VIEWER: F },
  "unit.manage":      { ADMIN: A, PROVINCE_OVERSEER: F, ORGANIZER: A, SUBCOMMITTEE_LEAD: F, MEMBER: F, VIEWER: F },
  "congress.manage":  { ADMIN: A, PROVINCE_OVERSEER: F, ORGANIZER: A, SUBCOMMITTEE_LEAD: F, MEMBER: F, VIEWER: F },
  "task.manage":      { ADMIN: A, PROVINCE_OVERSEER: F, ORGANIZER: A, SUBCOMMITTEE_LEAD: F, MEMBER: F, VIEWER: F },
  "task.set-status":      { ADMIN: A, PROVINCE_OVERSEER: F, ORGANIZER: A, SUBCOMMITTEE_LEAD: F, MEMBER: F, VIEWER: F },
  "delegate.read":    { ADMIN: A, PROVINCE_OVERSEER: A, ORGANIZER: A, SUBCOMMITTEE_LEAD: A, MEMBER: A, VIEWER: A },
  "delegate.manage":  { ADMIN: A, PROVINCE_OVERSEER: F, ORGANIZER: A, SUBCOMMITTEE_LEAD: F, MEMBER: F, VIEWER: F },
  "delegate.export":  { ADMIN: A, PROVINCE_OVERSEER: A, ORGANIZER: A, SUBCOMMITTEE_LEAD: A, MEMBER: F, VIEWER: F },
  "audit.read":       { ADMIN: A, PROVINCE_OVERSEER: F, ORGANIZER: A, SUBCOMMITTEE_LEAD: F, MEMBER: F, VIEWER: F },
  "user.manage":      { ADMIN: A, PROVINCE_OVERSEER: F, ORGANIZER: F, SUBCOMMITTEE_LEAD: F, MEMBER: F, VIEWER: F },
  "account.manage":   { ADMIN: A, PROVINCE_OVERSEER: A, ORGANIZER: A, SUBCOMMITTEE_LEAD: F, MEMBER: F, VIEWER: F },
  "organisation.manage":  { ADMIN: A, PROVINCE_OVERSEER: A, ORGANIZER: F, SUBCOMMITTEE_LEAD: F, MEMBER: F, VIEWER: F },
  "province.manage":  { ADMIN: A, PROVINCE_OVERSEER: F, ORGANIZER: F, SUBCOMMITTEE_LEAD: F, MEMBER: F, VIEWER: F },
  "congress.edit":    { ADMIN: A, PROVINCE_OVERSEER: A, ORGANIZER: A, SUBCOMMITTEE_LEAD: F, MEMBER: F, VIEWER: F },
  "personnel.manage": { ADMIN: A, PROVINCE_OVERSEER: F, ORGANIZER: A, SUBCOMMITTEE_LEAD: F, MEMBER: F, VIEWER: F },
  "personnel.approve": { ADMIN: A, PROVINCE_OVERSEER: F, ORGANIZER: A, SUBCOMMITTEE_LEAD: F, MEMBER: F, VIEWER: F },
  "election.manage":  { ADMIN: A, PROVINCE_OVERSEER: F, ORGANIZER: A, SUBCOMMITTEE_LEAD: F, MEMBER: F, VIEWER: F },
  "election.count":   { ADMIN: A, PROVINCE_OVERSEER: F, ORGANIZER: A, SUBCOMMITTEE_LEAD: F, MEMBER: F, VIEWER: F },
};

const ROLES = Object.keys(OWN_ORGANISATION["organisation.read"]) as Role[];
const ACTIONS = Object.keys(OWN_ORGANISATION) as Right[];

describe("access: every role × action on its own organisation", () => {
  for (const action of ACTIONS) {
    for (const role of ROLES) {
      it(`${role} ${action} → ${OWN_ORGANISATION[action][role]}`, () => {
        expect(outcome(actorWith(role), action, PLACES.own)).toBe(OWN_ORGANISATION[action][role]);
      });
    }
  }
});

describe("access: other organisations", () => {
  for (const role of ROLES) {
    for (const action of ACTIONS) {
      // Only the admin crosses provinces; an overseer sees every organisation of its own province
      // exactly as it sees any one of them; everyone else gets 404 outside their organisation.
      const sameProvince = role === "ADMIN" || role === "PROVINCE_OVERSEER" ? OWN_ORGANISATION[action][role] : "404";
      const otherProvince = role === "ADMIN" ? OWN_ORGANISATION[action][role] : "404";
      it(`${role} ${action}: same province → ${sameProvince}, other province → ${otherProvince}`, () => {
        expect(outcome(actorWith(role), action, PLACES.sameProvince)).toBe(sameProvince);
        expect(outcome(actorWith(role), action, PLACES.otherProvince)).toBe(otherProvince);
      });
    }
  }

  it("the province-level place is visible to its overseer and the admin only", () => {
    const province = { provinceId: P1, organisationId: null };
    expect(ROLES.map((r) => outcome(actorWith(r), "organisation.read", province))).toEqual(["allow", "allow", "404", "404", "404", "404"]);
  });
});

describe("access: rights that depend on the record", () => {
  it("a sub-committee lead manages the tasks of the sub-committee it leads, not others", () => {
    const lead = actorWith("SUBCOMMITTEE_LEAD");
    expect(outcome(lead, "task.manage", PLACES.own, { leadsSubCommittee: true })).toBe("allow");
    expect(outcome(lead, "task.manage", PLACES.own, { leadsSubCommittee: false, assignedToCaller: true })).toBe("403");
    expect(outcome(lead, "task.set-status", PLACES.own, { leadsSubCommittee: true })).toBe("allow");
    expect(outcome(lead, "task.set-status", PLACES.own, { assignedToCaller: true })).toBe("allow");
  });

  it("a member updates only the tasks assigned to it, and manages none", () => {
    const member = actorWith("MEMBER");
    expect(outcome(member, "task.set-status", PLACES.own, { assignedToCaller: true })).toBe("allow");
    expect(outcome(member, "task.set-status", PLACES.own, { leadsSubCommittee: true })).toBe("403");
    expect(outcome(member, "task.manage", PLACES.own, { assignedToCaller: true })).toBe("403");
  });

  it("the personnel sub-committee's members (any position) manage the scheme; only the organizer approves it", () => {
    for (const role of ["SUBCOMMITTEE_LEAD", "MEMBER"] as const) {
      expect(outcome(actorWith(role), "personnel.manage", PLACES.own, { inPersonnelSubCommittee: true })).toBe("allow");
      expect(outcome(actorWith(role), "personnel.manage", PLACES.own, { leadsSubCommittee: true })).toBe("403");
      expect(outcome(actorWith(role), "personnel.approve", PLACES.own, { inPersonnelSubCommittee: true })).toBe("403");
    }
    expect(outcome(actorWith("VIEWER"), "personnel.manage", PLACES.own, { inPersonnelSubCommittee: true })).toBe("403");
  });

  it("the vote-counting committee's members count; they manage no election", () => {
    for (const role of ["SUBCOMMITTEE_LEAD", "MEMBER"] as const) {
      expect(outcome(actorWith(role), "election.count", PLACES.own, { onCountingCommittee: true })).toBe("allow");
      expect(outcome(actorWith(role), "election.count", PLACES.own, { inPersonnelSubCommittee: true })).toBe("403");
      expect(outcome(actorWith(role), "election.manage", PLACES.own, { onCountingCommittee: true })).toBe("403");
    }
    expect(outcome(actorWith("VIEWER"), "election.count", PLACES.own, { onCountingCommittee: true })).toBe("403");
  });

  it("facts never open another organisation", () => {
    const member = actorWith("MEMBER");
    expect(outcome(member, "task.set-status", PLACES.sameProvince, { assignedToCaller: true, leadsSubCommittee: true })).toBe("404");
  });
});

describe("access: list scope", () => {
  it("puts the granted places in the where clause", () => {
    expect(scopeWhere(actorWith("ADMIN"))).toEqual({});
    expect(scopeWhere(actorWith("PROVINCE_OVERSEER"))).toEqual({ OR: [{ provinceId: { in: [P1] } }, { organisationId: { in: [] } }] });
    expect(scopeWhere(actorWith("VIEWER"))).toEqual({ OR: [{ provinceId: { in: [] } }, { organisationId: { in: [D1] } }] });
  });

  it("an actor without grants sees nothing", () => {
    const nobody: Actor = { userId: "x", email: "x", name: "x", locale: "vi", grants: [] };
    expect(outcome(nobody, "organisation.read", PLACES.own)).toBe("404");
    expect(scopeWhere(nobody)).toEqual({ OR: [{ provinceId: { in: [] } }, { organisationId: { in: [] } }] });
  });
});

describe("every level: a province's own congress, its communes, and history read only", () => {
  const province: Place = { provinceId: P1, organisationId: P1 };
  const commune: Place = { provinceId: P1, organisationId: D1 };
  const as = (...grants: Actor["grants"]): Actor => ({ userId: "u", email: "u@x", name: "U", locale: "vi", grants });

  it("a province's organizer prepares the province's congress and never reaches a commune's records", () => {
    const organizer = as({ role: "ORGANIZER", unitId: P1, provinceId: P1, organisationId: P1 });
    expect(() => authorize(organizer, "delegate.manage", province)).not.toThrow();
    expect(() => authorize(organizer, "delegate.read", commune)).toThrow(NotFoundError);
    expect(scopeWhere(organizer)).toEqual({ OR: [{ provinceId: { in: [] } }, { organisationId: { in: [P1] } }] });
  });

  it("the province's overseer reads the province's own congress and its communes', and writes neither", () => {
    const overseer = as({ role: "PROVINCE_OVERSEER", unitId: P1, provinceId: P1, organisationId: P1 });
    for (const place of [province, commune]) {
      expect(() => authorize(overseer, "delegate.read", place)).not.toThrow();
      expect(() => authorize(overseer, "delegate.manage", place)).toThrow(ForbiddenError);
    }
  });

  it("a read-only grant (an organisation that ended, or a predecessor's history) reads and never writes", () => {
    const history = as({ role: "ORGANIZER", unitId: D2, provinceId: P1, organisationId: D2, readOnly: true });
    const place: Place = { provinceId: P1, organisationId: D2 };
    expect(() => authorize(history, "organisation.read", place)).not.toThrow();
    expect(() => authorize(history, "delegate.read", place)).not.toThrow();
    for (const right of ["delegate.manage", "task.manage", "election.count", "congress.edit", "account.manage", "delegate.export"] as const) {
      expect(() => authorize(history, right, place)).toThrow(ForbiddenError);
    }
  });
});
