"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { type Resolver, useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, describedBy } from "@/components/ui/field";
import { signInAction } from "@/lib/auth/actions";
import type { SignInInput } from "@/lib/auth/schema";
import { FIRST_PASSWORD_HOURS } from "@/lib/auth/first-password";
import { formatDateTime } from "@/lib/dates";

// The schema, and zod with it (about 110 KB of script), loads when the user first focuses a field
// or submits, not with the page: the sign-in page is everyone's first page, often on a phone.
const loadSchema = () => import("@/lib/auth/schema").then((m) => m.signInSchema);
const resolver: Resolver<SignInInput> = async (values, context, options) => zodResolver(await loadSchema())(values, context, options);

/**
 * The sign-in form: signInSchema checks the fields here (react-hook-form focuses the first wrong
 * one) and again in signInAction on the server, so both give the same catalog keys.
 */
export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations();
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<SignInInput>({
    resolver,
    defaultValues: { email: "", password: "", callbackUrl },
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit((values) => {
    setFormError(null);
    startTransition(async () => {
      const result = await signInAction(values);
      // On success the action redirects and never returns.
      if (result && !result.ok) {
        if (result.code === "LOCKED") {
          setFormError(t("auth.locked", { time: result.lockedUntil ? formatDateTime(new Date(result.lockedUntil)) : "15′" }));
        } else if (result.code === "INVALID_CREDENTIALS") {
          setFormError(t("auth.invalidCredentials"));
        } else if (result.code === "RATE_LIMITED") {
          setFormError(t("auth.rateLimited"));
        } else if (result.code === "PASSWORD_EXPIRED") {
          setFormError(t("auth.firstPasswordExpired", { hours: FIRST_PASSWORD_HOURS }));
        } else {
          setFormError(t(`errors.${result.code === "VALIDATION" ? "VALIDATION" : "INTERNAL"}`));
        }
      }
    });
  });

  return (
    <form onSubmit={onSubmit} onFocus={() => void loadSchema()} noValidate className="space-y-4">
      {formError && <Alert>{formError}</Alert>}
      <Field id="email" label={t("auth.email")} error={errors.email?.message && t(errors.email.message)}>
        <Input type="email" autoComplete="username" inputMode="email" {...register("email")} {...describedBy("email", errors.email?.message)} />
      </Field>
      <Field id="password" label={t("auth.password")} error={errors.password?.message && t(errors.password.message)}>
        <Input type="password" autoComplete="current-password" {...register("password")} {...describedBy("password", errors.password?.message)} />
      </Field>
      <Button type="submit" pending={pending} className="w-full">
        {pending ? t("auth.submitting") : t("auth.submit")}
      </Button>
    </form>
  );
}
