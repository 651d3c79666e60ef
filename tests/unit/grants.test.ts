import { describe, expect, it } from "vitest";
import type { Actor, ActorGrant, Role } from "@/lib/auth/access";
import { type GrantUnit, grantableRoles, mayGrant, mayManageAccount } from "@/lib/users/grants";

const P1 = "province-1";
const P2 = "province-2";
const D1 = "district-1"; // in P1, the organizer's own
const D2 = "district-2"; // in P1
const D3 = "district-3"; // in P2

const district = (districtId: string, provinceId: string): GrantUnit => ({ kind: "DISTRICT", provinceId, districtId });
const province = (provinceId: string): GrantUnit => ({ kind: "PROVINCE", provinceId, districtId: null });

function actor(...grants: ActorGrant[]): Actor {
  return { userId: "caller", email: "c@x", name: "C", locale: "vi", grants };
}
const admin = actor({ role: "ADMIN", unitId: null, provinceId: null, districtId: null });
const overseer = actor({ role: "PROVINCE_OVERSEER", unitId: P1, provinceId: P1, districtId: null });
const organizer = actor({ role: "DISTRICT_ORGANIZER", unitId: D1, provinceId: P1, districtId: D1 });
const member = actor({ role: "MEMBER", unitId: D1, provinceId: P1, districtId: D1 });

describe("mayGrant", () => {
  it("lets an organizer grant district roles in their own district only", () => {
    for (const role of ["DISTRICT_ORGANIZER", "SUBCOMMITTEE_LEAD", "MEMBER", "VIEWER"] as Role[]) {
      expect(mayGrant(organizer, role, district(D1, P1)), role).toBe(true);
      expect(mayGrant(organizer, role, district(D2, P1)), `${role} in a neighbouring district`).toBe(false);
      expect(mayGrant(organizer, role, district(D3, P2)), `${role} in another province`).toBe(false);
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

  it("lets an overseer grant district roles in every district of their province and nowhere else", () => {
    expect(mayGrant(overseer, "DISTRICT_ORGANIZER", district(D1, P1))).toBe(true);
    expect(mayGrant(overseer, "MEMBER", district(D2, P1))).toBe(true);
    expect(mayGrant(overseer, "MEMBER", district(D3, P2))).toBe(false);
  });

  it("refuses a role on the wrong kind of unit, even to an admin", () => {
    expect(mayGrant(admin, "MEMBER", province(P1))).toBe(false);
    expect(mayGrant(admin, "PROVINCE_OVERSEER", district(D1, P1))).toBe(false);
    expect(mayGrant(admin, "ADMIN", district(D1, P1))).toBe(false);
    expect(mayGrant(admin, "MEMBER", null)).toBe(false);
  });

  it("gives nothing to roles that do not manage accounts", () => {
    expect(mayGrant(member, "VIEWER", district(D1, P1))).toBe(false);
    expect(grantableRoles(member, { provinceId: P1, districtId: D1 })).toEqual([]);
  });

  it("lists what each caller may grant on a district", () => {
    expect(grantableRoles(organizer, { provinceId: P1, districtId: D1 })).toEqual(["DISTRICT_ORGANIZER", "SUBCOMMITTEE_LEAD", "MEMBER", "VIEWER"]);
    expect(grantableRoles(organizer, { provinceId: P1, districtId: D2 })).toEqual([]);
    expect(grantableRoles(admin, { provinceId: P1, districtId: D1 })).toContain("PROVINCE_OVERSEER");
  });
});

describe("mayManageAccount", () => {
  const target = (...grants: { role: Role; unit: GrantUnit }[]) => ({ userId: "target", grants });

  it("lets an organizer manage an account that works only in their district", () => {
    expect(mayManageAccount(organizer, target({ role: "MEMBER", unit: district(D1, P1) }))).toBe(true);
  });

  it("refuses an account that also works elsewhere, an overseer, an admin, or the caller's own", () => {
    expect(mayManageAccount(organizer, target({ role: "MEMBER", unit: district(D1, P1) }, { role: "MEMBER", unit: district(D2, P1) }))).toBe(false);
    expect(mayManageAccount(organizer, target({ role: "PROVINCE_OVERSEER", unit: province(P1) }))).toBe(false);
    expect(mayManageAccount(organizer, target({ role: "ADMIN", unit: null }))).toBe(false);
    expect(mayManageAccount(organizer, { userId: "caller", grants: [{ role: "DISTRICT_ORGANIZER", unit: district(D1, P1) }] })).toBe(false);
    expect(mayManageAccount(organizer, target())).toBe(false);
  });

  it("lets an overseer manage the district accounts of their province, and an admin everything", () => {
    expect(mayManageAccount(overseer, target({ role: "DISTRICT_ORGANIZER", unit: district(D2, P1) }))).toBe(true);
    expect(mayManageAccount(overseer, target({ role: "DISTRICT_ORGANIZER", unit: district(D3, P2) }))).toBe(false);
    expect(mayManageAccount(admin, target({ role: "ADMIN", unit: null }))).toBe(true);
  });
});
