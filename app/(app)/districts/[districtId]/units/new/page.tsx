import type { Metadata } from "next";
import { districtTitle } from "@/lib/server/metadata";
import { getTranslations } from "@/lib/i18n/server";
import { UnitForm } from "@/components/units/unit-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/access";
import { requireActor } from "@/lib/auth/session";
import { idParam, orNotFound, refuseAsNotFound } from "@/lib/server/page";
import { getDistrict, listActiveUnitChoices } from "@/lib/units/data";

export async function generateMetadata({ params }: { params: Promise<{ districtId: string }> }): Promise<Metadata> {
  return districtTitle((await params).districtId, (await getTranslations("unitForm"))("newTitle"));
}

export default async function NewUnitPage({ params }: { params: Promise<{ districtId: string }> }) {
  const actor = await requireActor();
  const districtId = idParam((await params).districtId);
  const district = await orNotFound(getDistrict(actor, districtId));
  const place = { provinceId: district.provinceId, districtId };
  if (!can(actor, "unit.manage", place)) await refuseAsNotFound(place);
  const [choices, t] = await Promise.all([listActiveUnitChoices(actor, districtId), getTranslations()]);
  return (
    <>
      <PageHeader
        title={t("unitForm.newTitle")}
        navLabel={t("nav.breadcrumb")}
        crumbs={[{ href: "/", label: t("nav.home") }, { href: `/districts/${districtId}`, label: district.name }, { label: t("unitForm.newTitle") }]}
      />
      <Card>
        <UnitForm districtId={districtId} committees={choices.filter((c) => c.kind === "GRASSROOTS_COMMITTEE")} />
      </Card>
    </>
  );
}
