"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormMessage, SelectField, SubmitButton, TextField, useActionForm } from "@/components/forms/form-kit";
import { useAction } from "@/components/forms/use-action";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { createTokenAction, revokeTokenAction } from "@/lib/api/actions";
import { createTokenSchema } from "@/lib/api/token-schema";

export type TokenRow = { id: string; name: string; prefix: string; scope: "READ" | "READ_IMPORT"; createdAt: string; expiresAt: string; expired: boolean; lastUsedAt: string | null; revoked: boolean };

const DAYS = [30, 90, 180, 365] as const;

export function ApiTokens({ tokens }: { tokens: TokenRow[] }) {
  const t = useTranslations();
  const [created, setCreated] = useState<string | null>(null);
  const { form, onSubmit, pending, message, fieldError } = useActionForm({
    schema: createTokenSchema,
    defaultValues: { name: "", days: 90, scope: "READ", password: "" },
    action: createTokenAction,
    refresh: true,
    onSuccess: (data) => setCreated(data.token),
  });
  const revoking = useAction(revokeTokenAction, { refresh: true, successText: () => t("apiTokens.revokedDone") });
  const revoke = (token: TokenRow) => {
    if (window.confirm(t("apiTokens.confirmRevoke", { name: token.name }))) revoking.run({ id: token.id });
  };

  return (
    <div className="space-y-4">
      <p className="text-sm text-muted">{t("apiTokens.intro")}</p>
      <FormMessage message={message ?? revoking.message} />
      {created && (
        <Alert tone="success">
          <p className="mb-1">{t("apiTokens.created")}</p>
          <code data-testid="new-token" className="block break-all rounded bg-white px-2 py-1 font-mono text-sm text-ink">{created}</code>
          <Button type="button" variant="secondary" className="mt-2 btn-sm" onClick={() => void navigator.clipboard?.writeText(created)}>
            {t("apiTokens.copy")}
          </Button>
        </Alert>
      )}
      <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2">
        <TextField form={form} name="name" idPrefix="token" label={t("apiTokens.name")} help={t("apiTokens.nameHelp")} error={fieldError("name")} />
        <TextField form={form} name="password" idPrefix="token" type="password" autoComplete="current-password" label={t("apiTokens.password")} help={t("apiTokens.passwordHelp")} error={fieldError("password")} />
        <SelectField form={form} name="days" idPrefix="token" label={t("apiTokens.days")} error={fieldError("days")} options={DAYS.map((d) => ({ value: String(d), label: t("apiTokens.daysOption", { days: d }) }))} />
        <SelectField form={form} name="scope" idPrefix="token" label={t("apiTokens.scope")} error={fieldError("scope")} options={(["READ", "READ_IMPORT"] as const).map((s) => ({ value: s, label: t(`apiTokens.scopes.${s}`) }))} />
        <div className="sm:col-span-2">
          <SubmitButton pending={pending} label={t("apiTokens.create")} />
        </div>
      </form>
      {tokens.length === 0 ? (
        <p className="text-sm text-muted">{t("apiTokens.none")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <thead className="text-xs uppercase text-muted">
              <tr>
                <th scope="col" className="py-1 pr-2">{t("apiTokens.name")}</th>
                <th scope="col" className="py-1 pr-2">{t("apiTokens.prefix")}</th>
                <th scope="col" className="py-1 pr-2">{t("apiTokens.scope")}</th>
                <th scope="col" className="py-1 pr-2">{t("apiTokens.createdAt")}</th>
                <th scope="col" className="py-1 pr-2">{t("apiTokens.expiresAt")}</th>
                <th scope="col" className="py-1 pr-2">{t("apiTokens.lastUsed")}</th>
                <th scope="col" className="py-1" />
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id} className="border-t border-stone-200">
                  <th scope="row" className="py-2 pr-2 font-medium">{token.name}</th>
                  <td className="py-2 pr-2 font-mono text-xs">{token.prefix}…</td>
                  <td className="py-2 pr-2">{t(`apiTokens.scopes.${token.scope}`)}</td>
                  <td className="py-2 pr-2">{token.createdAt}</td>
                  <td className="py-2 pr-2">{token.expiresAt}</td>
                  <td className="py-2 pr-2">{token.lastUsedAt ?? t("apiTokens.never")}</td>
                  <td className="py-2">
                    {token.revoked ? (
                      <Badge>{t("apiTokens.revoked")}</Badge>
                    ) : token.expired ? (
                      <Badge>{t("apiTokens.expired")}</Badge>
                    ) : (
                      <Button variant="danger" className="btn-sm" disabled={revoking.pending} onClick={() => revoke(token)} aria-label={`${t("apiTokens.revoke")}: ${token.name}`}>
                        {t("apiTokens.revoke")}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
