"use client";
import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";
import { Field, Input, Select, describedBy } from "@/components/ui/field";
import { CATEGORIES, GENDERS } from "@/lib/delegates/choices";
import type { DelegateFieldsInput } from "@/lib/delegates/schema";

export type UnitOption = { id: string; name: string; seatsLeft: number | null };
const THEORY = ["ELEMENTARY", "INTERMEDIATE", "ADVANCED", "BACHELOR"] as const;

/**
 * Every field of a delegate, for the add and edit forms (one react-hook-form, validated by
 * delegateFieldsSchema). `overQuota` is the notice shown above the reason field when the chosen
 * unit has filled its quota; null hides the field.
 */
export function DelegateFields({ form, units, ethnicGroups, overQuota }: { form: UseFormReturn<DelegateFieldsInput>; units: UnitOption[]; ethnicGroups: string[]; overQuota: string | null }) {
  const t = useTranslations();
  const { register, formState } = form;
  const err = (name: keyof DelegateFieldsInput) => {
    const m = formState.errors[name]?.message;
    return m ? t(m) : undefined;
  };
  return (
    <>
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
          <Input list="ethnic-groups" autoComplete="off" {...register("ethnicity")} {...describedBy("ethnicity", err("ethnicity"))} />
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
        <div className="space-y-1 self-end">
          <label className="flex items-center gap-2 text-sm font-medium">
            <input id="alternate" type="checkbox" className="size-4" {...register("alternate")} aria-describedby="alternate-help" />
            {t("delegates.form.alternate")}
          </label>
          <p id="alternate-help" className="text-xs text-muted">{t("delegates.form.alternateHelp")}</p>
          {err("alternate") && <p role="alert" className="text-xs font-medium text-red-800">{err("alternate")}</p>}
        </div>
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
      {overQuota !== null && (
        <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3">
          <p className="text-sm font-medium text-amber-900">{overQuota}</p>
          <Field id="overQuotaReason" label={t("delegates.form.overQuotaReason")} error={err("overQuotaReason")}>
            <Input {...register("overQuotaReason")} {...describedBy("overQuotaReason", err("overQuotaReason"))} />
          </Field>
        </div>
      )}
    </>
  );
}
