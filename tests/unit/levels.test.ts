import { describe, expect, it } from "vitest";
import { activeOn } from "@/lib/grassroots/ratio";
import { ORGANISATION_KINDS, isOrganisationKind, levelExistedOn } from "@/lib/units/levels";

// Resolution 60-NQ/TW: from 1/7/2025 two tiers; the districts ended on 30/6/2025.
describe("the levels and when each existed", () => {
  it("a district until 30/6/2025, a commune, ward or special zone from 1/7/2025; a province and a committee under it always", () => {
    expect(levelExistedOn("DISTRICT", "2020-06-08")).toBe(true);
    expect(levelExistedOn("DISTRICT", "2025-06-30")).toBe(true);
    expect(levelExistedOn("DISTRICT", "2025-07-01")).toBe(false);
    for (const kind of ["COMMUNE", "WARD", "SPECIAL_ZONE"] as const) {
      expect(levelExistedOn(kind, "2025-06-30"), kind).toBe(false);
      expect(levelExistedOn(kind, "2025-07-01"), kind).toBe(true);
    }
    for (const kind of ["PROVINCE", "PROVINCE_COMMITTEE"] as const) expect(levelExistedOn(kind, "2020-06-08") && levelExistedOn(kind, "2030-10-15")).toBe(true);
  });

  it("names the organisations apart from the units below them", () => {
    expect(ORGANISATION_KINDS).toEqual(["PROVINCE", "DISTRICT", "COMMUNE", "WARD", "SPECIAL_ZONE", "PROVINCE_COMMITTEE"]);
    expect(["GRASSROOTS_COMMITTEE", "GRASSROOTS_CELL", "CELL"].some(isOrganisationKind)).toBe(false);
  });
});

describe("a unit counts for the congresses it served", () => {
  it("active, or ended after the congress's opening: the 2020 ratio stands after the communes merged in 2025", () => {
    expect(activeOn("ACTIVE", null, "2020-06-08")).toBe(true);
    expect(activeOn("MERGED", "2025-07-01", "2020-06-08")).toBe(true);
    expect(activeOn("DISSOLVED", "2020-01-15", "2020-06-08")).toBe(false);
    expect(activeOn("MERGED", "2025-07-01", "2030-06-08")).toBe(false);
    expect(activeOn("MERGED", "2025-07-01", null)).toBe(false);
  });
});
