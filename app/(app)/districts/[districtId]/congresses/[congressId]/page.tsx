import { getTranslations } from "next-intl/server";
import { CongressSummary } from "@/components/congresses/congress-summary";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getCongress } from "@/lib/congresses/data";
import { toRoman } from "@/lib/congresses/roman";
import { idParam, orNotFound } from "@/lib/server/page";
import { getDistrict } from "@/lib/units/data";

export default async function CongressPage({ params }: { params: Promise<{ districtId: string; congressId: string }> }) {
  const actor = await requireActor();
  const p = await params;
  const districtId = idParam(p.districtId);
  const congressId = idParam(p.congressId);
  const [district, congress, t] = await Promise.all([
    orNotFound(getDistrict(actor, districtId)),
    orNotFound(getCongress(actor, districtId, congressId)),
    getTranslations(),
  ]);
  const title = t("congress.fullTitle", {
    unit: congress.unit.name,
    ordinal: toRoman(congress.ordinal),
    start: congress.termStart,
    end: congress.termEnd,
  });
  return (
    <>
      <PageHeader
        title={title}
        navLabel={t("nav.breadcrumb")}
        crumbs={[
          { href: "/", label: t("nav.home") },
          { href: `/districts/${districtId}`, label: district.name },
          { label: t("congress.title", { ordinal: toRoman(congress.ordinal) }) },
        ]}
      />
      <Card>
        <CongressSummary congress={congress} />
      </Card>
    </>
  );
}
