import { getTranslations } from "@/lib/i18n/server";
import { formatDate } from "@/lib/dates";
import type { TaskDto } from "@/lib/tasks/data";
import { EmptyState } from "@/components/ui/empty-state";
import { TaskCards } from "./task-cards";
import { TaskStatusForms } from "./task-status-forms";

/** A page of tasks as cards (TaskCards), their status forms submitted by TaskStatusForms. */
export async function TaskList<T extends TaskDto>({ tasks, hrefOf, contextOf }: { tasks: T[]; hrefOf: (t: T) => string; contextOf?: (t: T) => string }) {
  if (tasks.length === 0) return <EmptyState text={(await getTranslations("tasks"))("empty")} />;
  const rows = tasks.map((task) => ({
    id: task.id,
    title: task.title,
    href: hrefOf(task),
    context: contextOf?.(task),
    status: task.status,
    priority: task.priority,
    overdue: task.overdue,
    due: task.dueOn ? formatDate(task.dueOn) : null,
    subCommittee: task.subCommittee?.name ?? null,
    assignees: task.assignees.map((a) => a.name),
    milestone: task.milestone?.name ?? null,
    version: task.version,
    canUpdate: task.can.update,
  }));
  return (
    <TaskStatusForms>
      <TaskCards rows={rows} />
    </TaskStatusForms>
  );
}
