"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { PRIORITY_TONE, TASK_TONE } from "@/components/planning/tones";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { TASK_STATUSES, type TaskPriority, type TaskStatus } from "@/lib/tasks/choices";

/** A task as its card shows it: names and dates already in words, what the reader may do decided on the server. */
export type TaskCardRow = {
  id: string;
  title: string;
  href: string;
  /** Where the task belongs, on lists that mix congresses. */
  context?: string;
  status: TaskStatus;
  priority: TaskPriority;
  overdue: boolean;
  /** The due date, dd/mm/yyyy. */
  due: string | null;
  subCommittee: string | null;
  assignees: string[];
  milestone: string | null;
  version: number;
  canUpdate: boolean;
};

// A client component so that a hundred cards cross to the browser as a hundred small records, not
// as the ~40 elements each card draws, which the server would serialise into the RSC payload and
// parse back to render the HTML (task list of 100: 430 -> 246 KB). It keeps no state: the status
// forms are plain HTML that TaskStatusForms, around the list, submits.
/** Tasks as cards: one column on a phone, a readable list on a desk; overdue ones stand out. */
export function TaskCards({ rows }: { rows: TaskCardRow[] }) {
  const t = useTranslations("tasks");
  return (
    <ul className="space-y-3">
      {rows.map((task) => (
        <li key={task.id} className={task.overdue ? "task-card task-card-overdue" : "task-card"}>
          <div className="task-card-body">
            <div className="min-w-0 space-y-1">
              {task.context && <p className="text-xs text-muted">{task.context}</p>}
              <h3 className="font-semibold break-words">
                <Link href={task.href} className="text-blue-800 hover:underline">
                  {task.title}
                </Link>
              </h3>
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <Badge tone={TASK_TONE[task.status]}>{t(`statuses.${task.status}`)}</Badge>
                {task.priority !== "NORMAL" && <Badge tone={PRIORITY_TONE[task.priority]}>{t(`priorities.${task.priority}`)}</Badge>}
                {task.overdue && <Badge tone="red">{t("overdue")}</Badge>}
                {task.due && <span className={task.overdue ? "font-medium text-red-800" : "text-muted"}>{t("due", { date: task.due })}</span>}
              </div>
              <dl className="task-meta">
                {task.subCommittee && (
                  <>
                    <dt>{t("fields.subCommittee")}</dt>
                    <dd>{task.subCommittee}</dd>
                  </>
                )}
                <dt>{t("fields.assignees")}</dt>
                <dd>{task.assignees.length ? task.assignees.join(", ") : t("unassigned")}</dd>
                {task.milestone && (
                  <>
                    <dt>{t("fields.milestone")}</dt>
                    <dd>{task.milestone}</dd>
                  </>
                )}
              </dl>
            </div>
            {task.canUpdate && (
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
  );
}
