"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormMessage, SubmitButton, TextField, useActionForm } from "@/components/forms/form-kit";
import { redeemSignInLinkAction } from "@/lib/users/link-actions";
import { redeemSignInLinkSchema } from "@/lib/users/schema";

export function RedeemLinkForm() {
  const t = useTranslations();
  const router = useRouter();
  const f = useActionForm({
    schema: redeemSignInLinkSchema,
    defaultValues: { token: "", newPassword: "", confirmPassword: "" },
    // The token is read from the fragment when sent, so it never sits in the server's render.
    action: (input) => redeemSignInLinkAction({ ...input, token: window.location.hash.slice(1) }),
    onSuccess: () => router.push("/sign-in"),
  });
  return (
    <form onSubmit={f.onSubmit} noValidate className="space-y-4">
      <FormMessage message={f.message} />
      {f.fieldError("_form") && <p role="alert">{f.fieldError("_form")}</p>}
      <TextField form={f.form} idPrefix="link" name="newPassword" type="password" autoComplete="new-password" label={t("settings.newPassword")} help={t("settings.passwordHelp")} error={f.fieldError("newPassword")} />
      <TextField form={f.form} idPrefix="link" name="confirmPassword" type="password" autoComplete="new-password" label={t("settings.confirmPassword")} error={f.fieldError("confirmPassword")} />
      <SubmitButton pending={f.pending} label={t("setup.choosePassword")} />
    </form>
  );
}
