"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { type Path, type Resolver, useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { createDelegateAction } from "@/lib/delegates/actions";
import type { DelegateFieldsInput } from "@/lib/delegates/schema";
import { DelegateFields, type UnitOption } from "./delegate-fields";
import { useNotify } from "@/components/ui/toaster";

// The schema (and zod) loads when the form is used, not with the roster.
const resolver: Resolver<DelegateFieldsInput> = async (values, context, options) => zodResolver((await import("@/lib/delegates/schema")).delegateFieldsSchema)(values, context, options);

export function AddDelegate({ congressId, units, ethnicGroups }: { congressId: string; units: UnitOption[]; ethnicGroups: string[] }) {
  const t = useTranslations();
  const notify = useNotify();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const form = useForm<DelegateFieldsInput>({
    resolver,
    defaultValues: { fullName: "", gender: "MALE", birth: "", ethnicity: "", category: "ELECTED", homeUnitId: "", theoryLevel: "" as never },
  });
  const { handleSubmit, setError, reset, control } = form;
  const [homeUnitId, category] = useWatch({ control, name: ["homeUnitId", "category"] });
  const unit = units.find((u) => u.id === homeUnitId);
  const [quotaRefused, setQuotaRefused] = useState(false);
  const full = category === "ELECTED" && ((unit && unit.seatsLeft !== null && unit.seatsLeft <= 0) || quotaRefused);

  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      setMessage(null);
      const result = await createDelegateAction({ congressId, delegate: values });
      if (result.ok) {
        reset();
        setQuotaRefused(false);
        setMessage({ ok: true, text: t("delegates.form.saved", { name: values.fullName }) });
        notify.success();
        router.refresh();
        return;
      }
      if (result.code === "QUOTA_EXCEEDED") setQuotaRefused(true);
      for (const [field, keys] of Object.entries(result.fieldErrors ?? {})) setError(field.replace(/^delegate\./, "") as Path<DelegateFieldsInput>, { message: keys[0] });
      setMessage({ ok: false, text: result.code === "QUOTA_EXCEEDED" ? t("delegates.form.overQuotaReasonRequired") : t(`errors.${result.code}`) });
      notify.failure();
    }),
  );

  if (!open) {
    return (
      <div className="space-y-2">
        {message && <Alert tone={message.ok ? "success" : "error"}>{message.text}</Alert>}
        <Button variant="secondary" onClick={() => setOpen(true)} aria-expanded={false}>
          {t("delegates.form.add")}
        </Button>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-stone-200 bg-white p-4" aria-labelledby="add-delegate-title">
      <h3 id="add-delegate-title" className="text-lg font-semibold">{t("delegates.form.title")}</h3>
      {message && <Alert tone={message.ok ? "success" : "error"}>{message.text}</Alert>}
      <DelegateFields form={form} units={units} ethnicGroups={ethnicGroups} overQuota={full ? t("delegates.form.overQuota") : null} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>{pending ? t("common.saving") : t("delegates.form.submit")}</Button>
        <Button type="button" variant="ghost" onClick={() => setOpen(false)}>{t("common.cancel")}</Button>
      </div>
    </form>
  );
}
