// Form fields shared by the planning schemas; the same schema validates the form in the browser
// and the action on the server. Dates are typed dd/mm/yyyy, the way Vietnamese offices write them.
import { parseVietnameseDate } from "../dates";
import { z } from "../validation";

export const uuid = () => z.uuid("errors.invalid");
export const version = () => z.number().int().min(1);

function toIso(value: string, ctx: z.RefinementCtx): string {
  const iso = parseVietnameseDate(value);
  if (iso) return iso;
  ctx.addIssue({ code: "custom", message: "planningErrors.date" });
  return z.NEVER;
}

/** A required dd/mm/yyyy date, parsed to YYYY-MM-DD. */
export const vnDate = () => z.string().trim().min(1, "errors.required").transform(toIso);

/** An optional dd/mm/yyyy date: empty means none (null). */
export const optionalVnDate = () =>
  z
    .string()
    .trim()
    .transform((value, ctx) => (value === "" ? null : toIso(value, ctx)));

/** A select whose empty option means none (null). */
export const optionalId = () =>
  z
    .string()
    .transform((s) => s || null)
    .pipe(z.uuid("errors.invalid").nullable());
