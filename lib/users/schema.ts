import { ROLES } from "../auth/access";
import { passwordSchema } from "../auth/password-policy";
import { requiredText, z } from "../validation";

const email = z
  .string()
  .transform((s) => s.trim().toLowerCase())
  .pipe(z.email("errors.email").max(200, "errors.tooLong"));

/**
 * A new account of an organisation (or a province, for an admin making an overseer): either a first
 * password the user must change at first sign-in, or a one-time sign-in link.
 */
const firstSignIn = {
  firstSignIn: z.enum(["PASSWORD", "LINK"]),
  password: z.string().optional(),
};
function checkFirstPassword(v: { firstSignIn: "PASSWORD" | "LINK"; password?: string | undefined }, ctx: z.RefinementCtx) {
  if (v.firstSignIn !== "PASSWORD") return;
  const checked = passwordSchema.safeParse(v.password ?? "");
  if (!checked.success) ctx.addIssue({ code: "custom", path: ["password"], message: checked.error.issues[0]!.message });
}

export const createAccountSchema = z
  .object({
    email,
    name: requiredText(200),
    role: z.enum(ROLES),
    /** The organisation (or province) the first role sits on; empty for ADMIN. */
    unitId: z.union([z.uuid(), z.literal("").transform(() => null)]).nullable().default(null),
    ...firstSignIn,
  })
  .superRefine(checkFirstPassword);
export type CreateAccountInput = z.input<typeof createAccountSchema>;

export const grantSchema = z.object({ userId: z.uuid(), role: z.enum(ROLES), unitId: z.uuid().nullable() });
export const revokeSchema = z.object({ userId: z.uuid(), grantId: z.uuid() });
export const setAccountDisabledSchema = z.object({ userId: z.uuid(), disabled: z.boolean() });
/** A new first password (the user must change it), or a new one-time link; both end the sessions. */
export const resetPasswordSchema = z.object({ userId: z.uuid(), ...firstSignIn }).superRefine(checkFirstPassword);

/** The holder of a one-time link chooses their password. */
export const redeemSignInLinkSchema = z
  .object({ token: z.string().min(20, "errors.invalid").max(200, "errors.invalid"), newPassword: passwordSchema, confirmPassword: z.string().min(1, "errors.required") })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "errors.passwordMismatch" });
