import { getFormatter, getTranslations } from "next-intl/server";
import { TASK_STATUSES, type TaskStatus } from "@/lib/tasks/schema";
import { TASK_STATUS_COLOR } from "./palette";
import { Dots, Hatch, Swatch } from "./patterns";

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
    <figure className="space-y-3">
      <div role="img" aria-label={summary} className="space-y-2 text-sm">
        <svg aria-hidden width="0" height="0" className="absolute">
          <defs>
            <Dots id="tsb-TODO" color={TASK_STATUS_COLOR.TODO} />
            <Hatch id="tsb-BLOCKED" color={TASK_STATUS_COLOR.BLOCKED} />
          </defs>
        </svg>
        {rows.map((row) => {
          let x = 0;
          return (
            <div key={row.key} className="grid grid-cols-1 items-center gap-x-3 sm:grid-cols-[minmax(0,10rem)_1fr]">
              <span className="font-medium break-words">{row.name}</span>
              <svg aria-hidden width="100%" height="24" className="block">
                <rect x="0" y="2" width="100%" height="20" rx="3" fill="#f5f5f4" />
                {TASK_STATUSES.map((s) => {
                  const n = row.byStatus[s];
                  if (n === 0) return null;
                  const w = (n / max) * 88;
                  const seg = (
                    <g key={s}>
                      <rect x={`${x}%`} y="2" width={`${w}%`} height="20" fill={fillOf(s)} stroke={PATTERN[s] ? TASK_STATUS_COLOR[s] : "white"} strokeWidth="1" />
                      {w >= 6 && (
                        // Patterned segments get dark figures on a small white plate (dots and stripes
                        // show through a halo), solid ones white figures.
                        <svg x={`${x + w / 2}%`} y="0" overflow="visible">
                          {PATTERN[s] && <rect x={-(4 + 3.5 * format.number(n).length)} y="5" width={8 + 7 * format.number(n).length} height="14" rx="3" fill="white" />}
                          <text x="0" y="16" textAnchor="middle" fontSize="12" fontWeight="600" fill={PATTERN[s] ? "#1c1917" : "white"}>
                            {format.number(n)}
                          </text>
                        </svg>
                      )}
                    </g>
                  );
                  x += w;
                  return seg;
                })}
                <text x={`${x + 1}%`} y="16" fontSize="12" fill="#1c1917" className="tabular-nums">
                  {format.number(row.byStatus.DONE)}/{format.number(row.total)}
                </text>
              </svg>
            </div>
          );
        })}
      </div>
      <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
        {TASK_STATUSES.map((s) => (
          <span key={s} className="inline-flex items-center gap-1">
            <Swatch fill={TASK_STATUS_COLOR[s]} pattern={PATTERN[s]} />
            {t(`tasks.statuses.${s}`)}
          </span>
        ))}
        <span>{t("charts.doneOfTotal")}</span>
      </figcaption>
      {/* A table ignores the 1px box of sr-only; its wrapper does not. */}
      <div className="sr-only">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("dashboard.subCommittee")}</th>
            {TASK_STATUSES.map((s) => (
              <th key={s} scope="col">{t(`tasks.statuses.${s}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.name}</th>
              {TASK_STATUSES.map((s) => (
                <td key={s}>{format.number(row.byStatus[s])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </figure>
  );
}
