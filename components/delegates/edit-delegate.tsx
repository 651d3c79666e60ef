"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { FormMessage, SubmitButton, useActionForm } from "@/components/forms/form-kit";
import { updateDelegateAction } from "@/lib/delegates/actions";
import type { DelegateFormValues } from "@/lib/delegates/form";
import { delegateFieldsSchema } from "@/lib/delegates/schema";
import { DelegateFields, type UnitOption } from "./delegate-fields";

type Props = { id: string; version: number; values: DelegateFormValues; units: UnitOption[]; ethnicGroups: string[] };

/**
 * Edits every field of a delegate from the version loaded. When someone else saved first, the
 * save is refused and the form shows their values, so nothing is overwritten unseen.
 */
export function EditDelegate({ id, values, units, ethnicGroups, ...props }: Props) {
  const t = useTranslations();
  const [version, setVersion] = useState(props.version);
  // What the stored record says, to tell whether the chosen unit is a move.
  const [saved, setSaved] = useState(values);
  const [quotaRefused, setQuotaRefused] = useState(false);
  const { form, onSubmit, pending, message } = useActionForm({
    schema: delegateFieldsSchema,
    defaultValues: values,
    action: updateDelegateAction,
    toInput: (delegate) => ({ id, version, delegate }),
    fieldPrefix: "delegate.",
    fromRecord: (record) => record.values,
    successText: (data) => t("delegates.edit.saved", { name: data.values.fullName }),
    refresh: true,
    onSuccess: (data) => {
      setVersion(data.version);
      setSaved(data.values);
      setQuotaRefused(false);
    },
    onFailure: (failure) => {
      if (failure.code === "VERSION_CONFLICT") {
        const current = failure.current as { version: number; values: DelegateFormValues };
        setVersion(current.version);
        setSaved(current.values);
      }
      setQuotaRefused(failure.code === "QUOTA_EXCEEDED");
    },
  });
  const [homeUnitId, category, alternate] = useWatch({ control: form.control, name: ["homeUnitId", "category", "alternate"] });
  const unit = units.find((u) => u.id === homeUnitId);
  const takesSeat = category === "ELECTED" && !alternate && Boolean(homeUnitId) && (saved.category !== "ELECTED" || saved.alternate || saved.homeUnitId !== homeUnitId);
  const full = takesSeat && ((unit?.seatsLeft !== null && unit?.seatsLeft !== undefined && unit.seatsLeft <= 0) || quotaRefused);
  const keepsReason = category === "ELECTED" && homeUnitId === saved.homeUnitId && saved.overQuotaReason !== "";
  const overQuota = full ? t("delegates.edit.moveOverQuota") : keepsReason ? t("delegates.form.overQuota") : null;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("delegates.edit.details")}>
      <FormMessage message={message} />
      <DelegateFields form={form} units={units} ethnicGroups={ethnicGroups} overQuota={overQuota} />
      <SubmitButton pending={pending} label={t("delegates.edit.save")} />
    </form>
  );
}
