import type { Metadata } from "next";
import { congressTitle } from "@/lib/server/metadata";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SectionHeader } from "@/components/planning/section-header";
import { OverdueBadge, PriorityBadge } from "@/components/planning/badges";
import { TaskStatusControl } from "@/components/tasks/task-status-control";
import { cn } from "@/components/ui/cn";
import { formatDate } from "@/lib/dates";
import { type CongressParams, congressPage } from "@/lib/server/page";
import { listTasks } from "@/lib/tasks/data";
import { TASK_STATUSES } from "@/lib/tasks/schema";

export async function generateMetadata({ params }: { params: Promise<{ districtId: string; congressId: string }> }): Promise<Metadata> {
  return congressTitle(params, (await getTranslations("tasks"))("board"));
}

/** The tasks by status, one column each: stacked on a phone, side by side on a desk. */
export default async function BoardPage({ params }: { params: CongressParams }) {
  const { actor, congressId, base } = await congressPage(params);
  const [tasks, t] = await Promise.all([listTasks(actor, congressId), getTranslations("tasks")]);
  return (
    <div className="space-y-4">
      <SectionHeader title={t("board")} />
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
        {TASK_STATUSES.map((status) => {
          const column = tasks.filter((task) => task.status === status);
          return (
            <section key={status} aria-labelledby={`col-${status}`} className="rounded-lg bg-stone-100 p-3">
              <h3 id={`col-${status}`} className="mb-3 flex items-center justify-between font-semibold">
                {t(`statuses.${status}`)}
                <span className="rounded-full bg-white px-2 text-sm tabular-nums">{column.length}</span>
              </h3>
              {column.length === 0 ? (
                <p className="text-sm text-muted">{t("columnEmpty")}</p>
              ) : (
                <ul className="space-y-2">
                  {column.map((task) => (
                    <li key={task.id} className={cn("space-y-2 rounded-md border bg-white p-3 text-sm shadow-sm", task.overdue ? "border-red-300 border-l-4 border-l-red-600" : "border-stone-200")}>
                      <Link href={`${base}/tasks/${task.id}`} className="block font-medium break-words text-blue-800 hover:underline">
                        {task.title}
                      </Link>
                      <div className="flex flex-wrap items-center gap-1">
                        <PriorityBadge priority={task.priority} />
                        {task.overdue && <OverdueBadge />}
                        {task.dueOn && <span className={task.overdue ? "text-red-800" : "text-muted"}>{t("due", { date: formatDate(task.dueOn) })}</span>}
                      </div>
                      <p className="text-muted">{task.assignees.length ? task.assignees.map((a) => a.name).join(", ") : t("unassigned")}</p>
                      {task.can.update && <TaskStatusControl task={{ id: task.id, title: task.title, status: task.status, version: task.version }} />}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}
