"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { CredentialsSignin } from "next-auth";
import { DomainError } from "../errors";
import { LOCALE_COOKIE } from "../i18n/config";
import { isCommonPassword } from "./common-passwords";
import { changeOwnPassword, dismissResetNotice, setOwnLocale } from "../users/mutations";
import { type ActionResult, SELF, defineAction } from "../server/action";
import { signIn, signOut } from "./auth";
import { safeCallback } from "./callback";
import { changePasswordSchema, dismissResetNoticeSchema, localeSchema, signInSchema, type SignInInput } from "./schema";
import { lockoutStatus } from "./sign-in";
import { db } from "../db/client";
import { normaliseEmail } from "./sign-in";

export async function signInAction(input: SignInInput): Promise<ActionResult<never> & { lockedUntil?: string }> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "VALIDATION" };
  const { email, password, callbackUrl } = parsed.data;
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      if (error.code === "locked") {
        const until = await lockoutStatus(email);
        return { ok: false, code: "LOCKED", lockedUntil: until?.toISOString() };
      }
      if (error.code === "rate_limited") return { ok: false, code: "RATE_LIMITED" };
      if (error.code === "expired") return { ok: false, code: "PASSWORD_EXPIRED" };
      return { ok: false, code: "INVALID_CREDENTIALS" };
    }
    throw error;
  }
  const user = await db.user.findUnique({ where: { email: normaliseEmail(email) }, select: { locale: true } });
  (await cookies()).set(LOCALE_COOKIE, user?.locale ?? "vi", { path: "/", sameSite: "lax", httpOnly: false, maxAge: 365 * 86400 });
  redirect(safeCallback(callbackUrl));
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}

export const changePasswordAction = defineAction({
  name: "account.change-password",
  input: changePasswordSchema,
  access: SELF,
  errors: ["RATE_LIMITED"],
  async run(ctx, input) {
    if (isCommonPassword(input.newPassword)) throw new DomainError("VALIDATION", { newPassword: ["errors.passwordTooCommon"] });
    await changeOwnPassword(ctx, input.currentPassword, input.newPassword);
    return null;
  },
});

export const dismissResetNoticeAction = defineAction({
  name: "account.dismiss-reset-notice",
  input: dismissResetNoticeSchema,
  access: SELF,
  async run(ctx) {
    await dismissResetNotice(ctx);
    return null;
  },
  revalidate: () => ["/"],
});

export const setLocaleAction = defineAction({
  name: "account.set-locale",
  input: localeSchema,
  access: SELF,
  async run(ctx, { locale }) {
    await setOwnLocale(ctx, locale);
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 365 * 86400 });
    return null;
  },
  revalidate: () => ["/"],
});
