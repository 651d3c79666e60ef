import type { Metadata } from "next";
import { provinceTitle } from "@/lib/server/metadata";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { FigureTiles } from "@/components/dashboard/figures";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { toRoman } from "@/lib/congresses/roman";
import { provinceDashboard } from "@/lib/dashboard/data";
import { idParam, orNotFound } from "@/lib/server/page";
import { getProvince } from "@/lib/units/data";

export async function generateMetadata({ params }: { params: Promise<{ provinceId: string }> }): Promise<Metadata> {
  return provinceTitle((await params).provinceId, (await getTranslations("meta"))("province"));
}

/** The province overseer's view: every organisation side by side with the same figures. */
export default async function ProvincePage({ params }: { params: Promise<{ provinceId: string }> }) {
  const actor = await requireActor();
  const provinceId = idParam((await params).provinceId);
  const [province, t] = await Promise.all([orNotFound(getProvince(actor, provinceId)), getTranslations()]);
  const organisations = await provinceDashboard(actor, provinceId);
  return (
    <>
      <PageHeader title={province.name} navLabel={t("nav.breadcrumb")} crumbs={[{ href: "/", label: t("nav.home") }, { label: province.name }]}>
        <p className="text-muted">{t("dashboard.provinceIntro")}</p>
      </PageHeader>
      <h2 className="mb-3 text-lg font-semibold">{t("province.organisations")}</h2>
      {organisations.length === 0 ? (
        <Card>
          <p className="text-muted">{t("province.noOrganisations")}</p>
        </Card>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {organisations.map((d) => (
            <li key={d.organisationId}>
              <Card aria-labelledby={`d-${d.organisationId}`} className="h-full space-y-3">
                <h3 id={`d-${d.organisationId}`} className="text-lg font-semibold">
                  <Link href={`/organisations/${d.organisationId}`} className="text-blue-800 hover:underline">
                    {d.organisationName}
                  </Link>
                </h3>
                {d.congress && d.figures ? (
                  <>
                    <Link href={`/organisations/${d.organisationId}/congresses/${d.congress.id}`} className="block text-sm text-blue-800 underline">
                      {t("congress.title", { ordinal: toRoman(d.congress.ordinal) })} ({d.congress.termStart}–{d.congress.termEnd})
                    </Link>
                    <FigureTiles figures={d.figures} compact />
                  </>
                ) : (
                  <p className="text-sm text-muted">{t("organisation.noCongress")}</p>
                )}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
