import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { formatDate } from "@/lib/dates";
import type { OverdueTaskDto } from "@/lib/tasks/data";

/**
 * The dashboard's overdue tasks, one line each: what, by when, where it stands and who has it.
 * Changing a status happens in the task list, which the section links to; this stays plain
 * server HTML, a fifth of the full cards.
 */
export async function OverdueTasks({ tasks, hrefOf }: { tasks: OverdueTaskDto[]; hrefOf: (t: OverdueTaskDto) => string }) {
  const t = await getTranslations("tasks");
  return (
    <ul className="divide-y divide-stone-100 rounded-lg border border-red-300 border-l-4 border-l-red-600 bg-white">
      {tasks.map((task) => (
        <li key={task.id} className="overdue-row">
          <Link href={hrefOf(task)} className="font-medium break-words text-blue-800 hover:underline">
            {task.title}
          </Link>
          {task.dueOn && <span className="text-sm font-medium whitespace-nowrap text-red-800">{t("due", { date: formatDate(task.dueOn) })}</span>}
          <span className="text-sm text-muted sm:col-span-2">
            {[t(`statuses.${task.status}`), task.subCommitteeName, task.assigneeNames.length ? task.assigneeNames.join(", ") : t("unassigned")].filter(Boolean).join(" · ")}
          </span>
        </li>
      ))}
    </ul>
  );
}
