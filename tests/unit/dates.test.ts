import { describe, expect, it } from "vitest";
import { addDays, daysBetween, formatDate, formatDateTime, isoToDateOnly, parseVietnameseDate, vietnamDate } from "@/lib/dates";
import { toRoman } from "@/lib/congresses/roman";

describe("dates in Vietnam time", () => {
  it("knows the calendar date in Vietnam whatever the server's zone", () => {
    // 17:00 UTC on 30/6 is already 1/7 in Hà Nội (UTC+7).
    expect(vietnamDate(new Date("2020-06-30T16:59:59Z"))).toBe("2020-06-30");
    expect(vietnamDate(new Date("2020-06-30T17:00:00Z"))).toBe("2020-07-01");
  });

  it("writes dates as dd/mm/yyyy and moments in Vietnam time", () => {
    expect(formatDate(isoToDateOnly("2020-06-08"))).toBe("08/06/2020");
    expect(formatDate("2019-11-04")).toBe("04/11/2019");
    expect(formatDateTime(new Date("2020-06-08T01:30:00Z"))).toBe("08/06/2020 08:30");
  });

  it("parses the dates people type", () => {
    expect(parseVietnameseDate("8/6/2020")).toBe("2020-06-08");
    expect(parseVietnameseDate("08-06-2020")).toBe("2020-06-08");
    expect(parseVietnameseDate("31/02/2020")).toBeNull();
    expect(parseVietnameseDate("2020-06-08")).toBeNull();
  });

  it("counts days between calendar dates", () => {
    expect(daysBetween("2020-06-01", "2020-06-08")).toBe(7);
    expect(addDays("2020-02-28", 2)).toBe("2020-03-01");
    expect(() => isoToDateOnly("2020-13-01")).toThrow(RangeError);
  });
});

describe("Roman numerals for congress ordinals", () => {
  it.each([
    [1, "I"], [3, "III"], [4, "IV"], [7, "VII"], [9, "IX"], [12, "XII"], [13, "XIII"], [14, "XIV"], [22, "XXII"], [40, "XL"], [1994, "MCMXCIV"],
  ])("%i → %s", (n, roman) => expect(toRoman(n)).toBe(roman));

  it("refuses what has no numeral", () => {
    expect(() => toRoman(0)).toThrow(RangeError);
    expect(() => toRoman(2.5)).toThrow(RangeError);
  });
});
