// The elections' choices, apart from the zod schemas so client components can list them.
export const ELECTION_KINDS = ["EXECUTIVE_COMMITTEE", "UPPER_DELEGATES", "UPPER_ALTERNATES", "OTHER"] as const;
export type ElectionKind = (typeof ELECTION_KINDS)[number];
/** Nominations made at the congress, outside the scheme's list. */
export const NOMINATION_SOURCES = ["NOMINATED", "SELF_NOMINATED"] as const;
export const CANDIDATE_SOURCES = ["SCHEME", ...NOMINATION_SOURCES] as const;
export type CandidateSource = (typeof CANDIDATE_SOURCES)[number];
export const COUNTING_POSITIONS = ["HEAD", "MEMBER"] as const;
