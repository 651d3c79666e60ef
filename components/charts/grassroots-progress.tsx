import { getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";
import type { GrassrootsRatio } from "@/lib/grassroots/ratio";
import { CHART } from "./palette";
import { Dots, Swatch } from "./patterns";

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
    <figure className="space-y-2">
      <p className="font-medium">
        {t.rich("headline", {
          held: ratio.held,
          total: ratio.total,
          big: (chunks) => <span className={cn("mr-1 font-semibold tabular-nums", size === "lg" ? "text-3xl" : "text-xl")}>{chunks}</span>,
        })}
      </p>
      <svg role="img" aria-label={summary} width="100%" height="20" className="block">
        <defs>
          <Dots id="grassroots-pending" color={CHART.todo} />
        </defs>
        <rect x="0" y="0" width="100%" height="20" rx="4" fill={CHART.track} />
        {parts.map((p) => {
          const w = (p.n / total) * 100;
          const r = w > 0 ? <rect key={p.key} x={`${x}%`} y="0" width={`${w}%`} height="20" fill={p.fill} stroke={p.key === "pending" ? CHART.todo : "white"} /> : null;
          x += w;
          return r;
        })}
      </svg>
      <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <span className="inline-flex items-center gap-1"><Swatch fill={CHART.done} />{t("legendHeld", { count: ratio.held })}</span>
        <span className="inline-flex items-center gap-1"><Swatch fill={CHART.active} />{t("legendPlanned", { count: ratio.planned })}</span>
        <span className="inline-flex items-center gap-1"><Swatch fill={CHART.todo} pattern="dots" />{t("legendPending", { count: ratio.pending })}</span>
      </figcaption>
    </figure>
  );
}
