import * as z from "../zod";

export const PASSWORD_MIN_LENGTH = 10;

/**
 * The rules a form can check as the user types (message keys under "errors."). The check
 * against common passwords needs a large list and runs on the server (common-passwords.ts).
 */
export const passwordSchema = z.string().min(PASSWORD_MIN_LENGTH, "errors.passwordTooShort").max(256, "errors.passwordTooLong");
