import type { Metadata } from "next";
import { congressTitle } from "@/lib/server/metadata";
import { getTranslations } from "@/lib/i18n/server";
import { QuotaEditor } from "@/components/delegates/quota-editor";
import { QuotaStatus } from "@/components/delegates/quota-status";
import { Card } from "@/components/ui/card";
import { quotaOverview } from "@/lib/delegates/data";
import { congressPage } from "@/lib/server/page";
import { ScrollRegion } from "@/components/ui/scroll-region";

export async function generateMetadata({ params }: { params: Promise<{ organisationId: string; congressId: string }> }): Promise<Metadata> {
  return congressTitle(params, (await getTranslations("quotas"))("title"));
}

export default async function QuotasPage({ params }: { params: Promise<{ organisationId: string; congressId: string }> }) {
  const { actor, congress, can } = await congressPage(params, "delegate.read");
  const [overview, t] = await Promise.all([quotaOverview(actor, congress), getTranslations("quotas")]);
  const rows = overview.rows;
  return (
    <div className="space-y-4">
      <div>
        <h2 className="text-xl font-semibold">{t("title")}</h2>
        <p className="text-sm text-muted">{t("intro")}</p>
        <p className="mt-1 text-sm font-medium">
          {t("exOfficio", { count: overview.exOfficio })} · {t("appointed", { count: overview.appointed })}
        </p>
      </div>
      {rows.length === 0 ? (
        <Card>
          <p className="text-muted">{t("noUnits")}</p>
        </Card>
      ) : can("delegate.manage") ? (
        <QuotaEditor congressId={congress.id} rows={rows.map((r) => ({ unitId: r.unitId, name: r.name, members: r.members, seats: r.seats, version: r.version, elected: r.elected }))}
          key={rows.map((r) => r.version ?? 0).join(".")} />
      ) : (
        <ScrollRegion label={t("title")} className="rounded-lg border border-stone-200 bg-white">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <thead className="bg-stone-100 text-xs uppercase text-muted">
              <tr>
                <th scope="col" className="px-3 py-2">{t("unit")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("members")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("quota")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("elected")}</th>
                <th scope="col" className="px-3 py-2">{t("status")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.unitId} className="border-t border-stone-200">
                  <th scope="row" className="px-3 py-2 font-medium">{r.name}</th>
                  <td className="px-3 py-2 text-right tabular-nums">{r.members}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{r.seats ?? "—"}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{r.elected}</td>
                  <td className="px-3 py-2"><QuotaStatus seats={r.seats} elected={r.elected} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </div>
  );
}
