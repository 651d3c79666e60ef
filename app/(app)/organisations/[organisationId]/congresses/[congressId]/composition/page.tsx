import type { Metadata } from "next";
import { congressTitle } from "@/lib/server/metadata";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { CompositionBars } from "@/components/charts/composition-bars";
import { TargetsForm } from "@/components/delegates/targets-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate, vietnamDate } from "@/lib/dates";
import { METRICS, THEORY_LEVELS, type Target, metricShare, targetMet } from "@/lib/delegates/composition";
import { compositionReport } from "@/lib/delegates/data";
import { congressPage } from "@/lib/server/page";
import { ScrollRegion } from "@/components/ui/scroll-region";

export async function generateMetadata({ params }: { params: Promise<{ organisationId: string; congressId: string }> }): Promise<Metadata> {
  return congressTitle(params, (await getTranslations("composition"))("title"));
}

export default async function CompositionPage({ params }: { params: Promise<{ organisationId: string; congressId: string }> }) {
  const { actor, congress, can, base } = await congressPage(params, "delegate.read");
  const [report, t, format] = await Promise.all([compositionReport(actor, congress, vietnamDate()), getTranslations(), getFormatter()]);
  const pct = (n: number) => format.number(n / 100, { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const targetText = (target: Target) =>
    target.minPercent !== null && target.maxPercent !== null
      ? t("composition.range", { min: target.minPercent, max: target.maxPercent })
      : target.minPercent !== null
        ? t("composition.atLeast", { min: target.minPercent })
        : target.maxPercent !== null
          ? t("composition.atMost", { max: target.maxPercent })
          : t("composition.noTarget");
  const w = report.whole;
  return (
    <div className="space-y-6">
      <div>
        <h2 className="text-xl font-semibold">{t("composition.title")}</h2>
        <p className="text-sm text-muted">{t("composition.intro", { count: w.total, date: formatDate(report.openingIso) })}</p>
      </div>
      {w.total === 0 ? (
        <EmptyState text={t("composition.empty")} action={{ href: `${base}/delegates`, label: t("composition.openRoster") }} />
      ) : (
        <>
          <Card aria-labelledby="chart-title">
            <CardTitle><span id="chart-title">{t("composition.chartTitle")}</span></CardTitle>
            <CompositionBars
              title={t("composition.chartTitle")}
              bars={METRICS.map((m) => {
                const share = metricShare(w, m);
                const target = report.targets[m];
                return { key: m, label: t(`composition.metrics.${m}`), count: share.count, percent: share.percent, minPercent: target.minPercent, maxPercent: target.maxPercent, met: targetMet(share.percent, target), targetText: targetText(target) };
              })}
            />
          </Card>
          <div className="grid gap-4 lg:grid-cols-2">
            <Card aria-labelledby="targets-title">
              <CardTitle><span id="targets-title">{t("composition.targets.legend")}</span></CardTitle>
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
                  {METRICS.map((m) => {
                    const share = metricShare(w, m);
                    const target = report.targets[m];
                    const met = targetMet(share.percent, target);
                    return (
                      <tr key={m} className="border-t border-stone-200" data-metric={m}>
                        <th scope="row" className="py-2 pr-2 font-medium">{t(`composition.metrics.${m}`)}</th>
                        <td className="py-2 pr-2 text-right tabular-nums">{share.count}</td>
                        <td className="py-2 pr-2 text-right tabular-nums">{pct(share.percent)}</td>
                        <td className="py-2 pr-2">{targetText(target)}</td>
                        <td className="py-2">
                          <Badge tone={met ? "green" : "red"}>{met ? t("composition.met") : t("composition.notMet")}</Badge>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </Card>
            <Card aria-labelledby="theory-title">
              <CardTitle><span id="theory-title">{t("composition.theoryTitle")}</span></CardTitle>
              <table className="w-full text-left text-sm">
                <tbody>
                  {[...THEORY_LEVELS, "NONE" as const].map((l) => (
                    <tr key={l} className="border-t border-stone-200 first:border-t-0">
                      <th scope="row" className="py-2 pr-2 font-medium">{t(`delegates.theory.${l}`)}</th>
                      <td className="py-2 pr-2 text-right tabular-nums">{w.theory[l].count}</td>
                      <td className="py-2 text-right tabular-nums">{pct(w.theory[l].percent)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Card>
          </div>
          <Card aria-labelledby="per-unit-title">
            <CardTitle><span id="per-unit-title">{t("composition.perUnit")}</span></CardTitle>
            <ScrollRegion label={t("composition.perUnit")}>
              <table className="w-full min-w-[40rem] text-left text-sm">
                <thead className="text-xs uppercase text-muted">
                  <tr>
                    <th scope="col" className="py-1 pr-2">{t("composition.unit")}</th>
                    <th scope="col" className="py-1 pr-2 text-right">{t("composition.total")}</th>
                    {METRICS.map((m) => (
                      <th key={m} scope="col" className="py-1 pr-2 text-right">{t(`composition.metrics.${m}`)}</th>
                    ))}
                    <th scope="col" className="py-1 text-right">{t("delegates.theory.ADVANCED")} + {t("delegates.theory.BACHELOR")}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.units.map((u) => (
                    <tr key={u.unitId ?? "none"} className="border-t border-stone-200">
                      <th scope="row" className="py-2 pr-2 font-medium">{u.name ?? t("composition.noUnit")}</th>
                      <td className="py-2 pr-2 text-right tabular-nums">{u.composition.total}</td>
                      {METRICS.map((m) => (
                        <td key={m} className="py-2 pr-2 text-right tabular-nums">{pct(metricShare(u.composition, m).percent)}</td>
                      ))}
                      <td className="py-2 text-right tabular-nums">{pct(u.composition.theory.ADVANCED.percent + u.composition.theory.BACHELOR.percent)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </Card>
        </>
      )}
      {can("delegate.manage") && (
        <TargetsForm congressId={congress.id} targets={METRICS.map((m) => ({ metric: m, minPercent: report.targets[m].minPercent, maxPercent: report.targets[m].maxPercent }))} />
      )}
    </div>
  );
}
