// The ratio the articles report ("47/47 tổ chức cơ sở đảng đã tổ chức đại hội"): only active units
// count; a dissolved, merged or transferred unit stays listed but leaves the denominator. The
// units not yet held split into those whose congress is planned and those with none yet, for the
// progress bar (held / planned / pending).

export type GrassrootsRatioRow = { unitStatus: string; congressStatus: string | null; counted?: boolean };
export type GrassrootsRatio = { held: number; total: number; planned: number; pending: number };

/**
 * Whether a unit counts for a congress opening on `day` (YYYY-MM-DD): active, or ended after that
 * day. The communes merged on 1/7/2025 still count for the 2020 congress they served: a later
 * change of the map does not rewrite the past.
 */
export function activeOn(status: string, statusChangedOn: string | null, day: string | null): boolean {
  return status === "ACTIVE" || (day !== null && statusChangedOn !== null && statusChangedOn > day);
}

export function grassrootsRatio(rows: readonly GrassrootsRatioRow[]): GrassrootsRatio {
  const active = rows.filter((r) => r.counted ?? r.unitStatus === "ACTIVE");
  const held = active.filter((r) => r.congressStatus === "HELD").length;
  const planned = active.filter((r) => r.congressStatus !== null && r.congressStatus !== "HELD").length;
  return { held, total: active.length, planned, pending: active.length - held - planned };
}

/** The same figures from counts the database made: active units, and their congresses by status. */
export function grassrootsFigures(activeUnits: number, congresses: readonly { status: string; count: number }[]): GrassrootsRatio {
  const held = congresses.filter((c) => c.status === "HELD").reduce((n, c) => n + c.count, 0);
  const planned = congresses.filter((c) => c.status !== "HELD").reduce((n, c) => n + c.count, 0);
  return { held, total: activeUnits, planned, pending: activeUnits - held - planned };
}
