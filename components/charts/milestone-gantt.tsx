import { getTranslations } from "@/lib/i18n/server";
import { cn } from "@/components/ui/cn";
import { formatDate } from "@/lib/dates";
import { ChartFigure } from "./chart-figure";
import { LegendItem } from "./legend-item";
import { CHART } from "./palette";

export type GanttMilestone = { id: string; name: string; plannedOn: string; doneOn: string | null; status: string; late: boolean };

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const isoOfDay = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);

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
  const span = Math.max(1, last - first);
  const pct = (d: number) => `${(Math.min(1, Math.max(0, (d - first) / span)) * 100).toFixed(2)}%`;
  const now = day(today);
  const todayInside = now >= first && now <= last;
  const ticks = monthTicks(first, last, 6);
  const stateOf = (m: GanttMilestone) => (m.status === "DONE" ? "done" : m.late ? "late" : m.status === "IN_PROGRESS" ? "active" : "planned");
  const todayText = t("today", { date: formatDate(today) });

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
      {/* Axis: month ticks above the bars, today's position named. */}
      <div className="gantt-row">
        <div className="hidden md:block" />
        <div className="relative h-10 text-xs text-muted">
          {ticks.map((d, i) => (
            <span
              key={d}
              className={cn("absolute top-5 tabular-nums", (d - first) / span > 0.9 ? "-translate-x-full" : "-translate-x-1/2", i % 2 === 1 && "max-md:hidden")}
              style={{ left: pct(d) }}
            >
              {isoOfDay(d).slice(5, 7)}/{isoOfDay(d).slice(0, 4)}
            </span>
          ))}
          <span
            className={cn("absolute top-0 font-semibold whitespace-nowrap text-red-800", todayInside ? (now - first) / span > 0.6 ? "-translate-x-full" : "" : now > last ? "right-0" : "left-0")}
            style={todayInside ? { left: pct(now) } : undefined}
          >
            {!todayInside && now < first && "← "}
            {todayText}
            {!todayInside && now > last && " →"}
          </span>
        </div>
      </div>
      <div>
        {milestones.map((m, i) => {
          const state = stateOf(m);
          const from = i === 0 ? day(m.plannedOn) - 14 : day(milestones[i - 1]!.plannedOn);
          const to = day(m.plannedOn);
          const fill = state === "done" ? CHART.done : state === "active" ? CHART.active : state === "late" ? `url(#gantt-late)` : `url(#gantt-planned)`;
          const stroke = state === "late" ? CHART.late : state === "planned" ? CHART.todo : "none";
          return (
            <div key={m.id} className="gantt-row">
              <div className={cn("gantt-label", m.late && "text-red-800", state === "done" && "text-muted")}>
                <span className="font-medium tabular-nums">{i + 1}.</span> <span className="break-words">{m.name}</span>{" "}
                <span className="text-xs whitespace-nowrap">
                  ({formatDate(m.plannedOn)}
                  {state === "late" && ` · ${t("late")}`}
                  {state === "done" && m.doneOn && ` · ${t("doneOn", { date: formatDate(m.doneOn) })}`})
                </span>
              </div>
              <svg aria-hidden width="100%" height="26" className="block overflow-visible">
                <rect x="0" y="12" width="100%" height="2" fill={CHART.track} />
                <rect x={pct(from)} y="6" width={`${Math.max(0.8, ((Math.min(to, last) - Math.max(from, first)) / span) * 100).toFixed(2)}%`} height="14" rx="3" fill={fill} stroke={stroke} strokeWidth="1" />
                {state === "late" && todayInside && now > to && (
                  <rect x={pct(to)} y="10" width={`${(((now - to) / span) * 100).toFixed(2)}%`} height="6" fill={`url(#gantt-late)`} stroke={CHART.late} strokeWidth="1" />
                )}
                {m.doneOn && (
                  <svg x={pct(day(m.doneOn))} y="13" overflow="visible">
                    <rect x="-6" y="-6" width="12" height="12" transform="rotate(45)" fill={CHART.paper} stroke={CHART.done} strokeWidth="3" />
                  </svg>
                )}
                {todayInside && <line x1={pct(now)} x2={pct(now)} y1="0" y2="26" stroke={CHART.late} strokeWidth="2" strokeDasharray="4 3" />}
              </svg>
            </div>
          );
        })}
      </div>
    </ChartFigure>
  );
}
