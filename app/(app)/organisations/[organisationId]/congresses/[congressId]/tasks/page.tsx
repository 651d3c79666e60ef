import type { Metadata } from "next";
import { congressTitle } from "@/lib/server/metadata";
import { getTranslations } from "@/lib/i18n/server";
import { SectionHeader } from "@/components/planning/section-header";
import { CreateTaskForm } from "@/components/tasks/task-form";
import { TaskFilterForm } from "@/components/tasks/task-filters";
import { TaskList } from "@/components/tasks/task-list";
import { Card } from "@/components/ui/card";
import { Disclosure } from "@/components/ui/disclosure";
import { Pager } from "@/components/planning/pager";
import { can } from "@/lib/auth/access";
import { milestoneOptions } from "@/lib/milestones/data";
import { type CongressParams, congressPage } from "@/lib/server/page";
import { organisationPeople } from "@/lib/planning/people";
import { subCommitteeOptions } from "@/lib/subcommittees/data";
import { TASKS_PER_PAGE, countTasks, listTasks } from "@/lib/tasks/data";
import { ledSubCommitteeIds } from "@/lib/tasks/facts";
import { taskFilterSchema } from "@/lib/tasks/schema";

export async function generateMetadata({ params }: { params: Promise<{ organisationId: string; congressId: string }> }): Promise<Metadata> {
  return congressTitle(params, (await getTranslations("tasks"))("title"));
}

export default async function TasksPage({ params, searchParams }: { params: CongressParams; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor, congressId, organisationId, place, base } = await congressPage(params);
  const search = await searchParams;
  const filters = taskFilterSchema.parse(search);
  // A congress may have thousands of tasks: the list shows them a page at a time.
  const total = await countTasks(actor, congressId, filters);
  const pages = Math.max(1, Math.ceil(total / TASKS_PER_PAGE));
  const page = Math.min(pages, Math.max(1, Number.parseInt(String(search.page ?? "1"), 10) || 1));
  const [tasks, subCommittees, milestones, people, led, t] = await Promise.all([
    listTasks(actor, congressId, filters, undefined, { skip: (page - 1) * TASKS_PER_PAGE, take: TASKS_PER_PAGE }),
    subCommitteeOptions(actor, congressId),
    milestoneOptions(actor, congressId),
    organisationPeople(organisationId),
    ledSubCommitteeIds(actor.userId, congressId),
    getTranslations("tasks"),
  ]);
  // An organizer creates tasks anywhere; a sub-committee lead only in the sub-committees it leads.
  const managesAll = can(actor, "task.manage", place);
  const creatable = subCommittees.filter((s) => can(actor, "task.manage", place, { leadsSubCommittee: led.has(s.id) }));
  const filtered = Object.values(filters).some(Boolean);
  const hrefOf = (n: number) => `${base}/tasks?${new URLSearchParams({ ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v) as [string, string][]), page: String(n) })}`;
  const pager = <Pager page={page} pages={pages} hrefOf={hrefOf} labels={{ nav: t("pagesLabel"), previous: t("previousPage"), next: t("nextPage"), position: t("pages", { page, pages }) }} />;

  return (
    <div className="space-y-6">
      <SectionHeader title={t("title")} intro={t(filtered ? "countFiltered" : "count", { count: total })} />
      <Card>
        <TaskFilterForm action={`${base}/tasks`} filters={filters} subCommittees={subCommittees} people={people} milestones={milestones} />
      </Card>
      {(managesAll || creatable.length > 0) && (
        <Disclosure summary={t("add")}>
          <CreateTaskForm
            congressId={congressId}
            options={{ subCommittees: creatable, milestones, people }}
            allowNoSubCommittee={managesAll}
          />
        </Disclosure>
      )}
      <TaskList tasks={tasks} hrefOf={(task) => `${base}/tasks/${task.id}`} />
      {pager}
    </div>
  );
}
