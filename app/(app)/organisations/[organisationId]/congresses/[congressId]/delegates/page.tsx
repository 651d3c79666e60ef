import type { Metadata } from "next";
import { congressTitle } from "@/lib/server/metadata";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { AddDelegate } from "@/components/delegates/add-delegate";
import { ExportLinks } from "@/components/delegates/export-links";
import { RosterFilters } from "@/components/delegates/roster-filters";
import { RosterRows } from "@/components/delegates/roster-rows";
import { formatDate, formatDateTime } from "@/lib/dates";
import { countRoster, listHomeUnits, listRoster, quotaOverview } from "@/lib/delegates/data";
import { ETHNIC_GROUPS } from "@/lib/delegates/ethnicity";
import { congressPage } from "@/lib/server/page";
import { CATEGORIES, CREDENTIAL_STATUSES } from "@/lib/delegates/schema";
import { SEATINGS } from "@/lib/delegates/seating";
import { EmptyState } from "@/components/ui/empty-state";
import { Pager } from "@/components/planning/pager";

export async function generateMetadata({ params }: { params: Promise<{ organisationId: string; congressId: string }> }): Promise<Metadata> {
  return congressTitle(params, (await getTranslations("delegates"))("title"));
}

type Search = { unit?: string; category?: string; status?: string; seating?: string; q?: string; page?: string };
/**
 * Rows per page. An organisation roster runs to several hundred delegates: on a phone, all of them at
 * once cost seconds of layout and hydration before the page answers. "all" shows the whole list
 * (to print it, or to read it through).
 */
const ROWS_PER_PAGE = 50;
const pick = <T extends string>(value: string | undefined, allowed: readonly T[]) => (allowed.includes(value as T) ? (value as T) : undefined);

export default async function DelegatesPage({ params, searchParams }: { params: Promise<{ organisationId: string; congressId: string }>; searchParams: Promise<Search> }) {
  const { actor, congress, base, can } = await congressPage(params, "delegate.read");
  const s = await searchParams;
  const [units, t] = await Promise.all([listHomeUnits(congress), getTranslations()]);
  const filters = {
    unitId: units.some((u) => u.id === s.unit) ? s.unit : undefined,
    category: pick(s.category, CATEGORIES),
    status: pick(s.status, CREDENTIAL_STATUSES),
    seating: pick(s.seating, SEATINGS),
    q: s.q?.slice(0, 100) || undefined,
  };
  const filtered = Boolean(filters.unitId || filters.category || filters.status || filters.seating || filters.q);
  // Counted and cut by the database: a page reads 50 rows of the index, not the whole roster.
  const [matching, all] = await Promise.all([countRoster(actor, congress, filters), filtered ? countRoster(actor, congress) : null]);
  const total = all ?? matching;
  const pages = Math.max(1, Math.ceil(matching / ROWS_PER_PAGE));
  const page = s.page === "all" ? null : Math.min(pages, Math.max(1, Number.parseInt(s.page ?? "1", 10) || 1));
  const offset = page === null ? 0 : (page - 1) * ROWS_PER_PAGE;
  const shown = await listRoster(actor, congress, filters, page === null ? undefined : { skip: offset, take: ROWS_PER_PAGE });
  const hrefOf = (n: number | "all") => `?${new URLSearchParams({ ...Object.fromEntries(Object.entries({ unit: filters.unitId, category: filters.category, status: filters.status, seating: filters.seating, q: filters.q }).filter((e): e is [string, string] => Boolean(e[1]))), page: String(n) })}`;
  const manage = can("delegate.manage");
  const quotas = manage ? await quotaOverview(actor, congress) : null;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          {/* The heading says what the list holds: everyone, those seated, official delegates or alternates. */}
          <h2 className="text-xl font-semibold">{t(`delegates.titles.${filters.seating ?? "ALL"}`)}</h2>
          <p className="text-sm text-muted">{t(`delegates.intros.${filters.seating ?? "ALL"}`)}</p>
        </div>
        {can("delegate.export") && <ExportLinks congressId={congress.id} />}
      </div>
      {manage && quotas && (
        <AddDelegate
          congressId={congress.id}
          units={quotas.rows.map((q) => ({ id: q.unitId, name: q.name, seatsLeft: q.seats === null ? null : q.seats - q.elected }))}
          ethnicGroups={[...ETHNIC_GROUPS]}
        />
      )}
      <RosterFilters units={units.map((u) => ({ id: u.id, name: u.name }))} values={{ unit: filters.unitId ?? "", category: filters.category ?? "", status: filters.status ?? "", seating: filters.seating ?? "", q: filters.q ?? "" }} />
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <p className="text-sm font-medium" role="status">
          {filtered ? t("delegates.shown", { shown: matching, total }) : t("delegates.count", { count: total })}
          {pages > 1 && page !== null && ` · ${t("delegates.pages.range", { from: offset + 1, to: offset + shown.length })}`}
        </p>
        {pages > 1 && (
          <Link href={hrefOf(page === null ? 1 : "all")} className="text-sm underline underline-offset-2 print:hidden">
            {page === null ? t("delegates.pages.paged", { size: ROWS_PER_PAGE }) : t("delegates.pages.all", { count: matching })}
          </Link>
        )}
      </div>
      {matching === 0 ? (
        <EmptyState text={total === 0 ? t("delegates.empty") : t("delegates.noMatch")} action={total === 0 && manage ? { href: `${base}/import`, label: t("delegates.importLink") } : null} />
      ) : (
        <div className="print-landscape overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="data-table w-full min-w-[60rem] text-left text-sm">
            <thead className="bg-stone-100 text-xs uppercase text-muted">
              <tr>
                <th scope="col" className="px-3 py-2">{t("delegates.columns.index")}</th>
                <th scope="col" className="min-w-36 px-3 py-2">{t("delegates.columns.fullName")}</th>
                <th scope="col" className="px-3 py-2">{t("delegates.columns.birth")}</th>
                <th scope="col" className="px-3 py-2">{t("delegates.columns.ethnicity")}</th>
                <th scope="col" className="px-3 py-2">{t("delegates.columns.position")}</th>
                <th scope="col" className="px-3 py-2">{t("delegates.columns.unit")}</th>
                <th scope="col" className="px-3 py-2">{t("delegates.columns.category")}</th>
                <th scope="col" className="px-3 py-2">{t("delegates.columns.group")}</th>
                <th scope="col" className="min-w-64 px-3 py-2">{t("delegates.columns.credential")}</th>
              </tr>
            </thead>
            <RosterRows
              rows={shown.map((d) => ({
                id: d.id,
                fullName: d.fullName,
                gender: d.gender,
                birth: d.birthDate ? formatDate(d.birthDate) : String(d.birthYear),
                ethnicity: d.ethnicity,
                position: d.position,
                unit: d.homeUnit?.name ?? null,
                category: d.category,
                group: d.group,
                seat: d.seat,
                replacement: d.alternate || d.replacedBy ? { alternate: d.alternate, replaces: d.replaces, replacedOn: d.replacedOn, replacedBy: d.replacedBy && { id: d.replacedBy.id, fullName: d.replacedBy.fullName, replacedOn: d.replacedBy.replacedOn } } : null,
                version: d.version,
                credential: d.credentialStatus,
                reason: d.credentialReason,
                reviewed: d.credentialReviewer ? { name: d.credentialReviewer.name, at: formatDateTime(d.credentialReviewedAt) } : null,
              }))}
              first={offset + 1}
              base={base}
              manage={manage}
            />
          </table>
        </div>
      )}
      {page !== null && (
        <Pager
          page={page}
          pages={pages}
          hrefOf={hrefOf}
          labels={{ nav: t("delegates.pages.nav"), previous: t("delegates.pages.previous"), next: t("delegates.pages.next"), position: t("delegates.pages.position", { page, pages }) }}
        />
      )}
    </div>
  );
}
