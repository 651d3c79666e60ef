"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { type Path, useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, describedBy } from "@/components/ui/field";
import { changePasswordAction } from "@/lib/auth/actions";
import { type ChangePasswordInput, changePasswordSchema } from "@/lib/auth/schema";
import { useNotify } from "@/components/ui/toaster";

export function PasswordForm() {
  const t = useTranslations();
  const router = useRouter();
  const notify = useNotify();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });
  const err = (name: keyof ChangePasswordInput) => {
    const m = formState.errors[name]?.message;
    return m ? t(m) : undefined;
  };

  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      setMessage(null);
      const result = await changePasswordAction(values);
      if (result.ok) {
        reset();
        setMessage({ ok: true, text: t("settings.passwordChanged") });
        notify.success();
        // Every session, this one included, has ended: go sign in again.
        window.setTimeout(() => router.push("/sign-in"), 1500);
        return;
      }
      for (const [field, keys] of Object.entries(result.fieldErrors ?? {})) setError(field as Path<ChangePasswordInput>, { message: keys[0] });
      setMessage({ ok: false, text: t(`errors.${result.code}`) });
      notify.failure();
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      {message && <Alert tone={message.ok ? "success" : "error"}>{message.text}</Alert>}
      <Field id="currentPassword" label={t("settings.currentPassword")} error={err("currentPassword")}>
        <Input type="password" autoComplete="current-password" {...register("currentPassword")} {...describedBy("currentPassword", err("currentPassword"))} />
      </Field>
      <Field id="newPassword" label={t("settings.newPassword")} help={t("settings.passwordHelp")} error={err("newPassword")}>
        <Input type="password" autoComplete="new-password" {...register("newPassword")} {...describedBy("newPassword", err("newPassword"), true)} />
      </Field>
      <Field id="confirmPassword" label={t("settings.confirmPassword")} error={err("confirmPassword")}>
        <Input type="password" autoComplete="new-password" {...register("confirmPassword")} {...describedBy("confirmPassword", err("confirmPassword"))} />
      </Field>
      <Button type="submit" pending={pending}>
        {pending ? t("common.saving") : t("settings.changePassword")}
      </Button>
    </form>
  );
}
