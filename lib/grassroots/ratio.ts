// The ratio the articles report ("47/47 tổ chức cơ sở đảng đã tổ chức đại hội"): only active units
// count; a dissolved, merged or transferred unit stays listed but leaves the denominator.

export type GrassrootsRatioRow = { unitStatus: string; congressStatus: string | null };
export type GrassrootsRatio = { held: number; total: number };

export function grassrootsRatio(rows: readonly GrassrootsRatioRow[]): GrassrootsRatio {
  const active = rows.filter((r) => r.unitStatus === "ACTIVE");
  return { held: active.filter((r) => r.congressStatus === "HELD").length, total: active.length };
}
