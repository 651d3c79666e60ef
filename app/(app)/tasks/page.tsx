import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { TaskList } from "@/components/tasks/task-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { toRoman } from "@/lib/congresses/roman";
import { listMyTasks } from "@/lib/tasks/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("myTasks"))("title") };
}

/** "My tasks": what is assigned to the signed-in user in every congress, open tasks first. */
export default async function MyTasksPage() {
  const actor = await requireActor();
  const [tasks, t] = await Promise.all([listMyTasks(actor), getTranslations()]);
  const open = tasks.filter((task) => task.status !== "DONE").length;
  const overdue = tasks.filter((task) => task.overdue).length;
  return (
    <>
      <PageHeader title={t("myTasks.title")} navLabel={t("nav.breadcrumb")} crumbs={[{ href: "/", label: t("nav.home") }, { label: t("myTasks.title") }]}>
        <p className="text-muted">{t("myTasks.summary", { open, overdue })}</p>
      </PageHeader>
      <TaskList
        tasks={tasks}
        hrefOf={(task) => task.href}
        contextOf={(task) => t("congress.title", { ordinal: toRoman(task.congressTitle.ordinal) }) + ` — ${task.congressTitle.unit}`}
      />
    </>
  );
}
