import type { Metadata } from "next";
import { districtTitle } from "@/lib/server/metadata";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { AuditFilterForm } from "@/components/audit/audit-filters";
import { AuditLogEntries } from "@/components/audit/audit-log";
import { PageHeader } from "@/components/ui/page-header";
import { isAdmin } from "@/lib/auth/access";
import { listAuditActors, listAuditEntries } from "@/lib/audit/data";
import { auditFilterSchema } from "@/lib/audit/schema";
import { loadForPage } from "@/lib/server/page";

export async function generateMetadata({ params }: { params: Promise<{ districtId: string }> }): Promise<Metadata> {
  return districtTitle((await params).districtId, (await getTranslations("auditLog"))("title"));
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The district's audit log, for its organizers (and admins): who did what, when, from where; filtered. */
export default async function AuditPage({ params, searchParams }: { params: Promise<{ districtId: string }>; searchParams: SearchParams }) {
  // Others may read the district but not its log; to them the page does not exist.
  const { actor, record: district } = await loadForPage("district", (await params).districtId, "audit.read");
  const districtId = district.id;
  const log = { district };
  // The district is the page's own; a district filter belongs to the log of all districts.
  const filters = { ...auditFilterSchema.parse(await searchParams), district: undefined };
  const [{ entries, nextBefore }, users, t] = await Promise.all([listAuditEntries(actor, log, filters), listAuditActors(actor, log), getTranslations()]);
  const path = `/districts/${districtId}/audit`;

  return (
    <>
      <PageHeader
        title={t("auditLog.title")}
        navLabel={t("nav.breadcrumb")}
        crumbs={[{ href: "/", label: t("nav.home") }, { href: `/districts/${districtId}`, label: district.name }, { label: t("auditLog.title") }]}
      >
        <p className="text-muted">{t("auditLog.intro")}</p>
        {isAdmin(actor) && (
          <Link href={`/audit?district=${districtId}`} className="inline-block text-sm text-blue-800 underline">
            {t("auditLog.allDistricts")}
          </Link>
        )}
      </PageHeader>
      <AuditFilterForm action={path} filters={filters} users={users.map((u) => ({ value: u.id, label: u.label }))} />
      <AuditLogEntries path={path} filters={filters} entries={entries} nextBefore={nextBefore} />
    </>
  );
}
