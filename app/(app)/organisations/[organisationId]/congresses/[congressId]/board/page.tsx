import type { Metadata } from "next";
import { congressTitle } from "@/lib/server/metadata";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { SectionHeader } from "@/components/planning/section-header";
import { OverdueBadge, PriorityBadge } from "@/components/planning/badges";
import { type BoardCard, TaskBoard } from "@/components/tasks/task-board";
import { formatDate } from "@/lib/dates";
import { type CongressParams, congressPage } from "@/lib/server/page";
import { listTasks } from "@/lib/tasks/data";

export async function generateMetadata({ params }: { params: Promise<{ organisationId: string; congressId: string }> }): Promise<Metadata> {
  return congressTitle(params, (await getTranslations("tasks"))("board"));
}

/**
 * The tasks by status, one column each: stacked on a phone, side by side on a desk. Cards move by
 * drag and drop or by their status select (components/tasks/task-board.tsx, the only page that
 * loads dnd-kit); each card's text is rendered here, on the server.
 */
export default async function BoardPage({ params }: { params: CongressParams }) {
  const { actor, congressId, base } = await congressPage(params);
  const [tasks, t] = await Promise.all([listTasks(actor, congressId), getTranslations("tasks")]);
  const cards: BoardCard[] = tasks.map((task) => ({
    id: task.id,
    title: task.title,
    status: task.status,
    version: task.version,
    canMove: task.can.update,
    overdue: task.overdue,
    body: (
      <>
        <Link href={`${base}/tasks/${task.id}`} className="block font-medium break-words text-blue-800 hover:underline">
          {task.title}
        </Link>
        <div className="flex flex-wrap items-center gap-1">
          <PriorityBadge priority={task.priority} />
          {task.overdue && <OverdueBadge />}
          {task.dueOn && <span className={task.overdue ? "text-red-800" : "text-muted"}>{t("due", { date: formatDate(task.dueOn) })}</span>}
        </div>
        <p className="text-muted">{task.assignees.length ? task.assignees.map((a) => a.name).join(", ") : t("unassigned")}</p>
      </>
    ),
  }));
  return (
    <div className="space-y-4">
      <SectionHeader title={t("board")} />
      <TaskBoard cards={cards} />
    </div>
  );
}
