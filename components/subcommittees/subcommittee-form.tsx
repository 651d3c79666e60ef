"use client";
import { useTranslations } from "next-intl";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { DateField, FormMessage, SelectField, SubmitButton, TextField, looseForm, useActionForm } from "@/components/forms/form-kit";
import { formatDate } from "@/lib/dates";
import { createSubCommitteeAction, updateSubCommitteeAction } from "@/lib/subcommittees/actions";
import { KIND_CHOICES, type SubCommitteeFormInput, createSubCommitteeSchema, updateSubCommitteeSchema } from "@/lib/subcommittees/schema";

export type SubCommitteeRecord = { id: string; version: number; kind: Exclude<SubCommitteeFormInput["kind"], "CUSTOM"> | null; name: string; decisionNumber: string | null; decisionDate: string | null };

const toValues = (s: SubCommitteeRecord): SubCommitteeFormInput => ({
  id: s.id,
  version: s.version,
  kind: s.kind ?? "CUSTOM",
  name: s.name,
  decisionNumber: s.decisionNumber ?? "",
  decisionDate: formatDate(s.decisionDate),
});

function Fields({ form, err, idPrefix }: { form: UseFormReturn<FieldValues>; err: (n: string) => string | undefined; idPrefix: string }) {
  const t = useTranslations("subCommittees");
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField form={form} name="kind" label={t("fields.kind")} error={err("kind")} idPrefix={idPrefix} options={KIND_CHOICES.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
        <TextField form={form} name="name" label={t("fields.name")} help={t("nameHelp")} error={err("name")} idPrefix={idPrefix} />
        <TextField form={form} name="decisionNumber" label={t("fields.decisionNumber")} help={t("decisionHelp")} error={err("decisionNumber")} idPrefix={idPrefix} />
        <DateField form={form} name="decisionDate" label={t("fields.decisionDate")} error={err("decisionDate")} idPrefix={idPrefix} />
      </div>
    </>
  );
}

export function CreateSubCommitteeForm({ congressId }: { congressId: string }) {
  const t = useTranslations("subCommittees");
  const { form, onSubmit, pending, message, fieldError } = useActionForm({
    schema: createSubCommitteeSchema,
    action: createSubCommitteeAction,
    defaultValues: { congressId, kind: "DOCUMENTS", name: "", decisionNumber: "", decisionDate: "" },
    successText: t("created"),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      <Fields form={looseForm(form)} err={fieldError} idPrefix="new-sub" />
      <SubmitButton pending={pending} label={t("create")} />
    </form>
  );
}

export function EditSubCommitteeForm({ subCommittee }: { subCommittee: SubCommitteeRecord }) {
  const t = useTranslations("subCommittees");
  const { form, onSubmit, pending, message, fieldError } = useActionForm({
    schema: updateSubCommitteeSchema,
    action: updateSubCommitteeAction,
    defaultValues: toValues(subCommittee),
    fromRecord: (r) => toValues(r),
    successText: t("saved"),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      <Fields form={looseForm(form)} err={fieldError} idPrefix={`sub-${subCommittee.id}`} />
      <SubmitButton pending={pending} label={t("save")} />
    </form>
  );
}
