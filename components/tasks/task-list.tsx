import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { PRIORITY_TONE, TASK_TONE } from "@/components/planning/badges";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/dates";
import type { TaskDto } from "@/lib/tasks/data";
import { EmptyState } from "@/components/ui/empty-state";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { TASK_STATUSES } from "@/lib/tasks/choices";
import { TaskStatusForms } from "./task-status-forms";

/** Tasks as cards: one column on a phone, a readable list on a desk; overdue ones stand out. */
export async function TaskList<T extends TaskDto>({ tasks, hrefOf, contextOf }: { tasks: T[]; hrefOf: (t: T) => string; contextOf?: (t: T) => string }) {
  const t = await getTranslations("tasks");
  if (tasks.length === 0) return <EmptyState text={t("empty")} />;
  return (
    <TaskStatusForms>
    <ul className="space-y-3">
      {tasks.map((task) => (
        <li key={task.id} className={task.overdue ? "task-card task-card-overdue" : "task-card"}>
          <div className="task-card-body">
            <div className="min-w-0 space-y-1">
              {contextOf && <p className="text-xs text-muted">{contextOf(task)}</p>}
              <h3 className="font-semibold break-words">
                <Link href={hrefOf(task)} className="text-blue-800 hover:underline">
                  {task.title}
                </Link>
              </h3>
              <div className="flex flex-wrap items-center gap-2 text-sm">
                {/* The badges drawn here with the list's translator: an async badge per row made a
                    hundred rows three hundred separately streamed components. */}
                <Badge tone={TASK_TONE[task.status]}>{t(`statuses.${task.status}`)}</Badge>
                {task.priority !== "NORMAL" && <Badge tone={PRIORITY_TONE[task.priority]}>{t(`priorities.${task.priority}`)}</Badge>}
                {task.overdue && <Badge tone="red">{t("overdue")}</Badge>}
                {task.dueOn && <span className={task.overdue ? "font-medium text-red-800" : "text-muted"}>{t("due", { date: formatDate(task.dueOn) })}</span>}
              </div>
              <dl className="task-meta">
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
              // Plain HTML: TaskStatusForms (around the list) submits it, with the id and version
              // from these data attributes.
              <form data-task-status={task.id} data-version={task.version} data-task-title={task.title} className="task-status-form">
                <Select name="status" defaultValue={task.status} aria-label={t("statusOf", { title: task.title })} className="w-auto min-w-36 py-1.5 text-sm">
                  {TASK_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {t(`statuses.${s}`)}
                    </option>
                  ))}
                </Select>
                <Button type="submit" variant="secondary" className="min-h-9 px-3 py-1.5">
                  {t("updateStatus")}
                </Button>
              </form>
            )}
          </div>
        </li>
      ))}
    </ul>
    </TaskStatusForms>
  );
}
