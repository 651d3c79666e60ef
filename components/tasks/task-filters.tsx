import { getTranslations } from "@/lib/i18n/server";
import { FilterForm, type FilterOption, FilterSelect } from "@/components/ui/filter-form";
import { TASK_STATUSES, type TaskFilters } from "@/lib/tasks/schema";

type Option = { id: string; name: string };

export async function TaskFilterForm({ action, filters, subCommittees, people, milestones }: { action: string; filters: TaskFilters; subCommittees: Option[]; people: Option[]; milestones: Option[] }) {
  const t = await getTranslations("tasks");
  const select = (name: keyof TaskFilters, label: string, options: FilterOption[]) => <FilterSelect name={name} label={label} value={filters[name]} allLabel={t("filters.all")} options={options} />;
  return (
    <FilterForm action={action} title={t("filters.title")} applyLabel={t("filters.apply")} clearLabel={t("filters.clear")} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6 lg:items-end">
      {select("sub", t("fields.subCommittee"), subCommittees.map((s) => ({ value: s.id, label: s.name })))}
      {select("assignee", t("fields.assignee"), people.map((p) => ({ value: p.id, label: p.name })))}
      {select("status", t("fields.status"), TASK_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) })))}
      {select("milestone", t("fields.milestone"), milestones.map((m) => ({ value: m.id, label: m.name })))}
      <label className="flex min-h-10 items-center gap-2 text-sm font-medium">
        <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue === "1"} className="size-4" />
        {t("filters.overdueOnly")}
      </label>
    </FilterForm>
  );
}
