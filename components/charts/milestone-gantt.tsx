import { getTranslations } from "@/lib/i18n/server";
import { formatDate } from "@/lib/dates";
import { ChartFigure } from "./chart-figure";
import { type GanttBar, GanttDrawing, type GanttState } from "./gantt-drawing";
import { LegendItem } from "./legend-item";
import { CHART } from "./palette";

export type GanttMilestone = { id: string; name: string; plannedOn: string; doneOn: string | null; status: string; late: boolean };

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** Month starts between two days, thinned to at most `max` ticks. */
function monthTicks(from: number, to: number, max: number): number[] {
  const ticks: number[] = [];
  const start = new Date(from * 86_400_000);
  for (let y = start.getUTCFullYear(), m = start.getUTCMonth() + 1; ; m++) {
    const d = Date.UTC(y + Math.floor(m / 12), m % 12, 1) / 86_400_000;
    if (d > to) break;
    ticks.push(d);
  }
  const step = Math.ceil(ticks.length / max);
  return ticks.filter((_, i) => i % step === 0);
}

/**
 * The calendar as a Gantt-like strip: each milestone is the stretch from the one before it to its
 * planned day (grey dotted while planned, blue while in progress, green once done, red hatched past
 * its day); a diamond marks the day it was done, a dashed line marks today. The numbers are in a
 * table for screen readers, and each row says its state in words.
 */
export async function MilestoneGantt({ milestones, today, summary }: { milestones: GanttMilestone[]; today: string; summary: string }) {
  const t = await getTranslations("charts");
  if (milestones.length === 0) return null;
  const days = milestones.flatMap((m) => [day(m.plannedOn), ...(m.doneOn ? [day(m.doneOn)] : [])]);
  const first = Math.min(...days) - 10;
  const last = Math.max(...days) + 10;
  const now = day(today);
  const stateOf = (m: GanttMilestone): GanttState => (m.status === "DONE" ? "done" : m.late ? "late" : m.status === "IN_PROGRESS" ? "active" : "planned");
  // Each milestone stretches from the one before it (the first from two weeks before) to its day.
  const bars: GanttBar[] = milestones.map((m, i) => {
    const state = stateOf(m);
    const note = `(${formatDate(m.plannedOn)}${state === "late" ? ` · ${t("late")}` : ""}${state === "done" && m.doneOn ? ` · ${t("doneOn", { date: formatDate(m.doneOn) })}` : ""})`;
    return { id: m.id, name: m.name, note, state, late: m.late, from: i === 0 ? day(m.plannedOn) - 14 : day(milestones[i - 1]!.plannedOn), to: day(m.plannedOn), done: m.doneOn ? day(m.doneOn) : null };
  });

  return (
    <ChartFigure
      summary={summary}
      patterns={[
        { id: "gantt-late", kind: "hatch", color: CHART.late },
        { id: "gantt-planned", kind: "dots", color: CHART.todo },
      ]}
      className="space-y-2"
      bodyClassName="text-sm"
      legend={
        <>
          <LegendItem mark={{ kind: "swatch", fill: CHART.todo, pattern: "dots" }}>{t("legend.planned")}</LegendItem>
          <LegendItem mark={{ kind: "swatch", fill: CHART.active }}>{t("legend.inProgress")}</LegendItem>
          <LegendItem mark={{ kind: "swatch", fill: CHART.done }}>{t("legend.done")}</LegendItem>
          <LegendItem mark={{ kind: "swatch", fill: CHART.late, pattern: "hatch" }}>{t("legend.late")}</LegendItem>
          <LegendItem mark={{ kind: "diamond", color: CHART.done }}>{t("legend.doneDay")}</LegendItem>
          <LegendItem mark={{ kind: "line", color: CHART.late, dashed: true }}>{t("legend.today")}</LegendItem>
        </>
      }
      table={{
        caption: summary,
        columns: [t("table.milestone"), t("table.planned"), t("table.done"), t("table.state")],
        rows: milestones.map((m, i) => ({ key: m.id, header: `${i + 1}. ${m.name}`, cells: [formatDate(m.plannedOn), m.doneOn ? formatDate(m.doneOn) : "", t(`state.${stateOf(m)}`)] })),
      }}
    >
      <GanttDrawing bars={bars} axis={{ first, last, now, ticks: monthTicks(first, last, 6), todayText: t("today", { date: formatDate(today) }) }} />
    </ChartFigure>
  );
}
