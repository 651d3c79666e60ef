import { describe, expect, it } from "vitest";
import { formatDateTime, isPastDate, vietnamDate } from "@/lib/dates";

// `npm test` runs this file under TZ=UTC and again under TZ=America/Los_Angeles (and in the
// machine's own zone with the other unit tests): the answers must not change.
describe(`date logic under TZ=${process.env.TZ ?? "(machine default)"}`, () => {
  it("runs in the zone the runner asked for", () => {
    if (process.env.TZ) expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ);
  });

  it("a task due 30/06 is overdue from 01/07 00:00 Vietnam time, not before", () => {
    // 30/06 23:59:59 in Hà Nội is 16:59:59 UTC and 09:59:59 in Los Angeles.
    expect(isPastDate("2020-06-30", new Date("2020-06-30T16:59:59.999Z"))).toBe(false);
    expect(isPastDate("2020-06-30", new Date("2020-06-30T17:00:00.000Z"))).toBe(true);
    expect(isPastDate("2020-06-30", new Date("2020-06-30T12:00:00.000Z"))).toBe(false);
  });

  it("today is the Vietnamese calendar date, even when the server's date differs", () => {
    // 20:00 on 30/06 in Los Angeles is already 10:00 on 01/07 in Hà Nội.
    expect(vietnamDate(new Date("2020-07-01T03:00:00Z"))).toBe("2020-07-01");
    expect(formatDateTime(new Date("2020-07-01T03:00:00Z"))).toBe("01/07/2020 10:00");
  });
});
