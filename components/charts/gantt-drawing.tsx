"use client";
import { cn } from "@/components/ui/cn";
import { CHART } from "./palette";

export type GanttState = "done" | "active" | "late" | "planned";
/** A milestone as the drawing needs it: days since 1970, its label and note already in words. */
export type GanttBar = { id: string; name: string; note: string; state: GanttState; late: boolean; from: number; to: number; done: number | null };
export type GanttAxis = { first: number; last: number; now: number; ticks: number[]; todayText: string };

const isoOfDay = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);

// A client component although it has no state: its props (a few numbers a row) cross to the
// browser instead of the ~60 SVG and HTML elements a row draws, which the server would otherwise
// serialise into the page's RSC payload and parse back to render the HTML.
/** The Gantt strip's axis and rows, drawn from numbers; the frame, legend and table stay on the server. */
export function GanttDrawing({ bars, axis }: { bars: GanttBar[]; axis: GanttAxis }) {
  const { first, last, now, ticks, todayText } = axis;
  const span = Math.max(1, last - first);
  const pct = (d: number) => `${(Math.min(1, Math.max(0, (d - first) / span)) * 100).toFixed(2)}%`;
  const todayInside = now >= first && now <= last;
  return (
    <>
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
            className={cn("absolute top-0 font-semibold whitespace-nowrap text-red-800", todayInside ? ((now - first) / span > 0.6 ? "-translate-x-full" : "") : now > last ? "right-0" : "left-0")}
            style={todayInside ? { left: pct(now) } : undefined}
          >
            {!todayInside && now < first && "← "}
            {todayText}
            {!todayInside && now > last && " →"}
          </span>
        </div>
      </div>
      <div>
        {bars.map((m, i) => {
          const fill = m.state === "done" ? CHART.done : m.state === "active" ? CHART.active : m.state === "late" ? "url(#gantt-late)" : "url(#gantt-planned)";
          const stroke = m.state === "late" ? CHART.late : m.state === "planned" ? CHART.todo : "none";
          return (
            <div key={m.id} className="gantt-row">
              <div className={cn("gantt-label", m.late && "text-red-800", m.state === "done" && "text-muted")}>
                <span className="font-medium tabular-nums">{i + 1}.</span> <span className="break-words">{m.name}</span> <span className="text-xs whitespace-nowrap">{m.note}</span>
              </div>
              <svg aria-hidden width="100%" height="26" className="block overflow-visible">
                <rect x="0" y="12" width="100%" height="2" fill={CHART.track} />
                <rect x={pct(m.from)} y="6" width={`${Math.max(0.8, ((Math.min(m.to, last) - Math.max(m.from, first)) / span) * 100).toFixed(2)}%`} height="14" rx="3" fill={fill} stroke={stroke} strokeWidth="1" />
                {m.state === "late" && todayInside && now > m.to && (
                  <rect x={pct(m.to)} y="10" width={`${(((now - m.to) / span) * 100).toFixed(2)}%`} height="6" fill="url(#gantt-late)" stroke={CHART.late} strokeWidth="1" />
                )}
                {m.done !== null && (
                  <svg x={pct(m.done)} y="13" overflow="visible">
                    <rect x="-6" y="-6" width="12" height="12" transform="rotate(45)" fill={CHART.paper} stroke={CHART.done} strokeWidth="3" />
                  </svg>
                )}
                {todayInside && <line x1={pct(now)} x2={pct(now)} y1="0" y2="26" stroke={CHART.late} strokeWidth="2" strokeDasharray="4 3" />}
              </svg>
            </div>
          );
        })}
      </div>
    </>
  );
}
