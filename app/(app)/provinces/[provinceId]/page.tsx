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

/** The province overseer's view: every district side by side with the same figures. */
export default async function ProvincePage({ params }: { params: Promise<{ provinceId: string }> }) {
  const actor = await requireActor();
  const provinceId = idParam((await params).provinceId);
  const [province, t] = await Promise.all([orNotFound(getProvince(actor, provinceId)), getTranslations()]);
  const districts = await provinceDashboard(actor, provinceId);
  return (
    <>
      <PageHeader title={province.name} navLabel={t("nav.breadcrumb")} crumbs={[{ href: "/", label: t("nav.home") }, { label: province.name }]}>
        <p className="text-muted">{t("dashboard.provinceIntro")}</p>
      </PageHeader>
      <h2 className="mb-3 text-lg font-semibold">{t("province.districts")}</h2>
      {districts.length === 0 ? (
        <Card>
          <p className="text-muted">{t("province.noDistricts")}</p>
        </Card>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {districts.map((d) => (
            <li key={d.districtId}>
              <Card aria-labelledby={`d-${d.districtId}`} className="h-full space-y-3">
                <h3 id={`d-${d.districtId}`} className="text-lg font-semibold">
                  <Link href={`/districts/${d.districtId}`} className="text-blue-800 hover:underline">
                    {d.districtName}
                  </Link>
                </h3>
                {d.congress && d.figures ? (
                  <>
                    <Link href={`/districts/${d.districtId}/congresses/${d.congress.id}`} className="block text-sm text-blue-800 underline">
                      {t("congress.title", { ordinal: toRoman(d.congress.ordinal) })} ({d.congress.termStart}–{d.congress.termEnd})
                    </Link>
                    <FigureTiles figures={d.figures} compact />
                  </>
                ) : (
                  <p className="text-sm text-muted">{t("district.noCongress")}</p>
                )}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
