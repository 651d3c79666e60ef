// The personnel scheme's choices, apart from the zod schemas so client components can list them
// without bringing zod into the page's first script.
export const SECTORS = ["PARTY", "GOVERNMENT", "FRONT", "ARMED_FORCES", "GRASSROOTS"] as const;
export type Sector = (typeof SECTORS)[number];
export const TENURES = ["RE_ELECTED", "FIRST_TIME"] as const;
export type Tenure = (typeof TENURES)[number];
export const PERSONNEL_METRICS = [
  "WOMEN",
  "ETHNIC_MINORITY",
  "UNDER_40",
  "RE_ELECTED",
  "FIRST_TIME",
  "SECTOR_PARTY",
  "SECTOR_GOVERNMENT",
  "SECTOR_FRONT",
  "SECTOR_ARMED_FORCES",
  "SECTOR_GRASSROOTS",
] as const;
export type PersonnelMetric = (typeof PERSONNEL_METRICS)[number];
/** The five steps of introducing personnel (quy trình 5 bước giới thiệu nhân sự). */
export const INTRODUCTION_STEPS = [1, 2, 3, 4, 5] as const;
export const SCHEME_STATUSES = ["DRAFT", "LOCKED", "APPROVED"] as const;
export type SchemeStatus = (typeof SCHEME_STATUSES)[number];
