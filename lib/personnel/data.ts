import "server-only";
import { type Actor, scopeWhere } from "../auth/access";
import type { LoadedCongress } from "../auth/resources";
import { db } from "../db/client";
import { compareByName } from "../delegates/names";
import { listMargin } from "../elections/rule";
import { isoOrNull } from "../planning/place";
import { INTRODUCTION_STEPS, type PersonnelMetric, type SchemeStatus, type Sector, type Tenure } from "./choices";
import { DEFAULT_PERSONNEL_TARGETS, type MetricTarget, structureAgainstTargets } from "./composition";

/** A candidate's person fields, the same on the scheme's list and on an election's ballot. */
export const candidatePersonSelect = {
  fullName: true,
  familyName: true,
  middleName: true,
  givenName: true,
  gender: true,
  birthDate: true,
  birthYear: true,
  ethnicity: true,
  position: true,
  sector: true,
  tenure: true,
} as const;

export const candidateSelect = {
  id: true,
  delegateId: true,
  ...candidatePersonSelect,
  standingCommittee: true,
  screeningNotes: true,
  version: true,
  steps: { select: { step: true, heldOn: true, percent: true }, orderBy: { step: "asc" } },
} as const;

type CandidateRow = {
  id: string;
  delegateId: string | null;
  fullName: string;
  familyName: string;
  middleName: string;
  givenName: string;
  gender: "MALE" | "FEMALE";
  birthDate: Date | null;
  birthYear: number;
  ethnicity: string;
  position: string | null;
  sector: Sector;
  tenure: Tenure;
  standingCommittee: boolean;
  screeningNotes: string | null;
  version: number;
  steps: { step: number; heldOn: Date | null; percent: number | null }[];
};

/** A candidate as the page, the forms and the API show it (dates YYYY-MM-DD). */
export function toCandidateDto(c: CandidateRow) {
  return {
    id: c.id,
    delegateId: c.delegateId,
    fullName: c.fullName,
    familyName: c.familyName,
    middleName: c.middleName,
    givenName: c.givenName,
    gender: c.gender,
    birthDate: isoOrNull(c.birthDate),
    birthYear: c.birthYear,
    ethnicity: c.ethnicity,
    position: c.position,
    sector: c.sector,
    tenure: c.tenure,
    standingCommittee: c.standingCommittee,
    screeningNotes: c.screeningNotes,
    version: c.version,
    steps: INTRODUCTION_STEPS.map((step) => {
      const s = c.steps.find((x) => x.step === step);
      return { step, heldOn: isoOrNull(s?.heldOn), percent: s?.percent ?? null };
    }),
  };
}
export type CandidateDto = ReturnType<typeof toCandidateDto>;

export const schemeSelect = {
  id: true,
  committeeSize: true,
  standingCommitteeSize: true,
  previousCommitteeSize: true,
  marginMinPercent: true,
  marginMaxPercent: true,
  status: true,
  lockedAt: true,
  approvedAt: true,
  approvedByName: true,
  notes: true,
  version: true,
  targets: { select: { metric: true, minPercent: true, maxPercent: true } },
} as const;

export function toSchemeDto(s: {
  id: string;
  committeeSize: number;
  standingCommitteeSize: number;
  previousCommitteeSize: number | null;
  marginMinPercent: number;
  marginMaxPercent: number;
  status: SchemeStatus;
  lockedAt: Date | null;
  approvedAt: Date | null;
  approvedByName: string | null;
  notes: string | null;
  version: number;
  targets: { metric: PersonnelMetric; minPercent: number | null; maxPercent: number | null }[];
}) {
  const targets = { ...DEFAULT_PERSONNEL_TARGETS };
  for (const t of s.targets) targets[t.metric] = t;
  return {
    id: s.id,
    committeeSize: s.committeeSize,
    standingCommitteeSize: s.standingCommitteeSize,
    previousCommitteeSize: s.previousCommitteeSize,
    marginMinPercent: s.marginMinPercent,
    marginMaxPercent: s.marginMaxPercent,
    status: s.status,
    lockedAt: s.lockedAt?.toISOString() ?? null,
    approvedAt: s.approvedAt?.toISOString() ?? null,
    approvedByName: s.approvedByName,
    notes: s.notes,
    version: s.version,
    targets: targets as Record<PersonnelMetric, MetricTarget>,
  };
}
export type SchemeDto = ReturnType<typeof toSchemeDto>;

/** The opening day of the congress, the day ages are counted on (today when it has none). */
export const openingOf = (congress: Pick<LoadedCongress, "opening">, todayIso: string) => congress.opening ?? todayIso;

/**
 * The congress's personnel scheme with its candidates in the order of official lists, their
 * structure against the targets and the list's margin over the seats; null when none was made.
 */
export async function schemeView(actor: Actor, congress: LoadedCongress, todayIso: string) {
  const scheme = await db.personnelScheme.findFirst({ where: { congressId: congress.id, ...scopeWhere(actor) }, select: { ...schemeSelect, candidates: { select: candidateSelect } } });
  if (!scheme) return null;
  const dto = toSchemeDto(scheme);
  const candidates = scheme.candidates.map(toCandidateDto).sort(compareByName);
  const openingIso = openingOf(congress, todayIso);
  return {
    scheme: dto,
    candidates,
    openingIso,
    structure: structureAgainstTargets(candidates, openingIso, dto.targets),
    margin: listMargin(dto.committeeSize, candidates.length, { minPercent: dto.marginMinPercent, maxPercent: dto.marginMaxPercent }),
  };
}
export type SchemeView = NonNullable<Awaited<ReturnType<typeof schemeView>>>;

/** The congress's delegates a candidate can be picked from, in the order of official lists. */
export async function delegateChoices(actor: Actor, congress: LoadedCongress) {
  const rows = await db.delegate.findMany({
    where: { congressId: congress.id, credentialStatus: { not: "REJECTED" }, ...scopeWhere(actor) },
    select: { id: true, fullName: true, birthYear: true },
    orderBy: [{ sortKey: "asc" }, { birthYear: "asc" }, { id: "asc" }],
  });
  return rows;
}

export const birthText = (c: { birthDate: string | null; birthYear: number }) => (c.birthDate ? c.birthDate.split("-").reverse().join("/") : String(c.birthYear));
