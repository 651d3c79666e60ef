// zod schemas shared by the election forms (zodResolver) and the server actions.
import { GENDERS } from "../delegates/choices";
import { matchEthnicity } from "../delegates/ethnicity";
import { readBirth } from "../delegates/rows";
import { optionalId, uuid, version, vnDate } from "../planning/fields";
import { optionalText, requiredText, z } from "../validation";
import { COUNTING_POSITIONS, NOMINATION_SOURCES, OFFERED_KINDS } from "./choices";

/** A whole number typed in a form field (or sent as a number). */
export const count = (max = 100_000) =>
  z.preprocess((v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.trim())) : v), z.number("errors.invalid").int("errors.invalid").min(0, "errors.tooSmall").max(max, "errors.tooBig"));

export const createElectionSchema = z.object({
  congressId: uuid(),
  kind: z.enum(OFFERED_KINDS),
  /** Empty for a standard kind means its usual name. */
  name: optionalText(200),
  seats: count(500).refine((n) => n >= 1, "errors.tooSmall"),
  /** Put the personnel scheme's candidates on the list (the new executive committee). */
  fromScheme: z.boolean(),
});
export type CreateElectionInput = z.input<typeof createElectionSchema>;

/** A nomination (đề cử) or self-nomination (ứng cử) made at the congress: a delegate, or a person entered. */
export const nominateSchema = z
  .object({
    electionId: uuid(),
    source: z.enum(NOMINATION_SOURCES),
    delegateId: optionalId(),
    fullName: optionalText(120),
    gender: z.preprocess((v) => (v === "" ? undefined : v), z.enum(GENDERS).optional()),
    birth: optionalText(10).refine((s) => s === undefined || readBirth(s) !== null, "delegateImport.errors.dateInvalidShort"),
    ethnicity: optionalText(40).refine((s) => s === undefined || matchEthnicity(s) !== null, "delegateImport.errors.ethnicityUnknownShort"),
    position: optionalText(300),
    nominatedBy: optionalText(200),
    /** The congress's vote on admitting the nomination: delegates agreeing, of those present. */
    agreeing: count(100_000),
    present: count(100_000).refine((n) => n >= 1, "errors.tooSmall"),
  })
  .superRefine((v, ctx) => {
    if (v.agreeing > v.present) ctx.addIssue({ code: "custom", path: ["agreeing"], message: "elections.errors.agreeingOverPresent" });
    if (v.delegateId) return;
    for (const field of ["fullName", "gender", "birth", "ethnicity"] as const) if (!v[field]) ctx.addIssue({ code: "custom", path: [field], message: "errors.required" });
  });
export type NominateInput = z.input<typeof nominateSchema>;

export const addCounterSchema = z
  .object({ congressId: uuid(), userId: optionalId(), fullName: optionalText(200), position: z.enum(COUNTING_POSITIONS) })
  .refine((v) => v.userId || v.fullName, { path: ["fullName"], message: "planningErrors.memberName" });
export type AddCounterInput = z.input<typeof addCounterSchema>;
export const removeCounterSchema = z.object({ id: uuid() });

/** A members' exclusion typed in a form: empty is none. */
const excluded = z.preprocess((v) => (v === "" || v === undefined || v === null ? 0 : v), count(100_000));
/**
 * At a members' congress, the members the rule takes out of the base (244-QĐ/TW Điều 32 khoản 2,
 * kept by 190-QĐ/TW), each with its own count: the app does not keep members one by one.
 */
export const memberExclusionsSchema = z.object({ TEMPORARILY_ATTACHED: excluded, EXCUSED_NOT_PRESENT: excluded, SUSPENDED: excluded, ABSENT_WITH_REASON: excluded });

export const openRoundSchema = z
  .object({ electionId: uuid(), delegatesPresent: count(100_000), ballotsIssued: count(100_000), exclusions: memberExclusionsSchema.optional() })
  .refine((v) => v.ballotsIssued <= v.delegatesPresent, { path: ["ballotsIssued"], message: "elections.errors.ballotsOverPresent" });
export type OpenRoundInput = z.input<typeof openRoundSchema>;

const countFields = {
  roundId: uuid(),
  /** Hòm phiếu số N. */
  box: count(1000).refine((n) => n >= 1, "errors.tooSmall"),
  ballotsReceived: count(),
  valid: count(),
  invalid: count(),
  votes: z.array(z.object({ candidateId: uuid(), votes: count() })).max(1000),
};

/** A box's count while the round is open: new (version null) or over the entry at `version`. */
export const enterCountSchema = z.object({ ...countFields, version: version().nullable() });
export type EnterCountInput = z.input<typeof enterCountSchema>;

/** A correction of a closed round's box: a new entry over `revision`, with its reason. */
export const correctCountSchema = z.object({ ...countFields, revision: z.number().int().min(1), reason: requiredText(1000) });
export type CorrectCountInput = z.input<typeof correctCountSchema>;

export const closeRoundSchema = z.object({ roundId: uuid(), version: version() });

/** Takes a closed round's base again from the roster: an audited correction over `baseRevision`, with its reason. */
export const correctBaseSchema = z.object({ roundId: uuid(), baseRevision: z.number().int().min(1), reason: requiredText(1000), exclusions: memberExclusionsSchema.optional() });
export type CorrectBaseInput = z.input<typeof correctBaseSchema>;

/** The upper committee's approval (chuẩn y) of an election's results: its decision and date. */
export const approveSchema = z.object({ electionId: uuid(), version: version(), decision: requiredText(200), approvedOn: vnDate() });
export type ApproveInput = z.input<typeof approveSchema>;
