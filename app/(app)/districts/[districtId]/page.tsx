import type { Metadata } from "next";
import { districtTitle } from "@/lib/server/metadata";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { CongressSummary } from "@/components/congresses/congress-summary";
import { GrassrootsProgress } from "@/components/charts/grassroots-progress";
import { UnitTable } from "@/components/units/unit-table";
import { buttonClass } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/access";
import { requireActor } from "@/lib/auth/session";
import { grassrootsCongressCounts, listDistrictCongresses } from "@/lib/congresses/data";
import { idParam, orNotFound } from "@/lib/server/page";
import { getDistrict, listDistrictUnits } from "@/lib/units/data";

export async function generateMetadata({ params }: { params: Promise<{ districtId: string }> }): Promise<Metadata> {
  return districtTitle((await params).districtId, (await getTranslations("meta"))("district"));
}

/** Held, planned and not yet planned grassroots congresses from the counts by status. */
function districtRatio(counts: Partial<Record<string, number>>, total: number) {
  const held = counts.HELD ?? 0;
  const planned = Math.min(total - held, Object.entries(counts).reduce((n, [status, c]) => (status === "HELD" ? n : n + (c ?? 0)), 0));
  return { held, total, planned, pending: Math.max(0, total - held - planned) };
}

export default async function DistrictPage({ params }: { params: Promise<{ districtId: string }> }) {
  const actor = await requireActor();
  const districtId = idParam((await params).districtId);
  const district = await orNotFound(getDistrict(actor, districtId));
  const [units, congresses, t] = await Promise.all([listDistrictUnits(actor, districtId), listDistrictCongresses(actor, districtId), getTranslations()]);
  const current = congresses[0];
  const counts = current ? await grassrootsCongressCounts(actor, districtId, current.termStart) : {};
  const active = units.filter((u) => u.status === "ACTIVE");
  const grassrootsTotal = active.filter((u) => u.kind === "GRASSROOTS_COMMITTEE" || u.kind === "GRASSROOTS_CELL").length;
  const showProvince = can(actor, "district.read", { provinceId: district.provinceId, districtId: null });

  return (
    <>
      <PageHeader
        title={district.name}
        navLabel={t("nav.breadcrumb")}
        crumbs={[
          { href: "/", label: t("nav.home") },
          { href: showProvince ? `/provinces/${district.province!.id}` : undefined, label: district.province!.name },
          { label: district.name },
        ]}
      >
        {district.memberCount !== null && <p className="text-muted">{t("district.memberCount", { count: district.memberCount })}</p>}
        {can(actor, "audit.read", { provinceId: district.provinceId, districtId }) && (
          <Link href={`/districts/${districtId}/audit`} className="inline-block text-sm text-blue-800 underline">
            {t("auditLog.open")}
          </Link>
        )}
        {can(actor, "account.manage", { provinceId: district.provinceId, districtId }) && (
          <Link href={`/districts/${districtId}/accounts`} className="ml-4 inline-block text-sm text-blue-800 underline">
            {t("setup.accounts")}
          </Link>
        )}
      </PageHeader>

      <div className="grid items-start gap-6 lg:grid-cols-3">
        <Card className="min-w-0 lg:col-span-1" aria-labelledby="congresses-title">
          <CardTitle>
            <span id="congresses-title">{t("district.congresses")}</span>
          </CardTitle>
          {congresses.length === 0 ? (
            <p className="text-muted">{t("district.noCongress")}</p>
          ) : (
            <div className="space-y-6">
              {congresses.map((c) => (
                <CongressSummary key={c.id} congress={c} href={`/districts/${districtId}/congresses/${c.id}`} />
              ))}
              {current && grassrootsTotal > 0 && (
                <div className="rounded-md bg-stone-50 p-3">
                  <GrassrootsProgress size="sm" ratio={districtRatio(counts, grassrootsTotal)} />
                </div>
              )}
            </div>
          )}
        </Card>

        <Card className="min-w-0 lg:col-span-2" aria-labelledby="units-title">
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <CardTitle className="mb-0">
              <span id="units-title">{t("district.units")}</span>
            </CardTitle>
            {can(actor, "unit.manage", { provinceId: district.provinceId, districtId }) && (
              <Link href={`/districts/${districtId}/units/new`} className={buttonClass("secondary")}>
                {t("unitForm.add")}
              </Link>
            )}
          </div>
          {units.length === 0 ? (
            <p className="text-muted">{t("district.noUnits")}</p>
          ) : (
            <>
              <p className="mb-3 text-sm text-muted">
                {t("district.unitsIntro", { active: active.length, inactive: units.length - active.length })}
              </p>
              <UnitTable units={units} districtId={districtId} />
            </>
          )}
        </Card>
      </div>
    </>
  );
}
