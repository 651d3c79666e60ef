import { z } from "../validation";
import { passwordSchema } from "./password-policy";

export const signInSchema = z.object({
  email: z.string().trim().min(1, "errors.required").max(320, "errors.tooLong"),
  password: z.string().min(1, "errors.required").max(256, "errors.tooLong"),
  callbackUrl: z.string().max(2000).optional(),
});
export type SignInInput = z.input<typeof signInSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "errors.required"),
    newPassword: passwordSchema,
    confirmPassword: z.string().min(1, "errors.required"),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "errors.passwordMismatch" });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const dismissResetNoticeSchema = z.object({});

export const localeSchema = z.object({ locale: z.enum(["vi", "en"]) });
