"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormMessage, SubmitButton, useActionForm } from "@/components/forms/form-kit";
import { Field, Input, describedBy } from "@/components/ui/field";
import { changePasswordAction } from "@/lib/auth/actions";
import { type ChangePasswordInput, changePasswordSchema } from "@/lib/auth/schema";

export function PasswordForm() {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, pending, message } = useActionForm({
    schema: changePasswordSchema,
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
    action: changePasswordAction,
    successText: () => t("settings.passwordChanged"),
    // Every session, this one included, has ended: go sign in again.
    onSuccess: () => window.setTimeout(() => router.push("/sign-in"), 1500),
  });
  const { register, formState } = form;
  const err = (name: keyof ChangePasswordInput) => {
    const m = formState.errors[name]?.message;
    return m ? t(m) : undefined;
  };

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      <FormMessage message={message} />
      <Field id="currentPassword" label={t("settings.currentPassword")} error={err("currentPassword")}>
        <Input type="password" autoComplete="current-password" {...register("currentPassword")} {...describedBy("currentPassword", err("currentPassword"))} />
      </Field>
      <Field id="newPassword" label={t("settings.newPassword")} help={t("settings.passwordHelp")} error={err("newPassword")}>
        <Input type="password" autoComplete="new-password" {...register("newPassword")} {...describedBy("newPassword", err("newPassword"), true)} />
      </Field>
      <Field id="confirmPassword" label={t("settings.confirmPassword")} error={err("confirmPassword")}>
        <Input type="password" autoComplete="new-password" {...register("confirmPassword")} {...describedBy("confirmPassword", err("confirmPassword"))} />
      </Field>
      <SubmitButton pending={pending} label={t("settings.changePassword")} />
    </form>
  );
}
