import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { TASK_STATUSES, type TaskStatus } from "@/lib/tasks/schema";
import { ChartFigure } from "./chart-figure";
import { LegendItem } from "./legend-item";
import { CHART, TASK_STATUS_COLOR } from "./palette";

export type TaskStatusRow = { key: string; name: string; byStatus: Record<TaskStatus, number>; total: number };

const PATTERN: Partial<Record<TaskStatus, "dots" | "hatch">> = { TODO: "dots", BLOCKED: "hatch" };
const fillOf = (s: TaskStatus) => (PATTERN[s] ? `url(#tsb-${s})` : TASK_STATUS_COLOR[s]);

/**
 * Tasks by status per sub-committee: one stacked bar per row, lengths on one scale so rows compare,
 * counts written in the segments wide enough to hold them and the total at the end; "to do" is
 * dotted and "blocked" hatched so the states read without colour. A table gives the numbers.
 */
export async function TaskStatusBars({ rows, caption }: { rows: TaskStatusRow[]; caption: string }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const max = Math.max(1, ...rows.map((r) => r.total));
  const summary = `${caption}: ${rows.map((r) => `${r.name} — ${TASK_STATUSES.map((s) => `${t(`tasks.statuses.${s}`)} ${format.number(r.byStatus[s])}`).join(", ")}`).join("; ")}`;
  return (
    <ChartFigure
      summary={summary}
      patterns={[
        { id: "tsb-TODO", kind: "dots", color: TASK_STATUS_COLOR.TODO },
        { id: "tsb-BLOCKED", kind: "hatch", color: TASK_STATUS_COLOR.BLOCKED },
      ]}
      className="space-y-3"
      bodyClassName="space-y-2 text-sm"
      legend={
        <>
          {TASK_STATUSES.map((s) => (
            <LegendItem key={s} mark={{ kind: "swatch", fill: TASK_STATUS_COLOR[s], pattern: PATTERN[s] }}>
              {t(`tasks.statuses.${s}`)}
            </LegendItem>
          ))}
          <span>{t("charts.doneOfTotal")}</span>
        </>
      }
      table={{
        caption,
        columns: [t("dashboard.subCommittee"), ...TASK_STATUSES.map((s) => t(`tasks.statuses.${s}`))],
        rows: rows.map((row) => ({ key: row.key, header: row.name, cells: TASK_STATUSES.map((s) => format.number(row.byStatus[s])) })),
      }}
    >
      {rows.map((row) => {
        let x = 0;
        return (
          <div key={row.key} className="grid grid-cols-1 items-center gap-x-3 sm:grid-cols-[minmax(0,10rem)_1fr]">
            <span className="font-medium break-words">{row.name}</span>
            <svg aria-hidden width="100%" height="24" className="block">
              <rect x="0" y="2" width="100%" height="20" rx="3" fill={CHART.surface} />
              {TASK_STATUSES.map((s) => {
                const n = row.byStatus[s];
                if (n === 0) return null;
                const w = (n / max) * 88;
                const seg = (
                  <g key={s}>
                    <rect x={`${x}%`} y="2" width={`${w}%`} height="20" fill={fillOf(s)} stroke={PATTERN[s] ? TASK_STATUS_COLOR[s] : CHART.paper} strokeWidth="1" />
                    {w >= 6 && (
                      // Patterned segments get dark figures on a small white plate (dots and stripes
                      // show through a halo), solid ones white figures.
                      <svg x={`${x + w / 2}%`} y="0" overflow="visible">
                        {PATTERN[s] && <rect x={-(4 + 3.5 * format.number(n).length)} y="5" width={8 + 7 * format.number(n).length} height="14" rx="3" fill={CHART.paper} />}
                        <text x="0" y="16" textAnchor="middle" fontSize="12" fontWeight="600" fill={PATTERN[s] ? CHART.ink : CHART.paper}>
                          {format.number(n)}
                        </text>
                      </svg>
                    )}
                  </g>
                );
                x += w;
                return seg;
              })}
              <text x={`${x + 1}%`} y="16" fontSize="12" fill={CHART.ink} className="tabular-nums">
                {format.number(row.byStatus.DONE)}/{format.number(row.total)}
              </text>
            </svg>
          </div>
        );
      })}
    </ChartFigure>
  );
}
