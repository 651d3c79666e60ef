import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { Dots, Hatch } from "./patterns";

export type ChartPattern = { id: string; kind: "hatch" | "dots"; color: string };

/** The chart's numbers for screen readers: a header cell per row, then one cell per column. */
export type ChartTable = { caption: string; columns: string[]; rows: { key: string; header: string; cells: ReactNode[] }[] };

/**
 * The frame every chart shares. The drawing is one image (role="img") whose label is the
 * summary in words; its parts are aria-hidden. Patterns (hatched = late or blocked, dotted =
 * planned) are defined once in a hidden SVG so any part can fill with them. The legend is the
 * caption; the table, when there is one, gives screen readers the numbers row by row.
 */
export function ChartFigure({
  summary,
  patterns = [],
  lead,
  legend,
  table,
  className,
  bodyClassName,
  legendClassName = "text-xs text-muted",
  children,
}: {
  summary: string;
  patterns?: ChartPattern[];
  /** Shown above the drawing, e.g. a headline figure. */
  lead?: ReactNode;
  legend?: ReactNode;
  table?: ChartTable;
  className?: string;
  bodyClassName?: string;
  legendClassName?: string;
  children: ReactNode;
}) {
  return (
    <figure className={className}>
      {lead}
      <div role="img" aria-label={summary} className={bodyClassName}>
        {patterns.length > 0 && (
          <svg aria-hidden width="0" height="0" className="absolute">
            <defs>{patterns.map((p) => (p.kind === "hatch" ? <Hatch key={p.id} id={p.id} color={p.color} /> : <Dots key={p.id} id={p.id} color={p.color} />))}</defs>
          </svg>
        )}
        {children}
      </div>
      {legend && <figcaption className={cn("flex flex-wrap gap-x-4 gap-y-1", legendClassName)}>{legend}</figcaption>}
      {table && (
        // A table ignores the 1px box of sr-only; its wrapper does not.
        <div className="sr-only">
          <table>
            <caption>{table.caption}</caption>
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th key={c} scope="col">{c}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.header}</th>
                  {row.cells.map((cell, i) => (
                    <td key={i}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </figure>
  );
}
