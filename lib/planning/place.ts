import "server-only";
import type { Place } from "../auth/access";
import { dateOnlyToIso } from "../dates";

export const placeOf = (row: { provinceId: string | null; organisationId: string | null }): Place => ({ provinceId: row.provinceId, organisationId: row.organisationId });

/** Date columns as YYYY-MM-DD (or null) for DTOs. */
export const isoOrNull = (d: Date | null | undefined): string | null => (d ? dateOnlyToIso(d) : null);

/** The paths of a congress's pages, for revalidation after a change. */
export function congressPaths(ref: { congressId: string; organisationId: string | null }): string[] {
  const base = `/organisations/${ref.organisationId}/congresses/${ref.congressId}`;
  return [base, ...["tasks", "board", "milestones", "sub-committees", "documents", "grassroots"].map((s) => `${base}/${s}`), "/tasks"];
}
