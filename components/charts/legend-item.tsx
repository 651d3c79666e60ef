import type { ReactNode } from "react";
import { CHART } from "./palette";
import { Swatch } from "./patterns";

/** What a legend entry shows: a swatch drawn like the bars, a limit or today line, or the done-day diamond. */
export type LegendMark =
  | { kind: "swatch"; fill: string; pattern?: "hatch" | "dots" }
  | { kind: "line"; color: string; dashed?: boolean; band?: string }
  | { kind: "diamond"; color: string };

function Mark({ mark }: { mark: LegendMark }) {
  if (mark.kind === "swatch") return <Swatch fill={mark.fill} pattern={mark.pattern} />;
  return (
    <svg aria-hidden width="14" height="14" className="inline-block shrink-0 align-[-2px]">
      {mark.kind === "diamond" ? (
        <rect x="3" y="3" width="8" height="8" transform="rotate(45 7 7)" fill={CHART.paper} stroke={mark.color} strokeWidth="2" />
      ) : (
        <>
          {mark.band && <rect width="14" height="14" fill={mark.band} />}
          <line x1="7" x2="7" y1="0" y2="14" stroke={mark.color} strokeWidth="2" strokeDasharray={mark.dashed ? "3 2" : undefined} />
        </>
      )}
    </svg>
  );
}

export function LegendItem({ mark, children }: { mark: LegendMark; children: ReactNode }) {
  return (
    <span className="inline-flex items-center gap-1">
      <Mark mark={mark} />
      {children}
    </span>
  );
}
