import { describe, expect, it } from "vitest";
import { formatDateTime, isPastDate, vietnamDate } from "@/lib/dates";

/** A zone's offset from UTC at `at`, in minutes, as ICU knows it ("GMT-07:00" → -420). */
function offsetMinutes(zone: string, at: Date): number {
  const name = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" }).formatToParts(at).find((p) => p.type === "timeZoneName")!.value;
  const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name);
  if (!m) throw new Error(`unexpected offset ${name}`);
  return m[1] ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

// `npm test` runs this file under TZ=UTC and again under TZ=America/Los_Angeles (and in the
// machine's own zone with the other unit tests): the answers must not change.
describe(`date logic under TZ=${process.env.TZ ?? "(machine default)"}`, () => {
  // The zone the runner asked for (TZ), or the machine's own; either way the process's local clock
  // must be that zone's, winter and summer, or the checks below would not run where they claim to.
  it("runs in the zone the runner asked for, and the local clock keeps that zone's offset", () => {
    const resolved = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (process.env.TZ) expect(resolved).toBe(process.env.TZ);
    // ICU says Etc/Unknown when the machine names no zone; its clock then runs at UTC.
    const zone = resolved === "Etc/Unknown" ? "UTC" : resolved;
    for (const at of [new Date("2020-01-15T12:00:00Z"), new Date("2020-07-15T12:00:00Z")]) {
      expect(0 - at.getTimezoneOffset(), `${zone} at ${at.toISOString()}`).toBe(offsetMinutes(zone, at));
    }
    // The helper reads real offsets, so the loop above cannot pass by both sides being 0 under UTC.
    expect(offsetMinutes("Asia/Ho_Chi_Minh", new Date("2020-01-15T12:00:00Z"))).toBe(420);
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
