// The structure (cơ cấu) of a list of people against the personnel scheme's targets: the same
// shares as a delegation's (women, ethnic minorities, under 40 on the opening day) plus tenure and
// sector. Pure: the scheme's page computes it for the candidates, the results for those elected.
import { type Share, type Target, ageOn, percent, targetMet } from "../delegates/composition";
import { isEthnicMinority } from "../delegates/ethnicity";
import type { PersonnelMetric, Sector, Tenure } from "./choices";
import { PERSONNEL_METRICS } from "./choices";

export type StructurePerson = {
  gender: "MALE" | "FEMALE";
  ethnicity: string;
  birthDate: string | null;
  birthYear: number;
  tenure: Tenure | null;
  sector: Sector | null;
};

export type MetricTarget = { metric: PersonnelMetric; minPercent: number | null; maxPercent: number | null };

/** The province guidance's minimums (docs/domain.md), as the delegation's defaults; the rest unbounded until set. */
export const DEFAULT_PERSONNEL_TARGETS: Record<PersonnelMetric, MetricTarget> = Object.fromEntries(
  PERSONNEL_METRICS.map((m) => [m, { metric: m, minPercent: m === "WOMEN" ? 15 : m === "ETHNIC_MINORITY" ? 20 : m === "UNDER_40" ? 10 : null, maxPercent: m === "ETHNIC_MINORITY" ? 25 : null }]),
) as Record<PersonnelMetric, MetricTarget>;

const SECTOR_OF: Partial<Record<PersonnelMetric, Sector>> = {
  SECTOR_PARTY: "PARTY",
  SECTOR_GOVERNMENT: "GOVERNMENT",
  SECTOR_FRONT: "FRONT",
  SECTOR_ARMED_FORCES: "ARMED_FORCES",
  SECTOR_GRASSROOTS: "GRASSROOTS",
};

function holds(metric: PersonnelMetric, p: StructurePerson, openingIso: string): boolean {
  switch (metric) {
    case "WOMEN":
      return p.gender === "FEMALE";
    case "ETHNIC_MINORITY":
      return isEthnicMinority(p.ethnicity);
    case "UNDER_40":
      return ageOn(p, openingIso) < 40;
    case "RE_ELECTED":
      return p.tenure === "RE_ELECTED";
    case "FIRST_TIME":
      return p.tenure === "FIRST_TIME";
    default:
      return p.sector === SECTOR_OF[metric];
  }
}

export type StructureRow = { metric: PersonnelMetric; share: Share; target: MetricTarget; met: boolean };

/** Each metric's count and share of `people`, and whether it meets its target. */
export function structureAgainstTargets(people: readonly StructurePerson[], openingIso: string, targets: Partial<Record<PersonnelMetric, MetricTarget>>): StructureRow[] {
  return PERSONNEL_METRICS.map((metric) => {
    const count = people.filter((p) => holds(metric, p, openingIso)).length;
    const share = { count, percent: percent(count, people.length) };
    const target = targets[metric] ?? DEFAULT_PERSONNEL_TARGETS[metric];
    return { metric, share, target, met: people.length > 0 && targetMet(share.percent, target as Target) };
  });
}
