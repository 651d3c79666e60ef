import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { TASK_STATUSES, type TaskFilters } from "@/lib/tasks/schema";

type Option = { id: string; name: string };

/** A plain GET form: the filters live in the URL, so a filtered list can be shared and reloaded. */
export async function TaskFilterForm({ action, filters, subCommittees, people, milestones }: { action: string; filters: TaskFilters; subCommittees: Option[]; people: Option[]; milestones: Option[] }) {
  const t = await getTranslations("tasks");
  const select = (name: keyof TaskFilters, label: string, options: { value: string; label: string }[]) => (
    <label className="space-y-1 text-sm">
      <span className="block font-medium">{label}</span>
      <Select name={name} defaultValue={filters[name] ?? ""} className="py-1.5 text-sm">
        <option value="">{t("filters.all")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </label>
  );
  return (
    <form method="get" action={action} aria-label={t("filters.title")} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6 lg:items-end">
      {select("sub", t("fields.subCommittee"), subCommittees.map((s) => ({ value: s.id, label: s.name })))}
      {select("assignee", t("fields.assignee"), people.map((p) => ({ value: p.id, label: p.name })))}
      {select("status", t("fields.status"), TASK_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) })))}
      {select("milestone", t("fields.milestone"), milestones.map((m) => ({ value: m.id, label: m.name })))}
      <label className="flex min-h-10 items-center gap-2 text-sm font-medium">
        <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue === "1"} className="size-4" />
        {t("filters.overdueOnly")}
      </label>
      <div className="flex gap-2">
        <button type="submit" className={buttonClass("primary")}>
          {t("filters.apply")}
        </button>
        <Link href={action} className={buttonClass("ghost")}>
          {t("filters.clear")}
        </Link>
      </div>
    </form>
  );
}
