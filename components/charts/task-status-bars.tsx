import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { TASK_STATUSES, type TaskStatus } from "@/lib/tasks/schema";
import { ChartFigure } from "./chart-figure";
import { LegendItem } from "./legend-item";
import { TASK_STATUS_COLOR } from "./palette";
import { STATUS_PATTERN, StatusBarsDrawing } from "./status-bars-drawing";

export type TaskStatusRow = { key: string; name: string; byStatus: Record<TaskStatus, number>; total: number };

/**
 * Tasks by status per sub-committee: one stacked bar per row, lengths on one scale so rows compare,
 * counts written in the segments wide enough to hold them and the total at the end; "to do" is
 * dotted and "blocked" hatched so the states read without colour. A table gives the numbers.
 */
export async function TaskStatusBars({ rows, caption }: { rows: TaskStatusRow[]; caption: string }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const summary = `${caption}: ${rows.map((r) => `${r.name} — ${TASK_STATUSES.map((s) => `${t(`tasks.statuses.${s}`)} ${format.number(r.byStatus[s])}`).join(", ")}`).join("; ")}`;
  return (
    <ChartFigure
      summary={summary}
      // The bars fill with url(#tsb-<status>) (StatusBarsDrawing).
      patterns={TASK_STATUSES.flatMap((s) => {
        const kind = STATUS_PATTERN[s];
        return kind ? [{ id: `tsb-${s}`, kind, color: TASK_STATUS_COLOR[s] }] : [];
      })}
      className="space-y-3"
      bodyClassName="space-y-2 text-sm"
      legend={
        <>
          {TASK_STATUSES.map((s) => (
            <LegendItem key={s} mark={{ kind: "swatch", fill: TASK_STATUS_COLOR[s], pattern: STATUS_PATTERN[s] }}>
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
      <StatusBarsDrawing rows={rows.map((r) => ({ key: r.key, name: r.name, counts: TASK_STATUSES.map((s) => r.byStatus[s]), total: r.total }))} doneIndex={TASK_STATUSES.indexOf("DONE")} />
    </ChartFigure>
  );
}
