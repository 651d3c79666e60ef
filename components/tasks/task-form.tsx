"use client";
import { useTranslations } from "next-intl";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { DateField, FormMessage, SelectField, SubmitButton, TextAreaField, TextField, looseForm, useActionForm } from "@/components/forms/form-kit";
import { formatDate } from "@/lib/dates";
import { createTaskAction, updateTaskAction } from "@/lib/tasks/actions";
import { TASK_PRIORITIES, TASK_STATUSES, type TaskFormInput, createTaskSchema, updateTaskSchema } from "@/lib/tasks/schema";

type Option = { id: string; name: string };
export type TaskFormOptions = { subCommittees: Option[]; milestones: Option[]; people: Option[] };
/** The task as the form needs it (a TaskDto and the action's results have this shape). */
export type TaskFormRecord = {
  id: string;
  version: number;
  title: string;
  description: string | null;
  subCommittee: Option | null;
  milestone: Option | null;
  assignees: Option[];
  dueOn: string | null;
  priority: TaskFormInput["priority"];
  status: TaskFormInput["status"];
};

const toValues = (r: TaskFormRecord): TaskFormInput => ({
  id: r.id,
  version: r.version,
  title: r.title,
  description: r.description ?? "",
  subCommitteeId: r.subCommittee?.id ?? "",
  milestoneId: r.milestone?.id ?? "",
  assigneeIds: r.assignees.map((a) => a.id),
  dueOn: formatDate(r.dueOn),
  priority: r.priority,
  status: r.status,
});

function TaskFields({ form: f, err, options, idPrefix, allowNoSubCommittee = true }: { form: UseFormReturn<FieldValues>; err: (name: string) => string | undefined; options: TaskFormOptions; idPrefix: string; allowNoSubCommittee?: boolean }) {
  const t = useTranslations("tasks");
  return (
    <>
      <TextField form={f} name="title" label={t("fields.title")} error={err("title")} idPrefix={idPrefix} />
      <TextAreaField form={f} name="description" label={t("fields.description")} error={err("description")} idPrefix={idPrefix} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField form={f} name="subCommitteeId" label={t("fields.subCommittee")} error={err("subCommitteeId")} idPrefix={idPrefix} empty={allowNoSubCommittee ? t("none") : undefined} options={options.subCommittees.map((s) => ({ value: s.id, label: s.name }))} />
        <SelectField form={f} name="milestoneId" label={t("fields.milestone")} error={err("milestoneId")} idPrefix={idPrefix} empty={t("none")} options={options.milestones.map((s) => ({ value: s.id, label: s.name }))} />
        <DateField form={f} name="dueOn" label={t("fields.dueOn")} error={err("dueOn")} idPrefix={idPrefix} />
        <SelectField form={f} name="priority" label={t("fields.priority")} error={err("priority")} idPrefix={idPrefix} options={TASK_PRIORITIES.map((p) => ({ value: p, label: t(`priorities.${p}`) }))} />
        <SelectField form={f} name="status" label={t("fields.status")} error={err("status")} idPrefix={idPrefix} options={TASK_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))} />
      </div>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">{t("fields.assignees")}</legend>
        {options.people.length === 0 ? (
          <p className="text-sm text-muted">{t("noPeople")}</p>
        ) : (
          <div className="grid gap-1 sm:grid-cols-2">
            {options.people.map((p) => (
              <label key={p.id} className="flex min-h-9 items-center gap-2 text-sm">
                <input type="checkbox" value={p.id} className="size-4" {...f.register("assigneeIds")} />
                {p.name}
              </label>
            ))}
          </div>
        )}
        {err("assigneeIds") && (
          <p role="alert" className="text-sm font-medium text-red-800">
            {err("assigneeIds")}
          </p>
        )}
      </fieldset>
    </>
  );
}

/** A sub-committee lead may only file tasks under a sub-committee it leads: no empty choice then. */
export function CreateTaskForm({ congressId, options, allowNoSubCommittee }: { congressId: string; options: TaskFormOptions; allowNoSubCommittee: boolean }) {
  const t = useTranslations("tasks");
  const subCommitteeId = allowNoSubCommittee ? "" : (options.subCommittees[0]?.id ?? "");
  const empty = { congressId, title: "", description: "", subCommitteeId, milestoneId: "", assigneeIds: [], dueOn: "", priority: "NORMAL" as const, status: "TODO" as const };
  const { form, onSubmit, pending, message, fieldError } = useActionForm({ schema: createTaskSchema, action: createTaskAction, defaultValues: empty, successText: t("created") });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      <TaskFields form={looseForm(form)} err={fieldError} options={options} idPrefix="new-task" allowNoSubCommittee={allowNoSubCommittee} />
      <SubmitButton pending={pending} label={t("create")} />
    </form>
  );
}

export function EditTaskForm({ task, options, allowNoSubCommittee }: { task: TaskFormRecord; options: TaskFormOptions; allowNoSubCommittee: boolean }) {
  const t = useTranslations("tasks");
  const { form, onSubmit, pending, message, fieldError } = useActionForm({
    schema: updateTaskSchema,
    action: updateTaskAction,
    defaultValues: toValues(task),
    fromRecord: (r) => toValues(r as TaskFormRecord),
    successText: t("saved"),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      <TaskFields form={looseForm(form)} err={fieldError} options={options} idPrefix="edit-task" allowNoSubCommittee={allowNoSubCommittee} />
      <SubmitButton pending={pending} label={t("save")} />
    </form>
  );
}
