import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SectionHeader } from "@/components/planning/section-header";
import { CreateTaskForm } from "@/components/tasks/task-form";
import { TaskFilterForm } from "@/components/tasks/task-filters";
import { TaskList } from "@/components/tasks/task-list";
import { Card } from "@/components/ui/card";
import { Disclosure } from "@/components/ui/disclosure";
import { can } from "@/lib/auth/access";
import { milestoneOptions } from "@/lib/milestones/data";
import { type CongressParams, congressPage } from "@/lib/planning/page";
import { districtPeople } from "@/lib/planning/people";
import { subCommitteeOptions } from "@/lib/subcommittees/data";
import { listTasks } from "@/lib/tasks/data";
import { ledSubCommitteeIds } from "@/lib/tasks/facts";
import { taskFilterSchema } from "@/lib/tasks/schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tasks"))("title") };
}

export default async function TasksPage({ params, searchParams }: { params: CongressParams; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor, congressId, districtId, place, base } = await congressPage(params);
  const filters = taskFilterSchema.parse(await searchParams);
  const [tasks, subCommittees, milestones, people, led, t] = await Promise.all([
    listTasks(actor, congressId, filters),
    subCommitteeOptions(actor, congressId),
    milestoneOptions(actor, congressId),
    districtPeople(districtId),
    ledSubCommitteeIds(actor.userId, congressId),
    getTranslations("tasks"),
  ]);
  // An organizer creates tasks anywhere; a sub-committee lead only in the sub-committees it leads.
  const managesAll = can(actor, "task.manage", place);
  const creatable = subCommittees.filter((s) => can(actor, "task.manage", place, { leadsSubCommittee: led.has(s.id) }));
  const filtered = Object.values(filters).some(Boolean);

  return (
    <div className="space-y-6">
      <SectionHeader title={t("title")} intro={t(filtered ? "countFiltered" : "count", { count: tasks.length })} />
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
    </div>
  );
}
