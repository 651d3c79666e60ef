import { ChartFigure } from "./chart-figure";
import { CHART } from "./palette";

/** One share as a thin bar (done of total), its figures in words for screen readers. */
export function ProgressBar({ value, total, label, color = CHART.done }: { value: number; total: number; label: string; color?: string }) {
  const width = total > 0 ? Math.min(100, (value / total) * 100) : 0;
  return (
    <ChartFigure summary={label}>
      <svg aria-hidden viewBox="0 0 100 8" preserveAspectRatio="none" className="h-2.5 w-full">
        <rect width="100" height="8" rx="4" fill={CHART.track} />
        {width > 0 && <rect width={width} height="8" rx="4" fill={color} />}
      </svg>
    </ChartFigure>
  );
}
