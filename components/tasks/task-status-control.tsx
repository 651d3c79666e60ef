"use client";
import { useTranslations } from "next-intl";
import { Select } from "@/components/ui/field";
import { FormMessage, SubmitButton, useActionForm } from "@/components/forms/form-kit";
import { setTaskStatusAction } from "@/lib/tasks/actions";
import { TASK_STATUSES } from "@/lib/tasks/choices";

type Status = (typeof TASK_STATUSES)[number];

/** Changes a task's status in place (list, board, "My tasks", the task page). */
export function TaskStatusControl({ task }: { task: { id: string; title: string; status: Status; version: number } }) {
  const t = useTranslations("tasks");
  const { form, onSubmit, pending, message } = useActionForm({
    // Loaded on first change: the dashboard and every task list show many of these controls.
    schema: () => import("@/lib/tasks/schema").then((m) => m.setTaskStatusSchema),
    action: setTaskStatusAction,
    defaultValues: { id: task.id, version: task.version, status: task.status },
    fromRecord: (r) => ({ id: r.id, version: r.version, status: r.status }),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <Select {...form.register("status")} aria-label={t("statusOf", { title: task.title })} className="w-auto min-w-36 py-1.5 text-sm">
          {TASK_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </Select>
        <SubmitButton pending={pending} label={t("updateStatus")} className="min-h-9 px-3 py-1.5" />
      </div>
      <FormMessage message={message} />
    </form>
  );
}
