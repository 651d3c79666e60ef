// The standard calendar of docs/domain.md ("The calendar"), as offsets from the congress opening.
// The offsets come from the organisation whose dates the source articles give throughout (Phước Long: organisation
// congress mid-August 2020, taken as 15/8/2020): directive and provincial plan studied mid-July
// 2019, organisation plan and sub-committees mid-September 2019, rollout conference mid-October 2019,
// pilot congresses by mid-March 2020 (Q1), all grassroots congresses by the end of June 2020,
// drafts sent up mid-July, convocation notice late July, the congress itself.
import { addDays } from "../dates";

export const STANDARD_MILESTONES = [
  { key: "DIRECTIVE_STUDIED", daysBeforeOpening: 397 },
  { key: "CONGRESS_PLAN", daysBeforeOpening: 335 },
  { key: "ROLLOUT_CONFERENCE", daysBeforeOpening: 305 },
  { key: "PILOT_CONGRESSES", daysBeforeOpening: 153 },
  { key: "GRASSROOTS_CONGRESSES", daysBeforeOpening: 46 },
  { key: "DOCUMENTS_SENT_UP", daysBeforeOpening: 31 },
  { key: "CONVOCATION", daysBeforeOpening: 20 },
  { key: "CONGRESS_OPENS", daysBeforeOpening: 0 },
] as const;

export type StandardMilestoneKey = (typeof STANDARD_MILESTONES)[number]["key"];

export type PlannedMilestone = { key: StandardMilestoneKey; plannedOn: string };

/**
 * The standard milestones a congress opening on `openingIso` lacks, with their planned dates.
 * Keys already present are skipped, so applying the calendar twice adds nothing and never moves a
 * date someone has edited.
 */
export function standardCalendar(openingIso: string, existingKeys: Iterable<string> = []): PlannedMilestone[] {
  const have = new Set(existingKeys);
  return STANDARD_MILESTONES.filter((m) => !have.has(m.key)).map((m) => ({ key: m.key, plannedOn: addDays(openingIso, -m.daysBeforeOpening) }));
}
