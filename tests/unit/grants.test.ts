import { describe, expect, it } from "vitest";
import type { Actor, ActorGrant, Role } from "@/lib/auth/access";
import { type GrantUnit, grantableRoles, mayGrant, mayManageAccount } from "@/lib/users/grants";

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

  it("lets an overseer grant organisation roles in every organisation of their province and nowhere else", () => {
    expect(mayGrant(overseer, "ORGANIZER", organisation(D1, P1))).toBe(true);
    expect(mayGrant(overseer, "MEMBER", organisation(D2, P1))).toBe(true);
    expect(mayGrant(overseer, "MEMBER", organisation(D3, P2))).toBe(false);
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
  });

  it("lets an overseer manage the organisation accounts of their province, and an admin everything", () => {
    expect(mayManageAccount(overseer, target({ role: "ORGANIZER", unit: organisation(D2, P1) }))).toBe(true);
    expect(mayManageAccount(overseer, target({ role: "ORGANIZER", unit: organisation(D3, P2) }))).toBe(false);
    expect(mayManageAccount(admin, target({ role: "ADMIN", unit: null }))).toBe(true);
  });
});
