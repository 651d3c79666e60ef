"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { type Path, useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, describedBy } from "@/components/ui/field";
import { createDelegateAction } from "@/lib/delegates/actions";
import { CATEGORIES, type DelegateFieldsInput, GENDERS, delegateFieldsSchema } from "@/lib/delegates/schema";

type UnitOption = { id: string; name: string; seatsLeft: number | null };
const THEORY = ["ELEMENTARY", "INTERMEDIATE", "ADVANCED", "BACHELOR"] as const;

export function AddDelegate({ congressId, units, ethnicGroups }: { congressId: string; units: UnitOption[]; ethnicGroups: string[] }) {
  const t = useTranslations();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { register, handleSubmit, formState, setError, reset, control } = useForm<DelegateFieldsInput>({
    resolver: zodResolver(delegateFieldsSchema),
    defaultValues: { fullName: "", gender: "MALE", birth: "", ethnicity: "", category: "ELECTED", homeUnitId: "", theoryLevel: "" as never },
  });
  const err = (name: keyof DelegateFieldsInput) => {
    const m = formState.errors[name]?.message;
    return m ? t(m) : undefined;
  };
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
        router.refresh();
        return;
      }
      if (result.code === "QUOTA_EXCEEDED") setQuotaRefused(true);
      for (const [field, keys] of Object.entries(result.fieldErrors ?? {})) setError(field as Path<DelegateFieldsInput>, { message: keys[0] });
      setMessage({ ok: false, text: result.code === "QUOTA_EXCEEDED" ? t("delegates.form.overQuotaReasonRequired") : t(`errors.${result.code}`) });
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
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Field id="fullName" label={t("delegates.form.fullName")} error={err("fullName")}>
          <Input autoComplete="off" {...register("fullName")} {...describedBy("fullName", err("fullName"))} />
        </Field>
        <Field id="gender" label={t("delegates.form.gender")} error={err("gender")}>
          <Select {...register("gender")} {...describedBy("gender", err("gender"))}>
            {GENDERS.map((g) => (
              <option key={g} value={g}>{t(`delegates.gender.${g}`)}</option>
            ))}
          </Select>
        </Field>
        <Field id="birth" label={t("delegates.form.birth")} help={t("delegates.form.birthHelp")} error={err("birth")}>
          <Input inputMode="numeric" {...register("birth")} {...describedBy("birth", err("birth"), true)} />
        </Field>
        <Field id="ethnicity" label={t("delegates.form.ethnicity")} error={err("ethnicity")}>
          <Input list="ethnic-groups" {...register("ethnicity")} {...describedBy("ethnicity", err("ethnicity"))} />
        </Field>
        <datalist id="ethnic-groups">
          {ethnicGroups.map((g) => (
            <option key={g} value={g} />
          ))}
        </datalist>
        <Field id="partyAdmissionDate" label={t("delegates.form.partyAdmissionDate")} help={t("delegates.form.dateHelp")} error={err("partyAdmissionDate")}>
          <Input inputMode="numeric" {...register("partyAdmissionDate")} {...describedBy("partyAdmissionDate", err("partyAdmissionDate"), true)} />
        </Field>
        <Field id="theoryLevel" label={t("delegates.form.theoryLevel")} error={err("theoryLevel")}>
          <Select {...register("theoryLevel")} {...describedBy("theoryLevel", err("theoryLevel"))}>
            <option value="">{t("delegates.theory.NONE")}</option>
            {THEORY.map((l) => (
              <option key={l} value={l}>{t(`delegates.theory.${l}`)}</option>
            ))}
          </Select>
        </Field>
        <Field id="educationLevel" label={t("delegates.form.educationLevel")} error={err("educationLevel")}>
          <Input {...register("educationLevel")} {...describedBy("educationLevel", err("educationLevel"))} />
        </Field>
        <Field id="position" label={t("delegates.form.position")} error={err("position")}>
          <Input {...register("position")} {...describedBy("position", err("position"))} />
        </Field>
        <Field id="category" label={t("delegates.form.category")} error={err("category")}>
          <Select {...register("category")} {...describedBy("category", err("category"))}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>{t(`delegates.category.${c}`)}</option>
            ))}
          </Select>
        </Field>
        <Field id="homeUnitId" label={t("delegates.form.homeUnit")} error={err("homeUnitId")}>
          <Select {...register("homeUnitId")} {...describedBy("homeUnitId", err("homeUnitId"))}>
            <option value="">{t("delegates.form.noUnit")}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
                {u.seatsLeft !== null ? ` (${t("quotas.left", { count: Math.max(0, u.seatsLeft) })})` : ""}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="group" label={t("delegates.form.group")} error={err("group")}>
          <Input {...register("group")} {...describedBy("group", err("group"))} />
        </Field>
        <Field id="seat" label={t("delegates.form.seat")} error={err("seat")}>
          <Input {...register("seat")} {...describedBy("seat", err("seat"))} />
        </Field>
      </div>
      <Field id="note" label={t("delegates.form.note")} error={err("note")}>
        <Input {...register("note")} {...describedBy("note", err("note"))} />
      </Field>
      {full && (
        <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3">
          <p className="text-sm font-medium text-amber-900">{t("delegates.form.overQuota")}</p>
          <Field id="overQuotaReason" label={t("delegates.form.overQuotaReason")} error={err("overQuotaReason")}>
            <Input {...register("overQuotaReason")} {...describedBy("overQuotaReason", err("overQuotaReason"))} />
          </Field>
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>{pending ? t("common.saving") : t("delegates.form.submit")}</Button>
        <Button type="button" variant="ghost" onClick={() => setOpen(false)}>{t("common.cancel")}</Button>
      </div>
    </form>
  );
}
