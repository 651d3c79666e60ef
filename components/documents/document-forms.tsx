"use client";
import { useTranslations } from "next-intl";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { DateField, FormMessage, SelectField, SubmitButton, TextAreaField, TextField, looseForm, useActionForm } from "@/components/forms/form-kit";
import { formatDate } from "@/lib/dates";
import { createDocumentAction, moveDocumentAction, updateDocumentAction } from "@/lib/documents/actions";
import { type DocumentStatus, nextStatus, previousStatus } from "@/lib/documents/flow";
import { type DocumentFormInput, createDocumentSchema, moveDocumentSchema, updateDocumentSchema } from "@/lib/documents/schema";

type Option = { id: string; name: string };
export type DocumentRecord = { id: string; version: number; title: string; subCommittee: Option | null; notes: string | null; status: DocumentStatus };

const toValues = (d: DocumentRecord): DocumentFormInput => ({ id: d.id, version: d.version, title: d.title, subCommitteeId: d.subCommittee?.id ?? "", notes: d.notes ?? "" });

function Fields({ form, err, idPrefix, subCommittees }: { form: UseFormReturn<FieldValues>; err: (n: string) => string | undefined; idPrefix: string; subCommittees: Option[] }) {
  const t = useTranslations("documents");
  return (
    <>
      <TextField form={form} name="title" label={t("fields.title")} error={err("title")} idPrefix={idPrefix} />
      <SelectField form={form} name="subCommitteeId" label={t("fields.owner")} error={err("subCommitteeId")} idPrefix={idPrefix} empty={t("noOwner")} options={subCommittees.map((s) => ({ value: s.id, label: s.name }))} />
      <TextAreaField form={form} name="notes" label={t("fields.notes")} error={err("notes")} idPrefix={idPrefix} />
    </>
  );
}

export function CreateDocumentForm({ congressId, subCommittees }: { congressId: string; subCommittees: Option[] }) {
  const t = useTranslations("documents");
  const { form, onSubmit, pending, message, fieldError } = useActionForm({
    schema: createDocumentSchema,
    action: createDocumentAction,
    defaultValues: { congressId, title: "", subCommitteeId: "", notes: "" },
    successText: t("created"),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      <Fields form={looseForm(form)} err={fieldError} idPrefix="new-doc" subCommittees={subCommittees} />
      <SubmitButton pending={pending} label={t("create")} />
    </form>
  );
}

export function EditDocumentForm({ document, subCommittees }: { document: DocumentRecord; subCommittees: Option[] }) {
  const t = useTranslations("documents");
  const { form, onSubmit, pending, message, fieldError } = useActionForm({
    schema: updateDocumentSchema,
    action: updateDocumentAction,
    defaultValues: toValues(document),
    fromRecord: (r) => toValues(r),
    successText: t("saved"),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      <Fields form={looseForm(form)} err={fieldError} idPrefix="edit-doc" subCommittees={subCommittees} />
      <SubmitButton pending={pending} label={t("save")} />
    </form>
  );
}

/** Moves the document one step forward (or back), recording the day the step was reached. */
export function MoveDocumentForm({ document, today }: { document: { id: string; version: number; status: DocumentStatus }; today: string }) {
  const t = useTranslations("documents");
  const values = (d: { id: string; version: number; status: DocumentStatus }) => ({ id: d.id, version: d.version, to: nextStatus(d.status) ?? previousStatus(d.status)!, on: formatDate(today) });
  const { form, onSubmit, pending, message, fieldError, record } = useActionForm({
    schema: moveDocumentSchema,
    action: moveDocumentAction,
    defaultValues: values(document),
    fromRecord: (r) => values(r),
    successText: t("moved"),
  });
  // After a refused move the choices follow the document as it now is.
  const status = (record ?? document).status;
  const targets = [nextStatus(status), previousStatus(status)].filter((s): s is DocumentStatus => s !== null);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          form={form}
          name="to"
          label={t("moveTo")}
          error={fieldError("to")}
          idPrefix="move"
          options={targets.map((s) => ({ value: s, label: t(s === nextStatus(status) ? "forward" : "back", { status: t(`statuses.${s}`) }) }))}
        />
        <DateField form={form} name="on" label={t("stepDate")} error={fieldError("on")} idPrefix="move" />
      </div>
      <SubmitButton pending={pending} label={t("move")} />
    </form>
  );
}
