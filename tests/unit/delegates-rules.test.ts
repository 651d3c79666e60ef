import { describe, expect, it } from "vitest";
import { ApportionmentError, apportionSeats } from "@/lib/delegates/apportion";
import { DEFAULT_TARGETS, ageOn, computeComposition, percent, targetMet } from "@/lib/delegates/composition";
import { ETHNIC_GROUPS, isEthnicMinority, matchEthnicity } from "@/lib/delegates/ethnicity";
import { neutraliseCell } from "@/lib/export/neutralise";
import { placeName, dateParts, documentHeader } from "@/lib/export/document-header";

describe("quota apportionment (largest remainder, at least one seat each)", () => {
  it("shares seats in proportion to members and hands the leftovers to the largest remainders", () => {
    // 10 seats, 3 guaranteed, 7 shared over 100 members: 3.5, 2.1, 1.4 → 3, 2, 1 + one to the 0.5 remainder.
    const units = [{ unitId: "a", members: 50 }, { unitId: "b", members: 30 }, { unitId: "c", members: 20 }];
    expect(apportionSeats(units, 10)).toEqual([{ unitId: "a", seats: 5 }, { unitId: "b", seats: 3 }, { unitId: "c", seats: 2 }]);
  });

  it("always sums to the total and gives every unit at least one seat", () => {
    const units = Array.from({ length: 47 }, (_, i) => ({ unitId: `u${i}`, members: (i * 37) % 250 }));
    for (const total of [47, 48, 100, 205, 333]) {
      const result = apportionSeats(units, total);
      expect(result.reduce((n, r) => n + r.seats, 0)).toBe(total);
      expect(Math.min(...result.map((r) => r.seats))).toBeGreaterThanOrEqual(1);
    }
  });

  it("a bigger unit never gets fewer seats than a smaller one", () => {
    const units = [{ unitId: "big", members: 260 }, { unitId: "mid", members: 120 }, { unitId: "small", members: 9 }];
    // 3 guaranteed, 17 shared: 11.36, 5.24, 0.39 → 11, 5, 0 and the last seat to the 0.39 remainder.
    expect(apportionSeats(units, 20).map((r) => r.seats)).toEqual([12, 6, 2]);
    const [big, mid, small] = apportionSeats(units, 40).map((r) => r.seats);
    expect(big! >= mid! && mid! >= small!).toBe(true);
  });

  it("refuses fewer seats than units", () => {
    expect(() => apportionSeats([{ unitId: "a", members: 1 }, { unitId: "b", members: 1 }], 1)).toThrow(ApportionmentError);
  });
});

describe("ethnic groups", () => {
  it("lists the 54 official groups once each, Kinh the majority", () => {
    expect(ETHNIC_GROUPS).toHaveLength(54);
    expect(new Set(ETHNIC_GROUPS.map((g) => g.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gi, "d").replace(/[^a-z]/gi, "").toLowerCase())).size).toBe(54);
    expect(isEthnicMinority("Kinh")).toBe(false);
    expect(isEthnicMinority("Thái")).toBe(true);
  });

  it("matches what people type, tolerant of diacritics, case, spacing and common other names", () => {
    expect(matchEthnicity("thai")).toBe("Thái");
    expect(matchEthnicity("MÔNG")).toBe("Mông");
    expect(matchEthnicity("H'Mông")).toBe("Mông");
    expect(matchEthnicity("ê-đê")).toBe("Ê Đê");
    expect(matchEthnicity("Dân tộc Giáy")).toBe("Giáy");
    expect(matchEthnicity("khơ mú".normalize("NFD"))).toBe("Khơ Mú");
    expect(matchEthnicity("la hu")).toBe("La Hủ");
    expect(matchEthnicity("la ha")).toBe("La Ha");
    expect(matchEthnicity("Việt")).toBeNull();
    expect(matchEthnicity("")).toBeNull();
  });
});

describe("formula neutralisation", () => {
  it("prefixes an apostrophe to cells starting with = + - @ tab or CR, and leaves others alone", () => {
    for (const bad of ["=1+1", "+84912345678", "-2", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("http://x")']) expect(neutraliseCell(bad)).toBe(`'${bad}`);
    for (const ok of ["Nguyễn Văn An", "12/05/1980", "", "a=b", "Đảng bộ xã - Mường Khoa"]) expect(neutraliseCell(ok)).toBe(ok);
  });
});

describe("composition", () => {
  it("counts age in whole years on the opening day; a year alone counts as born on 1 January", () => {
    expect(ageOn({ birthDate: "1980-06-08", birthYear: 1980 }, "2020-06-08")).toBe(40);
    expect(ageOn({ birthDate: "1980-06-09", birthYear: 1980 }, "2020-06-08")).toBe(39);
    expect(ageOn({ birthDate: null, birthYear: 1980 }, "2020-06-08")).toBe(40);
    expect(ageOn({ birthDate: null, birthYear: 1981 }, "2020-06-08")).toBe(39);
  });

  it("computes shares with two decimals as the reports write them (6 of 35 women = 17.14%)", () => {
    expect(percent(6, 35)).toBe(17.14);
    expect(percent(11, 35)).toBe(31.43);
    expect(percent(0, 0)).toBe(0);
    const people = [
      { gender: "FEMALE" as const, ethnicity: "Thái", birthDate: "1990-01-01", birthYear: 1990, theoryLevel: "INTERMEDIATE" as const },
      { gender: "MALE" as const, ethnicity: "Kinh", birthDate: null, birthYear: 1970, theoryLevel: "ADVANCED" as const },
      { gender: "MALE" as const, ethnicity: "Kinh", birthDate: "1980-06-09", birthYear: 1980, theoryLevel: null },
      { gender: "MALE" as const, ethnicity: "Mông", birthDate: "1960-02-02", birthYear: 1960, theoryLevel: "ADVANCED" as const },
    ];
    const c = computeComposition(people, "2020-06-08");
    expect(c.total).toBe(4);
    expect(c.women).toEqual({ count: 1, percent: 25 });
    expect(c.ethnicMinority).toEqual({ count: 2, percent: 50 });
    expect(c.under40).toEqual({ count: 2, percent: 50 });
    expect(c.theory.ADVANCED).toEqual({ count: 2, percent: 50 });
    expect(c.theory.NONE.count).toBe(1);
  });

  it("judges targets as met or not met, bounds included", () => {
    expect(targetMet(17.14, DEFAULT_TARGETS.WOMEN)).toBe(true);
    expect(targetMet(14.99, DEFAULT_TARGETS.WOMEN)).toBe(false);
    expect(targetMet(20, DEFAULT_TARGETS.ETHNIC_MINORITY)).toBe(true);
    expect(targetMet(25, DEFAULT_TARGETS.ETHNIC_MINORITY)).toBe(true);
    expect(targetMet(25.01, DEFAULT_TARGETS.ETHNIC_MINORITY)).toBe(false);
    expect(targetMet(31.4, DEFAULT_TARGETS.UNDER_40)).toBe(true);
  });
});

describe("the Party document header", () => {
  it("derives the place from the organisation name and writes the date the Party's way", () => {
    expect(placeName("Đảng bộ huyện Tân Uyên")).toBe("Tân Uyên");
    expect(placeName("Đảng bộ thị xã Phước Long")).toBe("Phước Long");
    expect(dateParts("2020-06-08")).toEqual({ day: "08", month: "6", year: "2020" });
    expect(dateParts("2020-02-15")).toEqual({ day: "15", month: "02", year: "2020" });
    const h = documentHeader(
      { unitName: "Đảng bộ huyện Tân Uyên", ordinal: 22, termStart: 2020, termEnd: 2025, dateIso: "2020-06-08" },
      {
        party: "Đảng Cộng sản Việt Nam",
        issuer: (o) => `Đại hội đại biểu lần thứ ${o}`,
        placeDate: (p, d, m, y) => `${p}, ngày ${d} tháng ${m} năm ${y}`,
        title: "Danh sách đại biểu chính thức",
        subtitle: () => "",
      },
    );
    expect(h).toMatchObject({ superior: "ĐẢNG BỘ HUYỆN TÂN UYÊN", issuer: "ĐẠI HỘI ĐẠI BIỂU LẦN THỨ XXII", party: "ĐẢNG CỘNG SẢN VIỆT NAM", placeDate: "Tân Uyên, ngày 08 tháng 6 năm 2020", title: "DANH SÁCH ĐẠI BIỂU CHÍNH THỨC" });
  });
});
