import type { ReactNode } from "react";
import { getTranslations } from "@/lib/i18n/server";
import { CongressTabs } from "@/components/congresses/congress-tabs";
import { PageHeader } from "@/components/ui/page-header";
import type { Right } from "@/lib/auth/access";
import { toRoman } from "@/lib/congresses/roman";
import { congressPage, loadForPage } from "@/lib/server/page";

/**
 * Sections of a congress, in tab order: [path segment, catalog key under "congress.tabs", the
 * action a caller needs to see the tab]. The pages check again; hiding is a courtesy.
 */
const CONGRESS_SECTIONS: [segment: string, key: string, right: Right][] = [
  ["", "overview", "organisation.read"],
  ["tasks", "tasks", "organisation.read"],
  ["board", "board", "organisation.read"],
  ["milestones", "milestones", "organisation.read"],
  ["sub-committees", "subCommittees", "organisation.read"],
  ["documents", "documents", "organisation.read"],
  ["grassroots", "grassroots", "organisation.read"],
  ["delegates", "delegates", "delegate.read"],
  ["quotas", "quotas", "delegate.read"],
  ["composition", "composition", "delegate.read"],
  ["groups", "groups", "delegate.read"],
  ["personnel", "personnel", "delegate.read"],
  ["elections", "elections", "delegate.read"],
  ["check-in", "checkIn", "delegate.manage"],
  ["import", "import", "delegate.manage"],
];
/** Sections only an organisation's own congress has: the grassroots congresses below it, their quotas, and its personnel and elections. */
const ORGANISATION_ONLY = new Set(["grassroots", "quotas", "personnel", "elections"]);

// The access check happens here, above every congress page and with no loading boundary
// above it, so another organisation's congress answers a real 404.
export default async function CongressLayout({ children, params }: { children: ReactNode; params: Promise<{ organisationId: string; congressId: string }> }) {
  const { organisationId, congress, base, can } = await congressPage(params);
  // The organisation's row is shared with the page title (read once per request).
  const [{ record: organisation }, t] = await Promise.all([loadForPage("organisation", organisationId, "organisation.read"), getTranslations()]);
  return (
    <>
      <PageHeader
        title={t("congress.fullTitle", { unit: congress.unit.name, ordinal: toRoman(congress.ordinal), start: congress.termStart, end: congress.termEnd })}
        navLabel={t("nav.breadcrumb")}
        crumbs={[
          { href: "/", label: t("nav.home") },
          { href: `/organisations/${organisationId}`, label: organisation.name },
          { label: t("congress.title", { ordinal: toRoman(congress.ordinal) }) },
        ]}
      />
      <CongressTabs
        base={base}
        label={t("congress.sections")}
        tabs={CONGRESS_SECTIONS.filter(
          ([segment, , right]) => (congress.isOrganisationCongress || !ORGANISATION_ONLY.has(segment)) && can(right),
        ).map(([segment, key]) => ({ segment, label: t(`congress.tabs.${key}`) }))}
      />
      {children}
    </>
  );
}
