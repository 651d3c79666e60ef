"use client";
import { useTranslations } from "next-intl";
import { DateField, FormMessage, SelectField, SubmitButton, TextField, useActionForm } from "@/components/planning/form-kit";
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

function useLabels() {
  const t = useTranslations("milestones");
  return { t, statuses: MILESTONE_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) })) };
}

export function EditMilestoneForm({ milestone }: { milestone: MilestoneRecord }) {
  const { t, statuses } = useLabels();
  const { form, onSubmit, pending, message, fieldError } = useActionForm({
    schema: updateMilestoneSchema,
    action: updateMilestoneAction,
    defaultValues: toValues(milestone),
    fromRecord: (r) => toValues(r),
    successText: t("saved"),
  });
  const p = `m-${milestone.id}`;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      <TextField form={form} name="name" label={t("fields.name")} error={fieldError("name")} idPrefix={p} />
      <div className="grid gap-4 sm:grid-cols-3">
        <DateField form={form} name="plannedOn" label={t("fields.plannedOn")} error={fieldError("plannedOn")} idPrefix={p} />
        <SelectField form={form} name="status" label={t("fields.status")} error={fieldError("status")} idPrefix={p} options={statuses} />
        <DateField form={form} name="doneOn" label={t("fields.doneOn")} error={fieldError("doneOn")} help={t("doneOnHelp")} idPrefix={p} />
      </div>
      <TextField form={form} name="reference" label={t("fields.reference")} help={t("referenceHelp")} error={fieldError("reference")} idPrefix={p} />
      <SubmitButton pending={pending} label={t("save")} />
    </form>
  );
}

export function CreateMilestoneForm({ congressId }: { congressId: string }) {
  const { t, statuses } = useLabels();
  const { form, onSubmit, pending, message, fieldError } = useActionForm({
    schema: createMilestoneSchema,
    action: createMilestoneAction,
    defaultValues: { congressId, name: "", plannedOn: "", doneOn: "", status: "PLANNED", reference: "" },
    successText: t("created"),
  });
  const p = "new-milestone";
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      <TextField form={form} name="name" label={t("fields.name")} error={fieldError("name")} idPrefix={p} />
      <div className="grid gap-4 sm:grid-cols-3">
        <DateField form={form} name="plannedOn" label={t("fields.plannedOn")} error={fieldError("plannedOn")} idPrefix={p} />
        <SelectField form={form} name="status" label={t("fields.status")} error={fieldError("status")} idPrefix={p} options={statuses} />
        <DateField form={form} name="doneOn" label={t("fields.doneOn")} error={fieldError("doneOn")} help={t("doneOnHelp")} idPrefix={p} />
      </div>
      <TextField form={form} name="reference" label={t("fields.reference")} help={t("referenceHelp")} error={fieldError("reference")} idPrefix={p} />
      <SubmitButton pending={pending} label={t("create")} />
    </form>
  );
}
