import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { ChartFigure } from "./chart-figure";
import { LegendItem } from "./legend-item";
import { CHART } from "./palette";

export type CompositionBar = { key: string; label: string; count: number; percent: number; minPercent: number | null; maxPercent: number | null; met: boolean; targetText: string };

/**
 * Each composition measure as a bar against its target: the target band shaded, its limits drawn
 * as black lines, the bar green when met and red hatched when not, with the value and the words
 * "met"/"not met" beside it. One scale for all bars (0 to the largest value or limit, rounded up).
 */
export async function CompositionBars({ bars, title }: { bars: CompositionBar[]; title: string }) {
  const [t, format] = await Promise.all([getTranslations("composition"), getFormatter()]);
  const pct = (n: number) => format.number(n / 100, { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const top = Math.min(100, Math.max(50, Math.ceil(Math.max(...bars.flatMap((b) => [b.percent, b.minPercent ?? 0, b.maxPercent ?? 0])) / 10) * 10 + 10));
  const x = (p: number) => `${((Math.min(p, top) / top) * 100).toFixed(2)}%`;
  const ticks = Array.from({ length: top / 10 + 1 }, (_, i) => i * 10).filter((v) => top <= 50 || v % 20 === 0);
  const summary = `${title}: ${bars.map((b) => `${b.label} ${pct(b.percent)}, ${b.targetText}, ${b.met ? t("met") : t("notMet")}`).join("; ")}`;
  return (
    <ChartFigure
      summary={summary}
      patterns={[{ id: "comp-notmet", kind: "hatch", color: CHART.late }]}
      className="space-y-1"
      bodyClassName="space-y-3 text-sm"
      legendClassName="pt-2 text-xs text-muted"
      legend={<LegendItem mark={{ kind: "line", color: CHART.target, band: CHART.band }}>{t("legendTarget")}</LegendItem>}
    >
      {bars.map((b) => (
        <div key={b.key} data-bar={b.key}>
          <div className="flex flex-wrap items-baseline justify-between gap-x-2">
            <span className="font-medium">{b.label}</span>
            <span className="tabular-nums">
              <strong>{pct(b.percent)}</strong> · {b.targetText} ·{" "}
              <span className={b.met ? "font-semibold text-green-800" : "font-semibold text-red-800"}>{b.met ? `✓ ${t("met")}` : `✗ ${t("notMet")}`}</span>
            </span>
          </div>
          <svg aria-hidden width="100%" height="30" className="block overflow-visible">
            <rect x="0" y="4" width="100%" height="18" rx="3" fill={CHART.surface} />
            {(b.minPercent !== null || b.maxPercent !== null) && (
              <rect x={x(b.minPercent ?? 0)} y="4" width={`${(((Math.min(top, b.maxPercent ?? top) - (b.minPercent ?? 0)) / top) * 100).toFixed(2)}%`} height="18" fill={CHART.band} />
            )}
            <rect x="0" y="8" width={x(b.percent)} height="10" rx="2" fill={b.met ? CHART.done : "url(#comp-notmet)"} stroke={b.met ? "none" : CHART.late} />
            {[b.minPercent, b.maxPercent].map((limit, i) =>
              limit === null ? null : <line key={i} x1={x(limit)} x2={x(limit)} y1="0" y2="26" stroke={CHART.target} strokeWidth="2" />,
            )}
          </svg>
        </div>
      ))}
      <div className="relative h-4 text-xs text-muted" aria-hidden>
        {ticks.map((v) => (
          <span key={v} className={v === 0 ? "absolute left-0" : v === top ? "absolute right-0" : "absolute -translate-x-1/2"} style={v === 0 || v === top ? undefined : { left: x(v) }}>
            {format.number(v / 100, { style: "percent" })}
          </span>
        ))}
      </div>
    </ChartFigure>
  );
}
