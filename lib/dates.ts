// Dates mean Asia/Ho_Chi_Minh whatever the server's TZ. Calendar dates (PostgreSQL DATE) travel
// as JS Dates at UTC midnight; "today" is the calendar date in Vietnam.
export const VN_TIME_ZONE = "Asia/Ho_Chi_Minh";

const ymd = new Intl.DateTimeFormat("en-CA", { timeZone: VN_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar date in Vietnam at `now`, as YYYY-MM-DD. */
export function vietnamDate(now: Date = new Date()): string {
  return ymd.format(now);
}

/**
 * True once the calendar date `iso` is over in Vietnam: a task due 30/06 is overdue from
 * 01/07 00:00 Asia/Ho_Chi_Minh, whatever the server's time zone.
 */
export function isPastDate(iso: string, now: Date = new Date()): boolean {
  return iso < vietnamDate(now);
}

/** A DATE column value (UTC midnight) as YYYY-MM-DD. */
export function dateOnlyToIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** YYYY-MM-DD to the Date Prisma expects for a DATE column. */
export function isoToDateOnly(iso: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new RangeError(`not a calendar date: ${iso}`);
  const date = new Date(`${iso}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime()) || dateOnlyToIso(date) !== iso) throw new RangeError(`not a calendar date: ${iso}`);
  return date;
}

/** Whole days from calendar date a to b (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((isoToDateOnly(b).getTime() - isoToDateOnly(a).getTime()) / 86_400_000);
}

export function addDays(iso: string, days: number): string {
  return dateOnlyToIso(new Date(isoToDateOnly(iso).getTime() + days * 86_400_000));
}

/** dd/mm/yyyy, the way Vietnamese offices write dates, in either language. */
export function formatDate(value: Date | string | null | undefined): string {
  if (!value) return "";
  const iso = typeof value === "string" ? value.slice(0, 10) : dateOnlyToIso(value);
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

const hm = new Intl.DateTimeFormat("en-GB", {
  timeZone: VN_TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

/** A moment as "dd/mm/yyyy HH:mm" in Vietnam time. */
export function formatDateTime(value: Date | null | undefined): string {
  if (!value) return "";
  return `${formatDate(vietnamDate(value))} ${hm.format(value)}`;
}

/** Parses dd/mm/yyyy (or d/m/yyyy) to YYYY-MM-DD, or null. */
export function parseVietnameseDate(input: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(input);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
  try {
    isoToDateOnly(iso);
    return iso;
  } catch {
    return null;
  }
}
