import type { Metadata } from "next";
import { congressTitle } from "@/lib/server/metadata";
import { getTranslations } from "@/lib/i18n/server";
import { CongressEditForm, CongressStatusForm } from "@/components/setup/organisation-forms";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate } from "@/lib/dates";
import { type CongressParams, congressPage, refuseAsNotFound } from "@/lib/server/page";

export async function generateMetadata({ params }: { params: Promise<{ organisationId: string; congressId: string }> }): Promise<Metadata> {
  return congressTitle(params, (await getTranslations("setup"))("editCongress"));
}

/** An organisation congress's own record: number, term, dates, venue, pilot flag, and its status. */
export default async function EditCongressPage({ params }: { params: CongressParams }) {
  const { congress, base, place } = await congressPage(params, "congress.edit");
  if (!congress.isOrganisationCongress) await refuseAsNotFound(place);
  const t = await getTranslations();
  const values = {
    ordinal: String(congress.ordinal),
    termStart: String(congress.termStart),
    termEnd: String(congress.termEnd),
    plannedOpening: congress.plannedOpening ? formatDate(congress.plannedOpening) : "",
    plannedClosing: congress.plannedClosing ? formatDate(congress.plannedClosing) : "",
    venue: congress.venue ?? "",
    isPilot: congress.isPilot,
    kind: congress.kind,
  };
  return (
    <>
      <PageHeader title={t("setup.editCongress")} navLabel={t("nav.breadcrumb")} crumbs={[{ href: "/", label: t("nav.home") }, { href: base, label: congress.unitName }, { label: t("setup.editCongress") }]} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardTitle>{t("setup.editCongress")}</CardTitle>
          <CongressEditForm congressId={congress.id} version={congress.version} values={values} />
        </Card>
        <Card>
          <CardTitle>
            {t("setup.status")}: {t(`congress.statuses.${congress.status}`)}
          </CardTitle>
          <CongressStatusForm congressId={congress.id} version={congress.version} status={congress.status} />
        </Card>
      </div>
    </>
  );
}
