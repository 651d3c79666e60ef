import { getTranslations } from "next-intl/server";
import { ProgressBar, TimelineChart } from "@/components/planning/charts";
import { formatDate } from "@/lib/dates";
import type { MilestoneDto } from "@/lib/milestones/data";

/** The calendar on a line with today's position, and how much of it is done. */
export async function MilestoneTimeline({ milestones, today, compact }: { milestones: Pick<MilestoneDto, "id" | "name" | "plannedOn" | "status" | "late">[]; today: string; compact?: boolean }) {
  const t = await getTranslations("milestones");
  if (milestones.length === 0) return <p className="text-muted">{t("empty")}</p>;
  const done = milestones.filter((m) => m.status === "DONE").length;
  const late = milestones.filter((m) => m.late).length;
  const next = milestones.find((m) => m.status !== "DONE");
  const summary = t("summary", { done, total: milestones.length, late, today: formatDate(today) });
  return (
    <div className="space-y-3">
      <TimelineChart points={milestones} today={today} label={summary} todayLabel={t("today")} />
      <ProgressBar value={done} total={milestones.length} label={t("progress", { done, total: milestones.length })} />
      <p className="text-sm">{summary}</p>
      {next && (
        <p className="text-sm">
          {t("next", { name: next.name, date: formatDate(next.plannedOn) })}
        </p>
      )}
      {compact && (
        <ol className="grid gap-1 text-sm sm:grid-cols-2">
          {milestones.map((m, i) => (
            <li key={m.id} className={m.late ? "text-red-800" : m.status === "DONE" ? "text-muted" : undefined}>
              {i + 1}. {formatDate(m.plannedOn)} — {m.name}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
