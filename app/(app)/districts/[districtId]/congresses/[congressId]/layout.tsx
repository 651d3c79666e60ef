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
  ["", "overview", "district.read"],
  ["tasks", "tasks", "district.read"],
  ["board", "board", "district.read"],
  ["milestones", "milestones", "district.read"],
  ["sub-committees", "subCommittees", "district.read"],
  ["documents", "documents", "district.read"],
  ["grassroots", "grassroots", "district.read"],
  ["delegates", "delegates", "delegate.read"],
  ["quotas", "quotas", "delegate.read"],
  ["composition", "composition", "delegate.read"],
  ["groups", "groups", "delegate.read"],
  ["personnel", "personnel", "delegate.read"],
  ["elections", "elections", "delegate.read"],
  ["check-in", "checkIn", "delegate.manage"],
  ["import", "import", "delegate.manage"],
];
/** Sections only a district's own congress has: the grassroots congresses below it, their quotas, and its personnel and elections. */
const DISTRICT_ONLY = new Set(["grassroots", "quotas", "personnel", "elections"]);

// The access check happens here, above every congress page and with no loading boundary
// above it, so another district's congress answers a real 404.
export default async function CongressLayout({ children, params }: { children: ReactNode; params: Promise<{ districtId: string; congressId: string }> }) {
  const { districtId, congress, base, can } = await congressPage(params);
  // The district's row is shared with the page title (read once per request).
  const [{ record: district }, t] = await Promise.all([loadForPage("district", districtId, "district.read"), getTranslations()]);
  return (
    <>
      <PageHeader
        title={t("congress.fullTitle", { unit: congress.unit.name, ordinal: toRoman(congress.ordinal), start: congress.termStart, end: congress.termEnd })}
        navLabel={t("nav.breadcrumb")}
        crumbs={[
          { href: "/", label: t("nav.home") },
          { href: `/districts/${districtId}`, label: district.name },
          { label: t("congress.title", { ordinal: toRoman(congress.ordinal) }) },
        ]}
      />
      <CongressTabs
        base={base}
        label={t("congress.sections")}
        tabs={CONGRESS_SECTIONS.filter(
          ([segment, , right]) => (congress.unit.kind === "DISTRICT" || !DISTRICT_ONLY.has(segment)) && can(right),
        ).map(([segment, key]) => ({ segment, label: t(`congress.tabs.${key}`) }))}
      />
      {children}
    </>
  );
}
