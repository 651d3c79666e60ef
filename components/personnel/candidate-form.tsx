"use client";
import { useTranslations } from "next-intl";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { DateField, FormMessage, SelectField, SubmitButton, TextAreaField, TextField, looseForm, useActionForm } from "@/components/forms/form-kit";
import { GENDERS } from "@/lib/delegates/choices";
import { addCandidateAction, updateCandidateAction } from "@/lib/personnel/actions";
import { INTRODUCTION_STEPS, SECTORS, type Sector, TENURES, type Tenure } from "@/lib/personnel/choices";
import { type CandidateFieldsInput, addCandidateSchema, updateCandidateSchema } from "@/lib/personnel/schema";

export type DelegateChoice = { id: string; fullName: string; birthYear: number };
export type CandidateRecord = {
  id: string;
  version: number;
  delegateId: string | null;
  fullName: string;
  gender: "MALE" | "FEMALE";
  birthDate: string | null;
  birthYear: number;
  ethnicity: string;
  position: string | null;
  sector: Sector;
  tenure: Tenure;
  standingCommittee: boolean;
  screeningNotes: string | null;
  steps: { step: number; heldOn: string | null; percent: number | null }[];
};

const vnDate = (iso: string | null) => (iso ? iso.split("-").reverse().join("/") : "");

const emptyFields = (): CandidateFieldsInput => ({
  delegateId: "",
  fullName: "",
  gender: "",
  birth: "",
  ethnicity: "",
  position: "",
  sector: "PARTY",
  tenure: "RE_ELECTED",
  standingCommittee: false,
  screeningNotes: "",
  steps: INTRODUCTION_STEPS.map((step) => ({ step, heldOn: "", percent: "" })),
});

const toFields = (c: CandidateRecord): CandidateFieldsInput => ({
  delegateId: c.delegateId ?? "",
  fullName: c.delegateId ? "" : c.fullName,
  gender: c.delegateId ? "" : c.gender,
  birth: c.delegateId ? "" : c.birthDate ? vnDate(c.birthDate) : String(c.birthYear),
  ethnicity: c.delegateId ? "" : c.ethnicity,
  position: c.position ?? "",
  sector: c.sector,
  tenure: c.tenure,
  standingCommittee: c.standingCommittee,
  screeningNotes: c.screeningNotes ?? "",
  steps: INTRODUCTION_STEPS.map((step) => {
    const s = c.steps.find((x) => x.step === step);
    return { step, heldOn: vnDate(s?.heldOn ?? null), percent: s?.percent === null || s?.percent === undefined ? "" : String(s.percent) };
  }),
});

function Fields({ form, err, idPrefix, delegates }: { form: UseFormReturn<FieldValues>; err: (n: string) => string | undefined; idPrefix: string; delegates: DelegateChoice[] }) {
  const t = useTranslations();
  const p = "candidate.";
  return (
    <div className="space-y-4">
      <SelectField form={form} name={`${p}delegateId`} label={t("personnel.form.delegate")} help={t("personnel.form.delegateHelp")} error={err(`${p}delegateId`)} idPrefix={idPrefix} empty={t("personnel.form.delegateNone")} options={delegates.map((d) => ({ value: d.id, label: `${d.fullName} (${d.birthYear})` }))} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField form={form} name={`${p}fullName`} label={t("personnel.form.fullName")} error={err(`${p}fullName`)} idPrefix={idPrefix} autoComplete="off" />
        <SelectField form={form} name={`${p}gender`} label={t("personnel.form.gender")} error={err(`${p}gender`)} idPrefix={idPrefix} empty="" options={GENDERS.map((g) => ({ value: g, label: t(`delegates.gender.${g}`) }))} />
        <TextField form={form} name={`${p}birth`} label={t("personnel.form.birth")} error={err(`${p}birth`)} idPrefix={idPrefix} inputMode="numeric" autoComplete="off" />
        <TextField form={form} name={`${p}ethnicity`} label={t("personnel.form.ethnicity")} error={err(`${p}ethnicity`)} idPrefix={idPrefix} autoComplete="off" />
        <TextField form={form} name={`${p}position`} label={t("personnel.form.position")} error={err(`${p}position`)} idPrefix={idPrefix} />
        <SelectField form={form} name={`${p}sector`} label={t("personnel.form.sector")} error={err(`${p}sector`)} idPrefix={idPrefix} options={SECTORS.map((s) => ({ value: s, label: t(`personnel.sectors.${s}`) }))} />
        <SelectField form={form} name={`${p}tenure`} label={t("personnel.form.tenure")} error={err(`${p}tenure`)} idPrefix={idPrefix} options={TENURES.map((s) => ({ value: s, label: t(`personnel.tenures.${s}`) }))} />
        <label className="flex items-center gap-2 self-end pb-2 text-sm font-medium">
          <input type="checkbox" {...form.register(`${p}standingCommittee`)} className="size-5" />
          {t("personnel.form.standingCommittee")}
        </label>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">{t("personnel.candidates.introduction")}</legend>
        {INTRODUCTION_STEPS.map((step, i) => (
          <div key={step} className="grid items-end gap-2 sm:grid-cols-[1fr_10rem_8rem]">
            <span className="pb-2 text-sm">{t(`personnel.steps.${step}`)}</span>
            <DateField form={form} name={`${p}steps.${i}.heldOn`} label={t("personnel.form.stepDate")} error={err(`${p}steps.${i}.heldOn`)} idPrefix={`${idPrefix}-s${step}`} />
            <TextField form={form} name={`${p}steps.${i}.percent`} label={t("personnel.form.stepPercent")} error={err(`${p}steps.${i}.percent`)} idPrefix={`${idPrefix}-s${step}`} inputMode="decimal" />
          </div>
        ))}
      </fieldset>
      <TextAreaField form={form} name={`${p}screeningNotes`} label={t("personnel.form.screeningNotes")} error={err(`${p}screeningNotes`)} idPrefix={idPrefix} />
    </div>
  );
}

export function AddCandidateForm({ congressId, delegates }: { congressId: string; delegates: DelegateChoice[] }) {
  const t = useTranslations("personnel");
  const { form, onSubmit, pending, message, fieldError } = useActionForm({
    schema: addCandidateSchema,
    action: addCandidateAction,
    defaultValues: { congressId, candidate: emptyFields() },
    successText: t("candidates.added"),
    refresh: true,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("candidates.add")}>
      <FormMessage message={message} />
      <Fields form={looseForm(form)} err={fieldError} idPrefix="add-candidate" delegates={delegates} />
      <SubmitButton pending={pending} label={t("candidates.add")} />
    </form>
  );
}

export function EditCandidateForm({ candidate, delegates }: { candidate: CandidateRecord; delegates: DelegateChoice[] }) {
  const t = useTranslations("personnel");
  const { form, onSubmit, pending, message, fieldError } = useActionForm({
    schema: updateCandidateSchema,
    action: updateCandidateAction,
    defaultValues: { id: candidate.id, version: candidate.version, candidate: toFields(candidate) },
    fromRecord: (r) => ({ id: r.id, version: r.version, candidate: toFields(r) }),
    successText: t("scheme.saved"),
    refresh: true,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      <Fields form={looseForm(form)} err={fieldError} idPrefix={`candidate-${candidate.id}`} delegates={delegates} />
      <SubmitButton pending={pending} label={t("scheme.save")} />
    </form>
  );
}
