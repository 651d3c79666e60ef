// zod schemas shared by the forms (zodResolver) and the server actions.
import { optionalText, requiredText, z } from "../validation";
import { matchEthnicity } from "./ethnicity";
import { readBirth, readDate } from "./rows";

const uuid = () => z.string().uuid("errors.invalid");
const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

import { CATEGORIES, CREDENTIAL_STATUSES, GENDERS } from "./choices";

export { CATEGORIES, CREDENTIAL_STATUSES, GENDERS } from "./choices";

export const delegateFieldsSchema = z
  .object({
    fullName: requiredText(120).refine((s) => s.split(/\s+/).length >= 2, "delegateImport.errors.nameIncomplete"),
    gender: z.enum(GENDERS),
    /** dd/mm/yyyy or the year alone. */
    birth: requiredText(10).refine((s) => readBirth(s) !== null, "delegateImport.errors.dateInvalidShort"),
    ethnicity: requiredText(40).refine((s) => matchEthnicity(s) !== null, "delegateImport.errors.ethnicityUnknownShort"),
    partyAdmissionDate: optionalText(10).refine((s) => s === undefined || readDate(s) !== null, "delegateImport.errors.dateInvalidShort"),
    educationLevel: optionalText(200),
    theoryLevel: z.preprocess(blankToUndefined, z.enum(["ELEMENTARY", "INTERMEDIATE", "ADVANCED", "BACHELOR"]).optional()),
    position: optionalText(300),
    homeUnitId: z.preprocess(blankToUndefined, uuid().optional()),
    category: z.enum(CATEGORIES),
    /** Đại biểu dự khuyết: seated only while replacing an official delegate. */
    alternate: z.boolean().default(false),
    group: optionalText(50),
    seat: optionalText(20),
    note: optionalText(1000),
    /** Given only to admit an elected delegate beyond the unit's quota. */
    overQuotaReason: optionalText(500),
  })
  .refine((v) => v.category !== "ELECTED" || v.homeUnitId !== undefined, { path: ["homeUnitId"], message: "delegateImport.errors.unitRequired" });
export type DelegateFieldsInput = z.input<typeof delegateFieldsSchema>;

export const createDelegateSchema = z.object({ congressId: uuid(), delegate: delegateFieldsSchema });
export type CreateDelegateInput = z.input<typeof createDelegateSchema>;

export const reviewCredentialSchema = z
  .object({
    id: uuid(),
    version: z.number().int().min(1),
    status: z.enum(CREDENTIAL_STATUSES),
    reason: optionalText(500),
  })
  .refine((v) => v.status !== "REJECTED" || v.reason !== undefined, { path: ["reason"], message: "delegates.review.reasonRequired" });
export type ReviewCredentialInput = z.input<typeof reviewCredentialSchema>;

export const deleteDelegateSchema = z.object({ id: uuid(), version: z.number().int().min(1) });

/** Every field of the record, as loaded at `version`: a save from an older version is refused. */
export const updateDelegateSchema = z.object({ id: uuid(), version: z.number().int().min(1), delegate: delegateFieldsSchema });
export type UpdateDelegateInput = z.input<typeof updateDelegateSchema>;

/** Check-in at the door and its undo. */
export const checkInSchema = z.object({ id: uuid(), version: z.number().int().min(1) });

/** The organizer's choices for sharing the delegates into discussion groups. */
export const groupsFormSchema = z.object({
  groupCount: z.preprocess(
    (v) => (v === "" || v === null || v === undefined ? undefined : Number(v)),
    z.number("errors.wholeNumber").int("errors.wholeNumber").min(1, "errors.tooSmall").max(50, "errors.tooBig"),
  ),
  /** What each group is called before its number: "Tổ" gives "Tổ 1", "Tổ 2", … */
  prefix: requiredText(30),
  numberSeats: z.boolean(),
});
export const assignGroupsSchema = groupsFormSchema.extend({
  congressId: uuid(),
  /** The accepted delegates as the organizer saw them: a change since then is a conflict. */
  delegates: z.array(z.object({ id: uuid(), version: z.number().int().min(1) })).max(20_000),
});
export type AssignGroupsInput = z.input<typeof assignGroupsSchema>;

export const saveQuotasSchema = z.object({
  congressId: uuid(),
  /** `version` as loaded (null for a unit without a quota yet): a concurrent save is detected. */
  quotas: z.array(z.object({ unitId: uuid(), seats: z.number().int().min(0).max(1000), version: z.number().int().min(1).nullable() })).max(500),
});
export type SaveQuotasInput = z.input<typeof saveQuotasSchema>;

const percent = z.preprocess((v) => (v === "" || v === null || v === undefined || (typeof v === "number" && Number.isNaN(v)) ? null : Number(v)), z.number().min(0).max(100).nullable());
export const saveTargetsSchema = z.object({
  congressId: uuid(),
  targets: z
    .array(
      z
        .object({ metric: z.enum(["WOMEN", "ETHNIC_MINORITY", "UNDER_40"]), minPercent: percent, maxPercent: percent })
        .refine((t) => t.minPercent === null || t.maxPercent === null || t.minPercent <= t.maxPercent, { path: ["maxPercent"], message: "composition.targets.minAboveMax" }),
    )
    .max(3),
});
export type SaveTargetsInput = z.input<typeof saveTargetsSchema>;

/** An alternate replaces an official delegate who cannot attend: who, why, from which day (dd/mm/yyyy). */
export const replaceDelegateSchema = z.object({
  id: uuid(),
  version: z.number().int().min(1),
  replacesId: uuid(),
  reason: requiredText(500),
  date: requiredText(10).refine((s) => readDate(s) !== null, "delegateImport.errors.dateInvalidShort"),
});
export type ReplaceDelegateInput = z.input<typeof replaceDelegateSchema>;

/** The alternate leaves the seat again; the official delegate sits. */
export const endReplacementSchema = z.object({ id: uuid(), version: z.number().int().min(1) });
