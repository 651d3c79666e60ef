// zod schemas shared by the personnel forms (zodResolver) and the server actions.
import { GENDERS } from "../delegates/choices";
import { matchEthnicity } from "../delegates/ethnicity";
import { readBirth } from "../delegates/rows";
import { optionalId, optionalVnDate, uuid, version } from "../planning/fields";
import { optionalText, z } from "../validation";
import { INTRODUCTION_STEPS, PERSONNEL_METRICS, SECTORS, TENURES } from "./choices";

/** A number typed in a form field: blank means none. */
const optionalNumber = (min: number, max: number) =>
  z.preprocess((v) => (v === "" || v === null || v === undefined ? null : typeof v === "string" ? Number(v.replace(",", ".")) : v), z.number("errors.invalid").min(min).max(max).nullable());
const count = (min: number, max: number) => z.preprocess((v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v)) : v), z.number("errors.invalid").int("errors.invalid").min(min).max(max));

export const targetSchema = z
  .object({ metric: z.enum(PERSONNEL_METRICS), minPercent: optionalNumber(0, 100), maxPercent: optionalNumber(0, 100) })
  .refine((t) => t.minPercent === null || t.maxPercent === null || t.minPercent <= t.maxPercent, { path: ["maxPercent"], message: "personnel.errors.range" });

export const saveSchemeSchema = z
  .object({
    congressId: uuid(),
    /** null when the congress has no scheme yet. */
    version: version().nullable(),
    committeeSize: count(3, 200),
    standingCommitteeSize: count(1, 50),
    previousCommitteeSize: optionalNumber(0, 200).refine((n) => n === null || Number.isInteger(n), "errors.invalid"),
    marginMinPercent: count(0, 100),
    marginMaxPercent: count(0, 100),
    notes: optionalText(2000),
    targets: z.array(targetSchema).max(PERSONNEL_METRICS.length),
  })
  .refine((v) => v.standingCommitteeSize < v.committeeSize, { path: ["standingCommitteeSize"], message: "personnel.errors.standingTooLarge" })
  .refine((v) => v.marginMinPercent <= v.marginMaxPercent, { path: ["marginMaxPercent"], message: "personnel.errors.range" });
export type SaveSchemeInput = z.input<typeof saveSchemeSchema>;

export const stepSchema = z.object({ step: z.number().int().min(1).max(INTRODUCTION_STEPS.length), heldOn: optionalVnDate(), percent: optionalNumber(0, 100) });

/**
 * A candidate: a delegate of the congress (the person's fields come from the roster), or a person
 * entered here, whose name, gender, birth and ethnicity are then required.
 */
export const candidateFieldsSchema = z
  .object({
    delegateId: optionalId(),
    fullName: optionalText(120),
    gender: z.preprocess((v) => (v === "" ? undefined : v), z.enum(GENDERS).optional()),
    birth: optionalText(10).refine((s) => s === undefined || readBirth(s) !== null, "delegateImport.errors.dateInvalidShort"),
    ethnicity: optionalText(40).refine((s) => s === undefined || matchEthnicity(s) !== null, "delegateImport.errors.ethnicityUnknownShort"),
    position: optionalText(300),
    sector: z.enum(SECTORS),
    tenure: z.enum(TENURES),
    standingCommittee: z.boolean(),
    screeningNotes: optionalText(2000),
    steps: z.array(stepSchema).max(INTRODUCTION_STEPS.length),
  })
  .superRefine((v, ctx) => {
    if (v.delegateId) return;
    if (!v.fullName || v.fullName.split(/\s+/).length < 2) ctx.addIssue({ code: "custom", path: ["fullName"], message: v.fullName ? "delegateImport.errors.nameIncomplete" : "errors.required" });
    if (!v.gender) ctx.addIssue({ code: "custom", path: ["gender"], message: "errors.required" });
    if (!v.birth) ctx.addIssue({ code: "custom", path: ["birth"], message: "errors.required" });
    if (!v.ethnicity) ctx.addIssue({ code: "custom", path: ["ethnicity"], message: "errors.required" });
  });
export type CandidateFieldsInput = z.input<typeof candidateFieldsSchema>;

export const addCandidateSchema = z.object({ congressId: uuid(), candidate: candidateFieldsSchema });
export const updateCandidateSchema = z.object({ id: uuid(), version: version(), candidate: candidateFieldsSchema });
export const removeCandidateSchema = z.object({ id: uuid(), version: version() });
/** Locking and approving act on the scheme as loaded at `version`. */
export const schemeStepSchema = z.object({ congressId: uuid(), version: version() });
