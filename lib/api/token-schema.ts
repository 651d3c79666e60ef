import { requiredText, z } from "../validation";

/** A new token: its name, how long it lives (90 days by default, a year at most), what it may do, and the owner's password again. */
export const createTokenSchema = z.object({
  name: requiredText(100),
  days: z.coerce.number().int("errors.wholeNumber").min(1, "errors.tooSmall").max(365, "errors.tooBig").default(90),
  scope: z.enum(["READ", "READ_IMPORT"]).default("READ"),
  password: z.string().min(1, "errors.required").max(256),
});
export type CreateTokenInput = z.input<typeof createTokenSchema>;
export const revokeTokenSchema = z.object({ id: z.string().uuid() });
