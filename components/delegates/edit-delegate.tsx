"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { type Path, useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { updateDelegateAction } from "@/lib/delegates/actions";
import type { DelegateFormValues } from "@/lib/delegates/form";
import { type DelegateFieldsInput, delegateFieldsSchema } from "@/lib/delegates/schema";
import { DelegateFields, type UnitOption } from "./delegate-fields";
import { useNotify } from "@/components/ui/toaster";

type Props = { id: string; version: number; values: DelegateFormValues; units: UnitOption[]; ethnicGroups: string[] };

/**
 * Edits every field of a delegate from the version loaded. When someone else saved first, the
 * save is refused and the form shows their values, so nothing is overwritten unseen.
 */
export function EditDelegate({ id, values, units, ethnicGroups, ...props }: Props) {
  const t = useTranslations();
  const notify = useNotify();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [version, setVersion] = useState(props.version);
  // What the stored record says, to tell whether the chosen unit is a move.
  const [saved, setSaved] = useState(values);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [quotaRefused, setQuotaRefused] = useState(false);
  const form = useForm<DelegateFieldsInput>({ resolver: zodResolver(delegateFieldsSchema), defaultValues: values });
  const { handleSubmit, setError, reset, control } = form;
  const [homeUnitId, category] = useWatch({ control, name: ["homeUnitId", "category"] });
  const unit = units.find((u) => u.id === homeUnitId);
  const takesSeat = category === "ELECTED" && Boolean(homeUnitId) && (saved.category !== "ELECTED" || saved.homeUnitId !== homeUnitId);
  const full = takesSeat && ((unit?.seatsLeft !== null && unit?.seatsLeft !== undefined && unit.seatsLeft <= 0) || quotaRefused);
  const keepsReason = category === "ELECTED" && homeUnitId === saved.homeUnitId && saved.overQuotaReason !== "";
  const overQuota = full ? t("delegates.edit.moveOverQuota") : keepsReason ? t("delegates.form.overQuota") : null;

  const onSubmit = handleSubmit((input) =>
    startTransition(async () => {
      setMessage(null);
      const result = await updateDelegateAction({ id, version, delegate: input });
      if (result.ok) {
        setVersion(result.data.version);
        setSaved(result.data.values);
        reset(result.data.values);
        setQuotaRefused(false);
        setMessage({ ok: true, text: t("delegates.edit.saved", { name: result.data.values.fullName }) });
        notify.success();
        router.refresh();
        return;
      }
      if (result.code === "VERSION_CONFLICT") {
        const current = result.current as { version: number; values: DelegateFormValues };
        setVersion(current.version);
        setSaved(current.values);
        reset(current.values);
        router.refresh();
      }
      if (result.code === "QUOTA_EXCEEDED") setQuotaRefused(true);
      for (const [field, keys] of Object.entries(result.fieldErrors ?? {})) setError(field.replace(/^delegate\./, "") as Path<DelegateFieldsInput>, { message: keys[0] });
      setMessage({ ok: false, text: result.code === "QUOTA_EXCEEDED" ? t("delegates.form.overQuotaReasonRequired") : t(`errors.${result.code}`) });
      notify.failure();
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("delegates.edit.details")}>
      {message && <Alert tone={message.ok ? "success" : "error"}>{message.text}</Alert>}
      <DelegateFields form={form} units={units} ethnicGroups={ethnicGroups} overQuota={overQuota} />
      <Button type="submit" pending={pending}>{pending ? t("common.saving") : t("delegates.edit.save")}</Button>
    </form>
  );
}
