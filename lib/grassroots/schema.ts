import { z } from "../validation";
import { optionalId, optionalVnDate, uuid } from "../planning/fields";
import { CONGRESS_KINDS } from "../congresses/schema";

export const CONGRESS_STATUSES = ["PREPARING", "CONVOKED", "IN_SESSION", "HELD", "POSTPONED"] as const;
export type CongressStatus = (typeof CONGRESS_STATUSES)[number];

/** The congress of one grassroots unit, edited from the organisation congress's tracker. */
export const saveGrassrootsSchema = z
  .object({
    organisationCongressId: uuid(),
    unitId: uuid(),
    /** Empty when the unit has no congress for this term yet: saving creates it. */
    congressId: optionalId(),
    version: z.number().int().min(1).nullable(),
    ordinal: z.number("errors.required").int("errors.invalid").min(1, "errors.tooSmall").max(99, "errors.tooBig"),
    plannedOpening: optionalVnDate(),
    heldOn: optionalVnDate(),
    isPilot: z.boolean(),
    /** A delegates' or a members' congress (a cell gathers all its members); left out, kept as it is. */
    kind: z.enum(CONGRESS_KINDS).optional(),
    status: z.enum(CONGRESS_STATUSES),
  })
  .superRefine((v, ctx) => {
    if (v.status === "HELD" && !v.heldOn) ctx.addIssue({ code: "custom", path: ["heldOn"], message: "planningErrors.heldOnRequired" });
  });
export type GrassrootsFormInput = z.input<typeof saveGrassrootsSchema>;
