import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuditEntryRow } from "@/components/audit/audit-entry";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/access";
import { requireActor } from "@/lib/auth/session";
import { listDistrictAudit } from "@/lib/audit/data";
import { idParam, orNotFound } from "@/lib/server/page";
import { getDistrict } from "@/lib/units/data";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auditLog"))("title") };
}

/** The district's audit log, for its organizers (and admins): who changed what, before and after. */
export default async function AuditPage({ params, searchParams }: { params: Promise<{ districtId: string }>; searchParams: Promise<{ before?: string }> }) {
  const actor = await requireActor();
  const districtId = idParam((await params).districtId);
  const district = await orNotFound(getDistrict(actor, districtId));
  // Others may read the district but not its log; to them the page does not exist.
  if (!can(actor, "audit.read", { provinceId: district.provinceId, districtId })) notFound();
  const before = (await searchParams).before;
  const cursor = before && /^\d{1,19}$/.test(before) ? BigInt(before) : undefined;
  const [{ entries, nextBefore }, t] = await Promise.all([listDistrictAudit(actor, districtId, cursor), getTranslations()]);

  return (
    <>
      <PageHeader
        title={t("auditLog.title")}
        navLabel={t("nav.breadcrumb")}
        crumbs={[{ href: "/", label: t("nav.home") }, { href: `/districts/${districtId}`, label: district.name }, { label: t("auditLog.title") }]}
      >
        <p className="text-muted">{t("auditLog.intro")}</p>
      </PageHeader>
      {entries.length === 0 ? (
        <EmptyState text={t("auditLog.empty")} />
      ) : (
        <ol className="space-y-2">
          {entries.map((e) => (
            <AuditEntryRow key={e.id} entry={e} />
          ))}
        </ol>
      )}
      <nav aria-label={t("auditLog.pages")} className="mt-4 flex gap-4 text-sm">
        {cursor && (
          <Link href={`/districts/${districtId}/audit`} className="text-blue-800 underline">
            {t("auditLog.newest")}
          </Link>
        )}
        {nextBefore && (
          <Link href={`/districts/${districtId}/audit?before=${nextBefore}`} className="text-blue-800 underline">
            {t("auditLog.older")}
          </Link>
        )}
      </nav>
    </>
  );
}
