import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { idParam, orNotFound } from "@/lib/server/page";
import { getProvince } from "@/lib/units/data";

export default async function ProvincePage({ params }: { params: Promise<{ provinceId: string }> }) {
  const actor = await requireActor();
  const provinceId = idParam((await params).provinceId);
  const [province, t] = await Promise.all([orNotFound(getProvince(actor, provinceId)), getTranslations()]);
  return (
    <>
      <PageHeader title={province.name} navLabel={t("nav.breadcrumb")} crumbs={[{ href: "/", label: t("nav.home") }, { label: province.name }]} />
      <Card>
        <CardTitle>{t("province.districts")}</CardTitle>
        {province.provinceUnits.length === 0 ? (
          <p className="text-muted">{t("province.noDistricts")}</p>
        ) : (
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {province.provinceUnits.map((d) => (
              <li key={d.id}>
                <Link href={`/districts/${d.id}`} className="block rounded-md border border-stone-200 px-3 py-2 font-medium text-blue-800 hover:bg-stone-50">
                  {d.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
