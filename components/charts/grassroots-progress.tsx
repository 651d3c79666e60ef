import { getTranslations } from "@/lib/i18n/server";
import { cn } from "@/components/ui/cn";
import type { GrassrootsRatio } from "@/lib/grassroots/ratio";
import { ChartFigure } from "./chart-figure";
import { LegendItem } from "./legend-item";
import { CHART } from "./palette";

/**
 * Grassroots congresses as the articles count them ("47/47"): a bar split into held (green),
 * planned (blue) and not yet planned (dotted), with the three counts in words under it.
 */
export async function GrassrootsProgress({ ratio, size = "lg" }: { ratio: GrassrootsRatio; size?: "lg" | "sm" }) {
  const t = await getTranslations("charts.grassroots");
  const total = Math.max(1, ratio.total);
  const parts = [
    { key: "held", n: ratio.held, fill: CHART.done },
    { key: "planned", n: ratio.planned, fill: CHART.active },
    { key: "pending", n: ratio.pending, fill: "url(#grassroots-pending)" },
  ] as const;
  const summary = t("summary", { held: ratio.held, total: ratio.total, planned: ratio.planned, pending: ratio.pending });
  let x = 0;
  return (
    <ChartFigure
      summary={summary}
      patterns={[{ id: "grassroots-pending", kind: "dots", color: CHART.todo }]}
      className="space-y-2"
      legendClassName="text-sm"
      lead={
        <p className="font-medium">
          {t.rich("headline", {
            held: ratio.held,
            total: ratio.total,
            big: (chunks) => <span className={cn("mr-1 font-semibold tabular-nums", size === "lg" ? "text-3xl" : "text-xl")}>{chunks}</span>,
          })}
        </p>
      }
      legend={
        <>
          <LegendItem mark={{ kind: "swatch", fill: CHART.done }}>{t("legendHeld", { count: ratio.held })}</LegendItem>
          <LegendItem mark={{ kind: "swatch", fill: CHART.active }}>{t("legendPlanned", { count: ratio.planned })}</LegendItem>
          <LegendItem mark={{ kind: "swatch", fill: CHART.todo, pattern: "dots" }}>{t("legendPending", { count: ratio.pending })}</LegendItem>
        </>
      }
    >
      <svg aria-hidden width="100%" height="20" className="block">
        <rect x="0" y="0" width="100%" height="20" rx="4" fill={CHART.track} />
        {parts.map((p) => {
          const w = (p.n / total) * 100;
          const r = w > 0 ? <rect key={p.key} x={`${x}%`} y="0" width={`${w}%`} height="20" fill={p.fill} stroke={p.key === "pending" ? CHART.todo : CHART.paper} /> : null;
          x += w;
          return r;
        })}
      </svg>
    </ChartFigure>
  );
}
