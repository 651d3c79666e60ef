import { isoDate, optionalIsoDate } from "../units/schema";
import { optionalText, z } from "../validation";

/** Who a congress gathers: its delegates, or all its members (a cell, a small committee). */
export const CONGRESS_KINDS = ["DELEGATES", "MEMBERS"] as const;
export type CongressKind = (typeof CONGRESS_KINDS)[number];

const year = z.coerce.number().int("errors.wholeNumber").min(1930, "errors.tooSmall").max(2200, "errors.tooBig");

const congressFields = z.object({
  /** Đại hội lần thứ N (shown as a Roman numeral). */
  ordinal: z.coerce.number().int("errors.wholeNumber").min(1, "errors.tooSmall").max(100, "errors.tooBig"),
  termStart: year,
  termEnd: year,
  plannedOpening: isoDate,
  plannedClosing: optionalIsoDate,
  venue: optionalText(300),
  isPilot: z.boolean().default(false),
  /** A delegates' or a members' congress (đại hội đại biểu, đại hội đảng viên): who votes in its elections. */
  /** Left out, a new congress is a delegates' congress and an edited one keeps its kind. */
  kind: z.enum(CONGRESS_KINDS).optional(),
});

type Dated = { termStart: number; termEnd: number; plannedOpening: string; plannedClosing?: string | undefined };
const termAfterStart = (v: Dated) => v.termEnd > v.termStart;
const closingAfterOpening = (v: Dated) => !v.plannedClosing || v.plannedClosing >= v.plannedOpening;

/** An organisation's congress of a term (ADMIN, the province's overseer, the organisation's organizer). */
export const createCongressSchema = congressFields
  .extend({ organisationId: z.uuid() })
  .refine(termAfterStart, { path: ["termEnd"], message: "errors.tooSmall" })
  .refine(closingAfterOpening, { path: ["plannedClosing"], message: "errors.tooSmall" });
export type CreateCongressInput = z.input<typeof createCongressSchema>;

export const updateCongressSchema = congressFields
  .extend({ congressId: z.uuid(), version: z.number().int() })
  .refine(termAfterStart, { path: ["termEnd"], message: "errors.tooSmall" })
  .refine(closingAfterOpening, { path: ["plannedClosing"], message: "errors.tooSmall" });
export type UpdateCongressInput = z.input<typeof updateCongressSchema>;

/** The forward steps of an organisation congress: PREPARING → CONVOKED → HELD; held with its dates. */
export const CONGRESS_STEPS = ["PREPARING", "CONVOKED", "HELD"] as const;
export const setCongressStatusSchema = z
  .object({
    congressId: z.uuid(),
    version: z.number().int(),
    status: z.enum(CONGRESS_STEPS),
    heldOn: optionalIsoDate,
  })
  .refine((v) => v.status !== "HELD" || !!v.heldOn, { path: ["heldOn"], message: "errors.required" });
export type SetCongressStatusInput = z.input<typeof setCongressStatusSchema>;

/** The next term's congress from the last one: same unit, ordinal + 1, term shifted by its length. */
export const nextTermCongressSchema = z.object({ congressId: z.uuid(), plannedOpening: isoDate });
