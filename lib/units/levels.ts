// The levels of Party organisation and when each existed. Until 30/6/2025 a district's committee
// prepared its congress with delegates from its grassroots units; since 1/7/2025 (Resolution
// 60-NQ/TW, the two-tier local government) the districts are gone and a commune's, ward's or
// special zone's committee does the same with its cells, directly under the province. A province,
// and a committee directly under it, prepare theirs at every date. Pure: no database.

/** Organisations: units that prepare a congress with delegates from the units below them. */
export const ORGANISATION_KINDS = ["PROVINCE", "DISTRICT", "COMMUNE", "WARD", "SPECIAL_ZONE", "PROVINCE_COMMITTEE"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Units below an organisation, which send it delegates and hold congresses of their own. */
export const BELOW_ORGANISATION_KINDS = ["GRASSROOTS_COMMITTEE", "GRASSROOTS_CELL", "CELL"] as const;
export type BelowOrganisationKind = (typeof BELOW_ORGANISATION_KINDS)[number];

export type UnitKind = OrganisationKind | BelowOrganisationKind;
export const UNIT_KINDS = [...ORGANISATION_KINDS, ...BELOW_ORGANISATION_KINDS] as const;

/** The first day of the two-tier map: districts ended the day before. */
export const TWO_TIER_FROM = "2025-07-01";

/** The organisations a province may have directly under it, today and in the past. */
export const PROVINCE_CHILD_KINDS = ["COMMUNE", "WARD", "SPECIAL_ZONE", "PROVINCE_COMMITTEE", "DISTRICT"] as const satisfies readonly OrganisationKind[];
/** The levels an organisation of the province may be created at today (a district only as history). */
export const NEW_ORGANISATION_KINDS = ["COMMUNE", "WARD", "SPECIAL_ZONE", "PROVINCE_COMMITTEE"] as const satisfies readonly OrganisationKind[];

export function isOrganisationKind(kind: string): kind is OrganisationKind {
  return (ORGANISATION_KINDS as readonly string[]).includes(kind);
}

/** The days a level existed: from (inclusive) and until (exclusive), ISO dates; open ends are null. */
export function levelLifetime(kind: OrganisationKind): { from: string | null; until: string | null } {
  if (kind === "DISTRICT") return { from: null, until: TWO_TIER_FROM };
  if (kind === "COMMUNE" || kind === "WARD" || kind === "SPECIAL_ZONE") return { from: TWO_TIER_FROM, until: null };
  return { from: null, until: null };
}

/** Whether an organisation of this level could hold a congress on this day (YYYY-MM-DD). */
export function levelExistedOn(kind: OrganisationKind, isoDay: string): boolean {
  const { from, until } = levelLifetime(kind);
  return (from === null || isoDay >= from) && (until === null || isoDay < until);
}

/** Whether the units below an organisation of this kind are organisations themselves (a province's are). */
export const hasOrganisationsBelow = (kind: OrganisationKind) => kind === "PROVINCE";
