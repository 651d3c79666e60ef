"use client";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useWatch } from "react-hook-form";
import { FormMessage, SubmitButton, useActionForm } from "@/components/forms/form-kit";
import { Button } from "@/components/ui/button";
import { createDelegateAction } from "@/lib/delegates/actions";
import type { DelegateFieldsInput } from "@/lib/delegates/schema";
import { DelegateFields, type UnitOption } from "./delegate-fields";

const EMPTY: DelegateFieldsInput = { fullName: "", gender: "MALE", birth: "", ethnicity: "", category: "ELECTED", alternate: false, homeUnitId: "", theoryLevel: "" as never };

export function AddDelegate({ congressId, units, ethnicGroups }: { congressId: string; units: UnitOption[]; ethnicGroups: string[] }) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  const [quotaRefused, setQuotaRefused] = useState(false);
  const saving = useRef("");
  const { form, onSubmit, pending, message } = useActionForm({
    // The schema (and zod) loads when the form is used, not with the roster.
    schema: () => import("@/lib/delegates/schema").then((m) => m.delegateFieldsSchema),
    defaultValues: EMPTY,
    action: createDelegateAction,
    toInput: (values) => {
      saving.current = values.fullName;
      return { congressId, delegate: values };
    },
    fieldPrefix: "delegate.",
    successText: () => t("delegates.form.saved", { name: saving.current }),
    refresh: true,
    onSuccess: () => setQuotaRefused(false),
    onFailure: (failure) => setQuotaRefused(failure.code === "QUOTA_EXCEEDED"),
  });
  const [homeUnitId, category, alternate] = useWatch({ control: form.control, name: ["homeUnitId", "category", "alternate"] });
  const unit = units.find((u) => u.id === homeUnitId);
  const full = category === "ELECTED" && !alternate && ((unit && unit.seatsLeft !== null && unit.seatsLeft <= 0) || quotaRefused);

  if (!open) {
    return (
      <div className="space-y-2">
        <FormMessage message={message} />
        <Button variant="secondary" onClick={() => setOpen(true)} aria-expanded={false}>
          {t("delegates.form.add")}
        </Button>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-stone-200 bg-white p-4" aria-labelledby="add-delegate-title">
      <h3 id="add-delegate-title" className="text-lg font-semibold">{t("delegates.form.title")}</h3>
      <FormMessage message={message} />
      <DelegateFields form={form} units={units} ethnicGroups={ethnicGroups} overQuota={full ? t("delegates.form.overQuota") : null} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={pending} label={t("delegates.form.submit")} />
        <Button type="button" variant="ghost" onClick={() => setOpen(false)}>{t("common.cancel")}</Button>
      </div>
    </form>
  );
}
