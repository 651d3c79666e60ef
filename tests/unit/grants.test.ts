import { describe, expect, it } from "vitest";
import { type Actor, type ActorGrant, type Right, type Role, RIGHTS, ROLES, ROLE_RULES } from "@/lib/auth/access";
import { GIVES, type GrantUnit, grantableRoles, mayGrant, mayGrantTo, mayManageAccount, mayResetPassword, mayRevoke } from "@/lib/users/grants";

const P1 = "province-1";
const P2 = "province-2";
const D1 = "organisation-1"; // in P1, the organizer's own
const D2 = "organisation-2"; // in P1
const D3 = "organisation-3"; // in P2

const organisation = (organisationId: string, provinceId: string): GrantUnit => ({ kind: "COMMUNE", provinceId, organisationId });
const province = (provinceId: string): GrantUnit => ({ kind: "PROVINCE", provinceId, organisationId: provinceId });

function actor(...grants: ActorGrant[]): Actor {
  return { userId: "caller", email: "c@x", name: "C", locale: "vi", grants };
}
const admin = actor({ role: "ADMIN", unitId: null, provinceId: null, organisationId: null });
const overseer = actor({ role: "PROVINCE_OVERSEER", unitId: P1, provinceId: P1, organisationId: null });
const organizer = actor({ role: "ORGANIZER", unitId: D1, provinceId: P1, organisationId: D1 });
const member = actor({ role: "MEMBER", unitId: D1, provinceId: P1, organisationId: D1 });
const ORGANISATION_ROLE_LIST: Role[] = ["ORGANIZER", "SUBCOMMITTEE_LEAD", "MEMBER", "VIEWER"];

describe("mayGrant", () => {
  it("lets an organizer grant organisation roles in their own organisation only", () => {
    for (const role of ["ORGANIZER", "SUBCOMMITTEE_LEAD", "MEMBER", "VIEWER"] as Role[]) {
      expect(mayGrant(organizer, role, organisation(D1, P1)), role).toBe(true);
      expect(mayGrant(organizer, role, organisation(D2, P1)), `${role} in a neighbouring organisation`).toBe(false);
      expect(mayGrant(organizer, role, organisation(D3, P2)), `${role} in another province`).toBe(false);
    }
  });

  it("never lets an organizer or an overseer raise anyone to ADMIN or overseer", () => {
    for (const who of [organizer, overseer, member]) {
      expect(mayGrant(who, "ADMIN", null)).toBe(false);
      expect(mayGrant(who, "PROVINCE_OVERSEER", province(P1))).toBe(false);
    }
    expect(mayGrant(admin, "ADMIN", null)).toBe(true);
    expect(mayGrant(admin, "PROVINCE_OVERSEER", province(P2))).toBe(true);
  });

  it("lets an overseer (read and comment only) grant only VIEWER, in every organisation of their province and nowhere else", () => {
    expect(mayGrant(overseer, "VIEWER", organisation(D1, P1))).toBe(true);
    expect(mayGrant(overseer, "VIEWER", organisation(D2, P1))).toBe(true);
    expect(mayGrant(overseer, "VIEWER", organisation(D3, P2))).toBe(false);
    // Each of these writes what the overseer cannot: above it in rights, though below in rank.
    for (const role of ["ORGANIZER", "SUBCOMMITTEE_LEAD", "MEMBER"] as Role[]) expect(mayGrant(overseer, role, organisation(D1, P1)), role).toBe(false);
    expect(grantableRoles(overseer, { kind: "COMMUNE", provinceId: P1, organisationId: D1 })).toEqual(["VIEWER"]);
  });

  it("refuses every role to oneself, even to an admin", () => {
    for (const who of [admin, overseer, organizer]) {
      for (const role of ROLES) {
        const unit = role === "ADMIN" ? null : role === "PROVINCE_OVERSEER" ? province(P1) : organisation(D1, P1);
        expect(mayGrantTo(who, "caller", role, unit), role).toBe(false);
      }
    }
    expect(mayGrantTo(organizer, "someone", "VIEWER", organisation(D1, P1))).toBe(true);
  });

  it("gives a role equal to one's own only on the unit one holds it on", () => {
    expect(mayGrant(organizer, "ORGANIZER", organisation(D1, P1))).toBe(true);
    const lead = actor({ role: "SUBCOMMITTEE_LEAD", unitId: D1, provinceId: P1, organisationId: D1 }, { role: "ORGANIZER", unitId: D2, provinceId: P1, organisationId: D2 });
    expect(mayGrant(lead, "ORGANIZER", organisation(D1, P1)), "an organizer elsewhere, a lead here").toBe(false);
    expect(mayGrant(lead, "MEMBER", organisation(D1, P1)), "a lead manages no accounts").toBe(false);
  });

  it("refuses a role on the wrong kind of unit, even to an admin", () => {
    expect(mayGrant(admin, "MEMBER", { kind: "GRASSROOTS_COMMITTEE", provinceId: P1, organisationId: D1 })).toBe(false);
    expect(mayGrant(admin, "PROVINCE_OVERSEER", organisation(D1, P1))).toBe(false);
    expect(mayGrant(admin, "ADMIN", organisation(D1, P1))).toBe(false);
    expect(mayGrant(admin, "MEMBER", null)).toBe(false);
  });

  it("puts the organisation roles on an organisation at any level, the province's own congress included", () => {
    expect(mayGrant(admin, "ORGANIZER", province(P1))).toBe(true);
    expect(mayGrant(admin, "MEMBER", { kind: "WARD", provinceId: P1, organisationId: D1 })).toBe(true);
    expect(mayGrant(admin, "VIEWER", { kind: "DISTRICT", provinceId: P1, organisationId: D1 })).toBe(true);
    // An organizer of a commune cannot reach the province's own congress, nor the province's organizer a commune.
    expect(mayGrant(organizer, "MEMBER", province(P1))).toBe(false);
  });

  it("gives nothing to roles that do not manage accounts", () => {
    expect(mayGrant(member, "VIEWER", organisation(D1, P1))).toBe(false);
    expect(grantableRoles(member, { kind: "COMMUNE", provinceId: P1, organisationId: D1 })).toEqual([]);
  });

  it("lists what each caller may grant on an organisation", () => {
    expect(grantableRoles(organizer, { kind: "COMMUNE", provinceId: P1, organisationId: D1 })).toEqual(["ORGANIZER", "SUBCOMMITTEE_LEAD", "MEMBER", "VIEWER"]);
    expect(grantableRoles(organizer, { kind: "COMMUNE", provinceId: P1, organisationId: D2 })).toEqual([]);
    expect(grantableRoles(admin, { kind: "COMMUNE", provinceId: P1, organisationId: D1 })).toContain("PROVINCE_OVERSEER");
  });
});

describe("GIVES: who may hand out (or reset) which role", () => {
  // A role's rule for a right, as a strength: a conditional rule is weaker than an unconditional one.
  const holds = (giver: Role, right: Right, rule: unknown) => ROLE_RULES[giver][right] === true || ROLE_RULES[giver][right] === rule;
  const coveredBy = (giver: Role, role: Role) => RIGHTS.every((right) => ROLE_RULES[role][right] === undefined || holds(giver, right, ROLE_RULES[role][right]));
  const below = (giver: Role) => ROLES.slice(ROLES.indexOf(giver) + 1);

  it("is exactly the roles below in rank whose every right the giver holds (ROLE_RULES)", () => {
    for (const giver of ROLES) expect(GIVES[giver], giver).toEqual(below(giver).filter((r) => coveredBy(giver, r)));
  });

  it("reads as the hand-written table", () => {
    expect(GIVES).toEqual({
      ADMIN: ["PROVINCE_OVERSEER", "ORGANIZER", "SUBCOMMITTEE_LEAD", "MEMBER", "VIEWER"],
      PROVINCE_OVERSEER: ["VIEWER"],
      ORGANIZER: ["SUBCOMMITTEE_LEAD", "MEMBER", "VIEWER"],
      SUBCOMMITTEE_LEAD: ["MEMBER", "VIEWER"],
      MEMBER: ["VIEWER"],
      VIEWER: [],
    });
  });
});

describe("mayResetPassword", () => {
  const target = (...grants: { role: Role; unit: GrantUnit }[]) => ({ userId: "target", grants });

  it("lets an organizer reset an account strictly below it in its organisation", () => {
    for (const role of ["SUBCOMMITTEE_LEAD", "MEMBER", "VIEWER"] as Role[]) expect(mayResetPassword(organizer, target({ role, unit: organisation(D1, P1) })), role).toBe(true);
    expect(mayResetPassword(organizer, target({ role: "MEMBER", unit: organisation(D2, P1) }))).toBe(false);
  });

  it("refuses an equal or higher account: a fellow organizer, an overseer, an admin; an admin's goes to the CLI", () => {
    expect(mayResetPassword(organizer, target({ role: "ORGANIZER", unit: organisation(D1, P1) }))).toBe(false);
    expect(mayResetPassword(organizer, target({ role: "PROVINCE_OVERSEER", unit: province(P1) }))).toBe(false);
    expect(mayResetPassword(organizer, target({ role: "ADMIN", unit: null }))).toBe(false);
    expect(mayResetPassword(overseer, target({ role: "PROVINCE_OVERSEER", unit: province(P1) }))).toBe(false);
    expect(mayResetPassword(admin, target({ role: "ADMIN", unit: null }))).toBe(false);
    expect(mayResetPassword(admin, target({ role: "PROVINCE_OVERSEER", unit: province(P1) }))).toBe(true);
    expect(mayResetPassword(admin, target({ role: "ORGANIZER", unit: organisation(D1, P1) }))).toBe(true);
  });

  it("refuses an overseer any account that writes: it would sign in with rights it does not have", () => {
    for (const role of ["ORGANIZER", "SUBCOMMITTEE_LEAD", "MEMBER"] as Role[]) expect(mayResetPassword(overseer, target({ role, unit: organisation(D1, P1) })), role).toBe(false);
    expect(mayResetPassword(overseer, target({ role: "VIEWER", unit: organisation(D2, P1) }))).toBe(true);
  });

  it("refuses one's own account, an account with any grant out of reach, an account with none", () => {
    expect(mayResetPassword(admin, { userId: "caller", grants: [{ role: "VIEWER", unit: organisation(D1, P1) }] })).toBe(false);
    expect(mayResetPassword(organizer, target({ role: "VIEWER", unit: organisation(D1, P1) }, { role: "ORGANIZER", unit: organisation(D1, P1) }))).toBe(false);
    expect(mayResetPassword(organizer, target())).toBe(false);
  });
});

describe("mayRevoke", () => {
  it("takes away by rank: an overseer any organisation role of its province, an organizer those below it", () => {
    for (const role of ORGANISATION_ROLE_LIST) expect(mayRevoke(overseer, role, organisation(D1, P1)), role).toBe(true);
    expect(mayRevoke(overseer, "MEMBER", organisation(D3, P2))).toBe(false);
    expect(mayRevoke(organizer, "MEMBER", organisation(D1, P1))).toBe(true);
    expect(mayRevoke(organizer, "ORGANIZER", organisation(D1, P1)), "a fellow organizer goes to someone above").toBe(false);
    expect(mayRevoke(overseer, "PROVINCE_OVERSEER", province(P1))).toBe(false);
  });
});

describe("mayManageAccount", () => {
  const target = (...grants: { role: Role; unit: GrantUnit }[]) => ({ userId: "target", grants });

  it("lets an organizer manage an account that works only in their organisation", () => {
    expect(mayManageAccount(organizer, target({ role: "MEMBER", unit: organisation(D1, P1) }))).toBe(true);
  });

  it("refuses an account that also works elsewhere, an overseer, an admin, or the caller's own", () => {
    expect(mayManageAccount(organizer, target({ role: "MEMBER", unit: organisation(D1, P1) }, { role: "MEMBER", unit: organisation(D2, P1) }))).toBe(false);
    expect(mayManageAccount(organizer, target({ role: "PROVINCE_OVERSEER", unit: province(P1) }))).toBe(false);
    expect(mayManageAccount(organizer, target({ role: "ADMIN", unit: null }))).toBe(false);
    expect(mayManageAccount(organizer, { userId: "caller", grants: [{ role: "ORGANIZER", unit: organisation(D1, P1) }] })).toBe(false);
    expect(mayManageAccount(organizer, target())).toBe(false);
    expect(mayManageAccount(organizer, target({ role: "ORGANIZER", unit: organisation(D1, P1) })), "a fellow organizer").toBe(false);
  });

  it("lets an overseer manage the organisation accounts of their province, and an admin everything", () => {
    expect(mayManageAccount(overseer, target({ role: "ORGANIZER", unit: organisation(D2, P1) }))).toBe(true);
    expect(mayManageAccount(overseer, target({ role: "ORGANIZER", unit: organisation(D3, P2) }))).toBe(false);
    expect(mayManageAccount(admin, target({ role: "ADMIN", unit: null }))).toBe(true);
  });
});
