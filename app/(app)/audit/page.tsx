import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { AuditFilterForm } from "@/components/audit/audit-filters";
import { AuditLogEntries } from "@/components/audit/audit-log";
import { PageHeader } from "@/components/ui/page-header";
import { isAdmin } from "@/lib/auth/access";
import { requireActor } from "@/lib/auth/session";
import { listAuditActors, listAuditOrganisations, listAuditEntries } from "@/lib/audit/data";
import { auditFilterSchema } from "@/lib/audit/schema";
import { refuseAsNotFound } from "@/lib/server/page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auditLog"))("allTitle") };
}

/** The audit log of every organisation (and of what belongs to none: sign-ins, accounts), for admins. */
export default async function AllAuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!isAdmin(actor)) await refuseAsNotFound();
  const filters = auditFilterSchema.parse(await searchParams);
  const log = { organisation: null };
  const [{ entries, nextBefore }, users, organisations, t] = await Promise.all([listAuditEntries(actor, log, filters), listAuditActors(actor, log), listAuditOrganisations(actor), getTranslations()]);

  return (
    <>
      <PageHeader title={t("auditLog.allTitle")} navLabel={t("nav.breadcrumb")} crumbs={[{ href: "/", label: t("nav.home") }, { label: t("auditLog.allTitle") }]}>
        <p className="text-muted">{t("auditLog.allIntro")}</p>
      </PageHeader>
      <AuditFilterForm
        action="/audit"
        filters={filters}
        users={users.map((u) => ({ value: u.id, label: u.label }))}
        organisations={organisations.map((d) => ({ value: d.id, label: d.name }))}
      />
      <AuditLogEntries path="/audit" filters={filters} entries={entries} nextBefore={nextBefore} showOrganisation />
    </>
  );
}
