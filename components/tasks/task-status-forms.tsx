"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { type FormEvent, type ReactNode, useTransition } from "react";
import { resultMessageKey } from "@/components/forms/result-message";
import { setTaskStatusAction } from "@/lib/tasks/actions";
import { useNotify } from "@/components/ui/toaster";

/**
 * The status forms of a task list (TaskCards) are plain HTML with no state of their own; this
 * container catches their submits (event delegation) and runs the action. A list of 100 tasks
 * runs one submit handler, not 100 form components.
 */
export function TaskStatusForms({ children }: { children: ReactNode }) {
  const t = useTranslations();
  const notify = useNotify();
  const router = useRouter();
  const [, startTransition] = useTransition();

  const onSubmit = (event: FormEvent<HTMLDivElement>) => {
    const form = event.target as HTMLFormElement;
    const id = form.dataset.taskStatus;
    if (!id) return;
    event.preventDefault();
    const values = new FormData(form);
    const button = form.querySelector("button");
    if (button) button.disabled = true;
    startTransition(async () => {
      const result = await setTaskStatusAction({ id, version: Number(form.dataset.version), status: String(values.get("status")) as never });
      if (button) button.disabled = false;
      const title = form.dataset.taskTitle ?? "";
      if (result.ok) notify.success(t("tasks.statusSaved", { title, status: t(`tasks.statuses.${result.data.status}`) }));
      else notify.failure(`${title}: ${t(resultMessageKey(result.code))}`);
      // The newer version (or, after a conflict, the newer status) comes with the refreshed list.
      router.refresh();
    });
  };
  return <div onSubmit={onSubmit}>{children}</div>;
}
