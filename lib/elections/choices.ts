// The elections' choices, apart from the zod schemas so client components can list them.
import type { BaseKind, BaseLine } from "./rule";

/** What the congress elects, then what the new committee's first meeting elects. */
export const CONGRESS_KINDS = ["EXECUTIVE_COMMITTEE", "UPPER_DELEGATES", "UPPER_ALTERNATES"] as const;
/** Elected at the new committee's first meeting (hội nghị lần thứ nhất), by its members. */
export const FIRST_MEETING_KINDS = ["STANDING_COMMITTEE", "SECRETARY", "DEPUTY_SECRETARY", "INSPECTION_COMMITTEE", "INSPECTION_CHAIR"] as const;
/** OTHER stays for elections recorded before the kinds named what is elected; it is not offered. */
export const ELECTION_KINDS = [...CONGRESS_KINDS, ...FIRST_MEETING_KINDS, "OTHER"] as const;
export const OFFERED_KINDS = [...CONGRESS_KINDS, ...FIRST_MEETING_KINDS] as const;
export type ElectionKind = (typeof ELECTION_KINDS)[number];

/** Against which number the majority of an election of this kind is counted (rule.ts majorityBase). */
export const baseKindOf = (kind: ElectionKind): BaseKind => ((FIRST_MEETING_KINDS as readonly string[]).includes(kind) ? "FIRST_MEETING" : "DELEGATES");

/** Nominations made at the congress, outside the scheme's list. */
export const NOMINATION_SOURCES = ["NOMINATED", "SELF_NOMINATED"] as const;
export const CANDIDATE_SOURCES = ["SCHEME", ...NOMINATION_SOURCES] as const;
export type CandidateSource = (typeof CANDIDATE_SOURCES)[number];
export const COUNTING_POSITIONS = ["HEAD", "MEMBER"] as const;

/** The catalog key of one line of the base's derivation (elections.base.lines.*). */
export const baseLineKey = (l: BaseLine) => `elections.base.lines.${l.key === "CONVENED" ? `CONVENED_${l.kind}` : l.key}`;
