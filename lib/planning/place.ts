import "server-only";
import type { Place } from "../auth/access";
import { db } from "../db/client";
import { NotFoundError } from "../errors";
import { dateOnlyToIso } from "../dates";

export type CongressRef = Place & { id: string; unitId: string; termStart: number; termEnd: number; opening: string | null; isDistrictCongress: boolean };

/** The congress an action touches, unscoped: the caller authorizes on its place next. */
export async function loadCongressRef(congressId: string): Promise<CongressRef> {
  const c = await db.congress.findUnique({
    where: { id: congressId },
    select: { id: true, unitId: true, provinceId: true, districtId: true, termStart: true, termEnd: true, plannedOpening: true },
  });
  if (!c) throw new NotFoundError("congress");
  return {
    id: c.id,
    unitId: c.unitId,
    provinceId: c.provinceId,
    districtId: c.districtId,
    termStart: c.termStart,
    termEnd: c.termEnd,
    opening: c.plannedOpening ? dateOnlyToIso(c.plannedOpening) : null,
    isDistrictCongress: c.unitId === c.districtId,
  };
}

export const placeOf = (row: { provinceId: string | null; districtId: string | null }): Place => ({ provinceId: row.provinceId, districtId: row.districtId });

/** Date columns as YYYY-MM-DD (or null) for DTOs. */
export const isoOrNull = (d: Date | null | undefined): string | null => (d ? dateOnlyToIso(d) : null);

/** The paths of a congress's pages, for revalidation after a change. */
export function congressPaths(ref: { congressId: string; districtId: string | null }): string[] {
  const base = `/districts/${ref.districtId}/congresses/${ref.congressId}`;
  return [base, ...["tasks", "board", "milestones", "sub-committees", "documents", "grassroots"].map((s) => `${base}/${s}`), "/tasks"];
}
