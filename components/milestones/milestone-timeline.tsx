import { getTranslations } from "@/lib/i18n/server";
import { MilestoneGantt } from "@/components/charts/milestone-gantt";
import { ProgressBar } from "@/components/charts/progress-bar";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/lib/dates";
import type { MilestoneDto } from "@/lib/milestones/data";

/** The calendar: how much of it is done, the next step, and the Gantt strip with today marked. */
export async function MilestoneTimeline({ milestones, today, emptyHref }: { milestones: Pick<MilestoneDto, "id" | "name" | "plannedOn" | "doneOn" | "status" | "late">[]; today: string; emptyHref?: string }) {
  const t = await getTranslations("milestones");
  if (milestones.length === 0) {
    return <EmptyState text={t("empty")} action={emptyHref ? { href: emptyHref, label: t("openToPlan") } : null} />;
  }
  const done = milestones.filter((m) => m.status === "DONE").length;
  const late = milestones.filter((m) => m.late).length;
  const next = milestones.find((m) => m.status !== "DONE");
  const summary = t("summary", { done, total: milestones.length, late, today: formatDate(today) });
  return (
    <div className="space-y-4">
      <div className="space-y-2">
        <p className="text-sm">{summary}</p>
        <ProgressBar value={done} total={milestones.length} label={t("progress", { done, total: milestones.length })} />
        {next && (
          <p className="text-sm font-medium">
            {t("next", { name: next.name, date: formatDate(next.plannedOn) })}
          </p>
        )}
      </div>
      <MilestoneGantt milestones={milestones} today={today} summary={summary} />
    </div>
  );
}
