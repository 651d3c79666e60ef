"use client";
import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, describedBy } from "@/components/ui/field";
import { signInAction } from "@/lib/auth/actions";
import { formatDateTime } from "@/lib/dates";

type Errors = { email?: string; password?: string };

/**
 * The sign-in form. The first page everyone opens, often on a phone: it checks the two fields
 * itself instead of loading zod and react-hook-form, and the action validates again with
 * signInSchema on the server. The messages are the same catalog keys the schema uses.
 */
export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations();
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const email = emailRef.current?.value.trim() ?? "";
    const password = passwordRef.current?.value ?? "";
    const found: Errors = {
      email: email === "" ? "errors.required" : email.length > 320 ? "errors.tooLong" : undefined,
      password: password === "" ? "errors.required" : password.length > 256 ? "errors.tooLong" : undefined,
    };
    setErrors(found);
    if (found.email) return emailRef.current?.focus();
    if (found.password) return passwordRef.current?.focus();
    startTransition(async () => {
      const result = await signInAction({ email, password, callbackUrl });
      // On success the action redirects and never returns.
      if (result && !result.ok) {
        if (result.code === "LOCKED") {
          setFormError(t("auth.locked", { time: result.lockedUntil ? formatDateTime(new Date(result.lockedUntil)) : "15′" }));
        } else if (result.code === "INVALID_CREDENTIALS") {
          setFormError(t("auth.invalidCredentials"));
        } else if (result.code === "RATE_LIMITED") {
          setFormError(t("auth.rateLimited"));
        } else {
          setFormError(t(`errors.${result.code === "VALIDATION" ? "VALIDATION" : "INTERNAL"}`));
        }
      }
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Alert>{formError}</Alert>}
      <Field id="email" label={t("auth.email")} error={errors.email && t(errors.email)}>
        <Input ref={emailRef} name="email" type="email" autoComplete="username" inputMode="email" {...describedBy("email", errors.email)} />
      </Field>
      <Field id="password" label={t("auth.password")} error={errors.password && t(errors.password)}>
        <Input ref={passwordRef} name="password" type="password" autoComplete="current-password" {...describedBy("password", errors.password)} />
      </Field>
      <Button type="submit" pending={pending} className="w-full">
        {pending ? t("auth.submitting") : t("auth.submit")}
      </Button>
    </form>
  );
}
