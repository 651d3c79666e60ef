import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import type { StructureRow } from "@/lib/personnel/composition";

/**
 * The structure of a list (the scheme's candidates, or those elected) against the scheme's
 * targets, with the met / not-met badges of the delegation's composition page.
 */
export async function StructurePanel({ rows, title, id, total }: { rows: StructureRow[]; title: string; id: string; total: number }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const pct = (n: number) => format.number(n / 100, { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const targetText = (min: number | null, max: number | null) =>
    min !== null && max !== null ? t("composition.range", { min, max }) : min !== null ? t("composition.atLeast", { min }) : max !== null ? t("composition.atMost", { max }) : t("composition.noTarget");
  return (
    <Card aria-labelledby={id} data-testid={id}>
      <CardTitle><span id={id}>{title}</span></CardTitle>
      <p className="mb-2 text-sm text-muted">{t("personnel.structure.people", { count: total })}</p>
      <table className="w-full text-left text-sm">
        <thead className="text-xs uppercase text-muted">
          <tr>
            <th scope="col" className="py-1 pr-2">{t("composition.metric")}</th>
            <th scope="col" className="py-1 pr-2 text-right">{t("composition.count")}</th>
            <th scope="col" className="py-1 pr-2 text-right">{t("composition.value")}</th>
            <th scope="col" className="py-1 pr-2">{t("composition.target")}</th>
            <th scope="col" className="py-1">{t("composition.result")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const bounded = r.target.minPercent !== null || r.target.maxPercent !== null;
            return (
              <tr key={r.metric} className="border-t border-stone-200" data-metric={r.metric}>
                <th scope="row" className="py-2 pr-2 font-medium">{t(`personnel.metrics.${r.metric}`)}</th>
                <td className="py-2 pr-2 text-right tabular-nums">{format.number(r.share.count)}</td>
                <td className="py-2 pr-2 text-right tabular-nums">{pct(r.share.percent)}</td>
                <td className="py-2 pr-2">{targetText(r.target.minPercent, r.target.maxPercent)}</td>
                <td className="py-2">{bounded && <Badge tone={r.met ? "green" : "red"}>{r.met ? t("composition.met") : t("composition.notMet")}</Badge>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Card>
  );
}
