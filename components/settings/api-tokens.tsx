"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, Input, describedBy } from "@/components/ui/field";
import { createTokenAction, revokeTokenAction } from "@/lib/api/actions";
import { type CreateTokenInput, createTokenSchema } from "@/lib/api/token-schema";
import { useNotify } from "@/components/ui/toaster";

export type TokenRow = { id: string; name: string; prefix: string; createdAt: string; lastUsedAt: string | null; revoked: boolean };

export function ApiTokens({ tokens }: { tokens: TokenRow[] }) {
  const t = useTranslations();
  const notify = useNotify();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [created, setCreated] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { register, handleSubmit, formState, reset, setError } = useForm<CreateTokenInput>({ resolver: zodResolver(createTokenSchema), defaultValues: { name: "" } });
  const nameError = formState.errors.name?.message ? t(formState.errors.name.message) : undefined;

  const onCreate = handleSubmit((values) =>
    startTransition(async () => {
      setMessage(null);
      const result = await createTokenAction(values);
      if (result.ok) {
        setCreated(result.data.token);
        notify.success();
        reset();
        router.refresh();
      } else {
        if (result.fieldErrors?.name) setError("name", { message: result.fieldErrors.name[0] });
        setMessage({ ok: false, text: t(`errors.${result.code}`) });
        notify.failure();
      }
    }),
  );

  const revoke = (token: TokenRow) => {
    if (!window.confirm(t("apiTokens.confirmRevoke", { name: token.name }))) return;
    startTransition(async () => {
      const result = await revokeTokenAction({ id: token.id });
      setMessage(result.ok ? { ok: true, text: t("apiTokens.revokedDone") } : { ok: false, text: t(`errors.${result.code}`) });
      if (result.ok) notify.success();
      else notify.failure();
      router.refresh();
    });
  };

  return (
    <div className="space-y-4">
      <p className="text-sm text-muted">{t("apiTokens.intro")}</p>
      {message && <Alert tone={message.ok ? "success" : "error"}>{message.text}</Alert>}
      {created && (
        <Alert tone="success">
          <p className="mb-1">{t("apiTokens.created")}</p>
          <code data-testid="new-token" className="block break-all rounded bg-white px-2 py-1 font-mono text-sm text-ink">{created}</code>
          <Button type="button" variant="secondary" className="mt-2 btn-sm" onClick={() => void navigator.clipboard?.writeText(created).then(() => setMessage({ ok: true, text: t("apiTokens.copied") }))}>
            {t("apiTokens.copy")}
          </Button>
        </Alert>
      )}
      <form onSubmit={onCreate} noValidate className="flex flex-wrap items-end gap-2">
        <div className="min-w-60 flex-1">
          <Field id="token-name" label={t("apiTokens.name")} help={t("apiTokens.nameHelp")} error={nameError}>
            <Input {...register("name")} {...describedBy("token-name", nameError, true)} />
          </Field>
        </div>
        <Button type="submit" pending={pending}>{t("apiTokens.create")}</Button>
      </form>
      {tokens.length === 0 ? (
        <p className="text-sm text-muted">{t("apiTokens.none")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[32rem] text-left text-sm">
            <thead className="text-xs uppercase text-muted">
              <tr>
                <th scope="col" className="py-1 pr-2">{t("apiTokens.name")}</th>
                <th scope="col" className="py-1 pr-2">{t("apiTokens.prefix")}</th>
                <th scope="col" className="py-1 pr-2">{t("apiTokens.createdAt")}</th>
                <th scope="col" className="py-1 pr-2">{t("apiTokens.lastUsed")}</th>
                <th scope="col" className="py-1" />
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id} className="border-t border-stone-200">
                  <th scope="row" className="py-2 pr-2 font-medium">{token.name}</th>
                  <td className="py-2 pr-2 font-mono text-xs">{token.prefix}…</td>
                  <td className="py-2 pr-2">{token.createdAt}</td>
                  <td className="py-2 pr-2">{token.lastUsedAt ?? t("apiTokens.never")}</td>
                  <td className="py-2">
                    {token.revoked ? (
                      <Badge>{t("apiTokens.revoked")}</Badge>
                    ) : (
                      <Button variant="danger" className="btn-sm" disabled={pending} onClick={() => revoke(token)}>
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
