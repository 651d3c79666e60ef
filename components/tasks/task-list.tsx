import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { OverdueBadge, PriorityBadge, TaskStatusBadge } from "@/components/planning/badges";
import { cn } from "@/components/ui/cn";
import { formatDate } from "@/lib/dates";
import type { TaskDto } from "@/lib/tasks/data";
import { TaskStatusControl } from "./task-status-control";
import { EmptyState } from "@/components/ui/empty-state";

/** Tasks as cards: one column on a phone, a readable list on a desk; overdue ones stand out. */
export async function TaskList<T extends TaskDto>({ tasks, hrefOf, contextOf }: { tasks: T[]; hrefOf: (t: T) => string; contextOf?: (t: T) => string }) {
  const t = await getTranslations("tasks");
  if (tasks.length === 0) return <EmptyState text={t("empty")} />;
  return (
    <ul className="space-y-3">
      {tasks.map((task) => (
        <li key={task.id} className={cn("rounded-lg border bg-white p-3 shadow-sm sm:p-4", task.overdue ? "border-red-300 border-l-4 border-l-red-600" : "border-stone-200")}>
          <div className="flex flex-col gap-3 md:flex-row md:items-start md:justify-between">
            <div className="min-w-0 space-y-1">
              {contextOf && <p className="text-xs text-muted">{contextOf(task)}</p>}
              <h3 className="font-semibold break-words">
                <Link href={hrefOf(task)} className="text-blue-800 hover:underline">
                  {task.title}
                </Link>
              </h3>
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <TaskStatusBadge status={task.status} />
                <PriorityBadge priority={task.priority} />
                {task.overdue && <OverdueBadge />}
                {task.dueOn && <span className={task.overdue ? "font-medium text-red-800" : "text-muted"}>{t("due", { date: formatDate(task.dueOn) })}</span>}
              </div>
              <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm text-muted">
                {task.subCommittee && (
                  <>
                    <dt>{t("fields.subCommittee")}</dt>
                    <dd>{task.subCommittee.name}</dd>
                  </>
                )}
                <dt>{t("fields.assignees")}</dt>
                <dd>{task.assignees.length ? task.assignees.map((a) => a.name).join(", ") : t("unassigned")}</dd>
                {task.milestone && (
                  <>
                    <dt>{t("fields.milestone")}</dt>
                    <dd>{task.milestone.name}</dd>
                  </>
                )}
              </dl>
            </div>
            {task.can.update && (
              <div className="shrink-0">
                <TaskStatusControl task={{ id: task.id, title: task.title, status: task.status, version: task.version }} />
              </div>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
