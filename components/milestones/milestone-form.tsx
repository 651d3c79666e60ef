"use client";
import { useTranslations } from "next-intl";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { DateField, FormMessage, SelectField, SubmitButton, TextField, looseForm, useActionForm } from "@/components/forms/form-kit";
import { formatDate } from "@/lib/dates";
import { createMilestoneAction, updateMilestoneAction } from "@/lib/milestones/actions";
import { MILESTONE_STATUSES, type MilestoneFormInput, createMilestoneSchema, updateMilestoneSchema } from "@/lib/milestones/schema";

export type MilestoneRecord = { id: string; version: number; name: string; plannedOn: string; doneOn: string | null; status: MilestoneFormInput["status"]; reference: string | null };

const toValues = (m: MilestoneRecord): MilestoneFormInput => ({
  id: m.id,
  version: m.version,
  name: m.name,
  plannedOn: formatDate(m.plannedOn),
  doneOn: formatDate(m.doneOn),
  status: m.status,
  reference: m.reference ?? "",
});

function Fields({ form, err, idPrefix }: { form: UseFormReturn<FieldValues>; err: (n: string) => string | undefined; idPrefix: string }) {
  const t = useTranslations("milestones");
  return (
    <>
      <TextField form={form} name="name" label={t("fields.name")} error={err("name")} idPrefix={idPrefix} />
      <div className="grid gap-4 sm:grid-cols-3">
        <DateField form={form} name="plannedOn" label={t("fields.plannedOn")} error={err("plannedOn")} idPrefix={idPrefix} />
        <SelectField form={form} name="status" label={t("fields.status")} error={err("status")} idPrefix={idPrefix} options={MILESTONE_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))} />
        <DateField form={form} name="doneOn" label={t("fields.doneOn")} error={err("doneOn")} help={t("doneOnHelp")} idPrefix={idPrefix} />
      </div>
      <TextField form={form} name="reference" label={t("fields.reference")} help={t("referenceHelp")} error={err("reference")} idPrefix={idPrefix} />
    </>
  );
}

export function EditMilestoneForm({ milestone }: { milestone: MilestoneRecord }) {
  const t = useTranslations("milestones");
  const { form, onSubmit, pending, message, fieldError } = useActionForm({
    schema: updateMilestoneSchema,
    action: updateMilestoneAction,
    defaultValues: toValues(milestone),
    fromRecord: (r) => toValues(r),
    successText: t("saved"),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      <Fields form={looseForm(form)} err={fieldError} idPrefix={`m-${milestone.id}`} />
      <SubmitButton pending={pending} label={t("save")} />
    </form>
  );
}

export function CreateMilestoneForm({ congressId }: { congressId: string }) {
  const t = useTranslations("milestones");
  const { form, onSubmit, pending, message, fieldError } = useActionForm({
    schema: createMilestoneSchema,
    action: createMilestoneAction,
    defaultValues: { congressId, name: "", plannedOn: "", doneOn: "", status: "PLANNED", reference: "" },
    successText: t("created"),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      <Fields form={looseForm(form)} err={fieldError} idPrefix="new-milestone" />
      <SubmitButton pending={pending} label={t("create")} />
    </form>
  );
}
