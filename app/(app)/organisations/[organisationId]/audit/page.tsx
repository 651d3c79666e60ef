import type { Metadata } from "next";
import { organisationTitle } from "@/lib/server/metadata";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { AuditFilterForm } from "@/components/audit/audit-filters";
import { AuditLogEntries } from "@/components/audit/audit-log";
import { PageHeader } from "@/components/ui/page-header";
import { isAdmin } from "@/lib/auth/access";
import { listAuditActors, listAuditEntries } from "@/lib/audit/data";
import { auditFilterSchema } from "@/lib/audit/schema";
import { loadForPage } from "@/lib/server/page";

export async function generateMetadata({ params }: { params: Promise<{ organisationId: string }> }): Promise<Metadata> {
  return organisationTitle((await params).organisationId, (await getTranslations("auditLog"))("title"));
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The organisation's audit log, for its organizers (and admins): who did what, when, from where; filtered. */
export default async function AuditPage({ params, searchParams }: { params: Promise<{ organisationId: string }>; searchParams: SearchParams }) {
  // Others may read the organisation but not its log; to them the page does not exist.
  const { actor, record: organisation } = await loadForPage("organisation", (await params).organisationId, "audit.read");
  const organisationId = organisation.id;
  const log = { organisation };
  // The organisation is the page's own; an organisation filter belongs to the log of all organisations.
  const filters = { ...auditFilterSchema.parse(await searchParams), organisation: undefined };
  const [{ entries, nextBefore }, users, t] = await Promise.all([listAuditEntries(actor, log, filters), listAuditActors(actor, log), getTranslations()]);
  const path = `/organisations/${organisationId}/audit`;

  return (
    <>
      <PageHeader
        title={t("auditLog.title")}
        navLabel={t("nav.breadcrumb")}
        crumbs={[{ href: "/", label: t("nav.home") }, { href: `/organisations/${organisationId}`, label: organisation.name }, { label: t("auditLog.title") }]}
      >
        <p className="text-muted">{t("auditLog.intro")}</p>
        {isAdmin(actor) && (
          <Link href={`/audit?organisation=${organisationId}`} className="inline-block text-sm text-blue-800 underline">
            {t("auditLog.allOrganisations")}
          </Link>
        )}
      </PageHeader>
      <AuditFilterForm action={path} filters={filters} users={users.map((u) => ({ value: u.id, label: u.label }))} />
      <AuditLogEntries path={path} filters={filters} entries={entries} nextBefore={nextBefore} />
    </>
  );
}
