import { parseVietnameseDate } from "../dates";
import { optionalText, requiredText, z } from "../validation";
import { PROVINCE_CHILD_KINDS } from "./levels";

/** A date typed dd/mm/yyyy, as Vietnamese offices write it (YYYY-MM-DD is accepted too), to YYYY-MM-DD. */
export const isoDate = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const iso = parseVietnameseDate(ymd ? `${ymd[3]}/${ymd[2]}/${ymd[1]}` : value);
    if (iso) return iso;
    ctx.addIssue({ code: "custom", message: "errors.date" });
    return z.NEVER;
  });
export const optionalIsoDate = z
  .string()
  .optional()
  .transform((v) => v || undefined)
  .pipe(isoDate.optional());
export const memberCount = z
  .union([z.number(), z.string()])
  .optional()
  .transform((v) => (v === "" || v === undefined ? undefined : Number(v)))
  .pipe(z.number().int("errors.wholeNumber").min(0, "errors.tooSmall").max(100_000, "errors.tooBig").optional());

export const UNIT_KINDS_BELOW_ORGANISATION = ["GRASSROOTS_COMMITTEE", "GRASSROOTS_CELL", "CELL"] as const;
export const UNIT_BLOCKS = ["COMMUNE", "SECTOR", "ENTERPRISE", "ARMED_FORCES", "DIRECT_CELL"] as const;

/** A new grassroots organisation under the organisation, or a cell under a grassroots committee. */
export const createUnitSchema = z
  .object({
    organisationId: z.uuid(),
    kind: z.enum(UNIT_KINDS_BELOW_ORGANISATION),
    parentId: z.string().optional().transform((v) => v || undefined),
    name: requiredText(200),
    block: z.enum(UNIT_BLOCKS).optional().or(z.literal("").transform(() => undefined)),
    memberCount,
    foundedOn: optionalIsoDate,
  })
  .refine((v) => v.kind !== "CELL" || !!v.parentId, { path: ["parentId"], message: "errors.required" })
  .refine((v) => v.kind === "CELL" || !!v.block, { path: ["block"], message: "errors.required" });
export type CreateUnitInput = z.input<typeof createUnitSchema>;

export const updateUnitSchema = z.object({
  unitId: z.uuid(),
  version: z.number().int(),
  name: requiredText(200),
  block: z.enum(UNIT_BLOCKS).optional().or(z.literal("").transform(() => undefined)),
  memberCount,
  foundedOn: optionalIsoDate,
});
export type UpdateUnitInput = z.input<typeof updateUnitSchema>;

/**
 * Dissolved, merged into another unit, transferred out of the organisation, or active again. A
 * dissolved or transferred unit may name the unit that took over its work and its records (a
 * district dissolved on 1/7/2025: the commune that keeps its archive).
 */
export const changeUnitStatusSchema = z
  .object({
    unitId: z.uuid(),
    version: z.number().int(),
    status: z.enum(["ACTIVE", "DISSOLVED", "MERGED", "TRANSFERRED"]),
    effectiveOn: optionalIsoDate,
    successorId: z.string().optional().transform((v) => v || undefined),
    note: optionalText(500),
  })
  .refine((v) => v.status === "ACTIVE" || !!v.effectiveOn, { path: ["effectiveOn"], message: "errors.required" })
  .refine((v) => v.status !== "MERGED" || !!v.successorId, { path: ["successorId"], message: "errors.required" });
export type ChangeUnitStatusInput = z.input<typeof changeUnitStatusSchema>;

/** A unit code as offices write it: letters, digits and dashes (LC, LC-TU, LC-TU-048). */
const unitCode = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/, "errors.invalid").max(40, "errors.tooLong"));

/** A new province (admin), or a new organisation of a province (admin, the province's overseer). */
export const createProvinceSchema = z.object({ code: unitCode, name: requiredText(200), memberCount, foundedOn: optionalIsoDate });
export const createOrganisationSchema = createProvinceSchema.extend({ provinceId: z.uuid(), kind: z.enum(PROVINCE_CHILD_KINDS) });
export type CreateOrganisationInput = z.input<typeof createOrganisationSchema>;

/** An organisation's record; its level may be corrected (never a province's, nor to a province). */
export const updateOrganisationSchema = z.object({
  unitId: z.uuid(),
  version: z.number().int(),
  code: unitCode,
  name: requiredText(200),
  kind: z.enum(PROVINCE_CHILD_KINDS).optional().or(z.literal("").transform(() => undefined)),
  memberCount,
  foundedOn: optionalIsoDate,
});

/** A province's or organisation's life: a merge names a unit of the same kind (in the same province, for an organisation). */
export const changeOrganisationStatusSchema = changeUnitStatusSchema;
