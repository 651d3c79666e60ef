"use client";
import { useFormatter } from "next-intl";
import { TASK_STATUSES, type TaskStatus } from "@/lib/tasks/choices";
import { CHART, TASK_STATUS_COLOR } from "./palette";

/** A row of the chart: its count per status, in TASK_STATUSES order. */
export type StatusBarRow = { key: string; name: string; counts: number[]; total: number };

/** "To do" is dotted and "blocked" hatched, in the bars and in their legend (TaskStatusBars). */
export const STATUS_PATTERN: Partial<Record<TaskStatus, "dots" | "hatch">> = { TODO: "dots", BLOCKED: "hatch" };

// A client component for the same reason as GanttDrawing: a few numbers a row cross to the
// browser, not the SVG they draw.
/** The stacked bars of TaskStatusBars, one per row, on one scale (`max`). */
export function StatusBarsDrawing({ rows, doneIndex }: { rows: StatusBarRow[]; doneIndex: number }) {
  const format = useFormatter();
  const max = Math.max(1, ...rows.map((r) => r.total));
  return rows.map((row) => {
    let x = 0;
    return (
      <div key={row.key} className="grid grid-cols-1 items-center gap-x-3 sm:grid-cols-[minmax(0,10rem)_1fr]">
        <span className="font-medium break-words">{row.name}</span>
        <svg aria-hidden width="100%" height="24" className="block">
          <rect x="0" y="2" width="100%" height="20" rx="3" fill={CHART.surface} />
          {TASK_STATUSES.map((s, i) => {
            const n = row.counts[i] ?? 0;
            if (n === 0) return null;
            const w = (n / max) * 88;
            const patterned = STATUS_PATTERN[s] !== undefined;
            const figure = format.number(n);
            const seg = (
              <g key={s}>
                <rect x={`${x}%`} y="2" width={`${w}%`} height="20" fill={patterned ? `url(#tsb-${s})` : TASK_STATUS_COLOR[s]} stroke={patterned ? TASK_STATUS_COLOR[s] : CHART.paper} strokeWidth="1" />
                {w >= 6 && (
                  // Patterned segments get dark figures on a small white plate (dots and stripes
                  // show through a halo), solid ones white figures.
                  <svg x={`${x + w / 2}%`} y="0" overflow="visible">
                    {patterned && <rect x={-(4 + 3.5 * figure.length)} y="5" width={8 + 7 * figure.length} height="14" rx="3" fill={CHART.paper} />}
                    <text x="0" y="16" textAnchor="middle" fontSize="12" fontWeight="600" fill={patterned ? CHART.ink : CHART.paper}>
                      {figure}
                    </text>
                  </svg>
                )}
              </g>
            );
            x += w;
            return seg;
          })}
          <text x={`${x + 1}%`} y="16" fontSize="12" fill={CHART.ink} className="tabular-nums">
            {format.number(row.counts[doneIndex] ?? 0)}/{format.number(row.total)}
          </text>
        </svg>
      </div>
    );
  });
}
