import type { Metadata } from "next";
import { organisationTitle } from "@/lib/server/metadata";
import { getTranslations } from "@/lib/i18n/server";
import { UnitForm } from "@/components/units/unit-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/access";
import { requireActor } from "@/lib/auth/session";
import { idParam, orNotFound, refuseAsNotFound } from "@/lib/server/page";
import { getOrganisation, listActiveUnitChoices } from "@/lib/units/data";

export async function generateMetadata({ params }: { params: Promise<{ organisationId: string }> }): Promise<Metadata> {
  return organisationTitle((await params).organisationId, (await getTranslations("unitForm"))("newTitle"));
}

export default async function NewUnitPage({ params }: { params: Promise<{ organisationId: string }> }) {
  const actor = await requireActor();
  const organisationId = idParam((await params).organisationId);
  const organisation = await orNotFound(getOrganisation(actor, organisationId));
  const place = { provinceId: organisation.provinceId, organisationId };
  if (!can(actor, "unit.manage", place)) await refuseAsNotFound(place);
  const [choices, t] = await Promise.all([listActiveUnitChoices(actor, organisationId), getTranslations()]);
  return (
    <>
      <PageHeader
        title={t("unitForm.newTitle")}
        navLabel={t("nav.breadcrumb")}
        crumbs={[{ href: "/", label: t("nav.home") }, { href: `/organisations/${organisationId}`, label: organisation.name }, { label: t("unitForm.newTitle") }]}
      />
      <Card>
        <UnitForm organisationId={organisationId} committees={choices.filter((c) => c.kind === "GRASSROOTS_COMMITTEE")} />
      </Card>
    </>
  );
}
