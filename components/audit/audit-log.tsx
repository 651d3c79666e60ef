import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { AuditEntryRow } from "@/components/audit/audit-entry";
import { EmptyState } from "@/components/ui/empty-state";
import type { AuditEntryDto } from "@/lib/audit/data";
import { type AuditFilters, auditQuery } from "@/lib/audit/schema";

/** The entries of one page of the log, and the links to the newest and the older ones (filters kept). */
export async function AuditLogEntries({ path, filters, entries, nextBefore, showOrganisation }: { path: string; filters: AuditFilters; entries: AuditEntryDto[]; nextBefore: string | null; showOrganisation?: boolean }) {
  const t = await getTranslations("auditLog");
  const recordHref = (id: string) => `${path}${auditQuery({ ...filters, record: id })}`;
  return (
    <>
      {entries.length === 0 ? (
        <EmptyState text={auditQuery(filters) ? t("emptyFiltered") : t("empty")} action={auditQuery(filters) ? { href: path, label: t("filters.clear") } : null} />
      ) : (
        <ol className="space-y-2">
          {entries.map((e) => (
            <AuditEntryRow key={e.id} entry={e} recordHref={e.entityId ? recordHref(e.entityId) : undefined} showOrganisation={showOrganisation} />
          ))}
        </ol>
      )}
      <nav aria-label={t("pages")} className="mt-4 flex gap-4 text-sm">
        {filters.before && (
          <Link href={`${path}${auditQuery(filters)}`} className="text-blue-800 underline">
            {t("newest")}
          </Link>
        )}
        {nextBefore && (
          <Link href={`${path}${auditQuery(filters, { before: nextBefore })}`} className="text-blue-800 underline">
            {t("older")}
          </Link>
        )}
      </nav>
    </>
  );
}
