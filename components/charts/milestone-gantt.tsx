import { getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";
import { formatDate } from "@/lib/dates";
import { CHART } from "./palette";
import { Dots, Hatch, Swatch } from "./patterns";

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
    <figure className="space-y-2">
      <div role="img" aria-label={summary} className="text-sm">
        {/* Axis: month ticks above the bars, today's position named. */}
        <div className="grid grid-cols-1 gap-x-3 md:grid-cols-[minmax(0,16rem)_1fr]">
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
              <div key={m.id} className="grid grid-cols-1 items-center gap-x-3 md:grid-cols-[minmax(0,16rem)_1fr]">
                <div className={cn("min-w-0 pt-1 md:py-1", m.late && "text-red-800", state === "done" && "text-muted")}>
                  <span className="font-medium tabular-nums">{i + 1}.</span> <span className="break-words">{m.name}</span>{" "}
                  <span className="text-xs whitespace-nowrap">
                    ({formatDate(m.plannedOn)}
                    {state === "late" && ` · ${t("late")}`}
                    {state === "done" && m.doneOn && ` · ${t("doneOn", { date: formatDate(m.doneOn) })}`})
                  </span>
                </div>
                <svg aria-hidden width="100%" height="26" className="block overflow-visible">
                  {i === 0 && (
                    <defs>
                      <Hatch id="gantt-late" color={CHART.late} />
                      <Dots id="gantt-planned" color={CHART.todo} />
                    </defs>
                  )}
                  <rect x="0" y="12" width="100%" height="2" fill={CHART.track} />
                  <rect x={pct(from)} y="6" width={`${Math.max(0.8, ((Math.min(to, last) - Math.max(from, first)) / span) * 100).toFixed(2)}%`} height="14" rx="3" fill={fill} stroke={stroke} strokeWidth="1" />
                  {state === "late" && todayInside && now > to && (
                    <rect x={pct(to)} y="10" width={`${(((now - to) / span) * 100).toFixed(2)}%`} height="6" fill={`url(#gantt-late)`} stroke={CHART.late} strokeWidth="1" />
                  )}
                  {m.doneOn && (
                    <svg x={pct(day(m.doneOn))} y="13" overflow="visible">
                      <rect x="-6" y="-6" width="12" height="12" transform="rotate(45)" fill="white" stroke={CHART.done} strokeWidth="3" />
                    </svg>
                  )}
                  {todayInside && <line x1={pct(now)} x2={pct(now)} y1="0" y2="26" stroke={CHART.late} strokeWidth="2" strokeDasharray="4 3" />}
                </svg>
              </div>
            );
          })}
        </div>
      </div>
      <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
        <span className="inline-flex items-center gap-1"><Swatch fill={CHART.todo} pattern="dots" />{t("legend.planned")}</span>
        <span className="inline-flex items-center gap-1"><Swatch fill={CHART.active} />{t("legend.inProgress")}</span>
        <span className="inline-flex items-center gap-1"><Swatch fill={CHART.done} />{t("legend.done")}</span>
        <span className="inline-flex items-center gap-1"><Swatch fill={CHART.late} pattern="hatch" />{t("legend.late")}</span>
        <span className="inline-flex items-center gap-1">
          <svg aria-hidden width="14" height="14"><rect x="3" y="3" width="8" height="8" transform="rotate(45 7 7)" fill="white" stroke={CHART.done} strokeWidth="2" /></svg>
          {t("legend.doneDay")}
        </span>
        <span className="inline-flex items-center gap-1">
          <svg aria-hidden width="14" height="14"><line x1="7" x2="7" y1="0" y2="14" stroke={CHART.late} strokeWidth="2" strokeDasharray="3 2" /></svg>
          {t("legend.today")}
        </span>
      </figcaption>
      {/* A table ignores the 1px box of sr-only; its wrapper does not. */}
      <div className="sr-only">
      <table>
        <caption>{summary}</caption>
        <thead>
          <tr>
            <th scope="col">{t("table.milestone")}</th>
            <th scope="col">{t("table.planned")}</th>
            <th scope="col">{t("table.done")}</th>
            <th scope="col">{t("table.state")}</th>
          </tr>
        </thead>
        <tbody>
          {milestones.map((m, i) => (
            <tr key={m.id}>
              <th scope="row">{`${i + 1}. ${m.name}`}</th>
              <td>{formatDate(m.plannedOn)}</td>
              <td>{m.doneOn ? formatDate(m.doneOn) : ""}</td>
              <td>{t(`state.${stateOf(m)}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </figure>
  );
}
