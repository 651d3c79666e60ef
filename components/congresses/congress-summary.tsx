import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { CongressStatusBadge } from "@/components/shell/status-badges";
import { Badge } from "@/components/ui/badge";
import { toRoman } from "@/lib/congresses/roman";
import { dateOnlyToIso, daysBetween, formatDate, vietnamDate } from "@/lib/dates";

export type CongressCardData = {
  id: string;
  ordinal: number;
  termStart: number;
  termEnd: number;
  plannedOpening: Date | null;
  plannedClosing: Date | null;
  venue: string | null;
  isPilot: boolean;
  /** A members' congress (đại hội đảng viên) is titled so; a delegates' congress by default. */
  kind?: "DELEGATES" | "MEMBERS";
  status: "PREPARING" | "CONVOKED" | "IN_SESSION" | "HELD" | "POSTPONED";
};

/** `headingLevel`: h2 where the summary opens a page (the dashboard), h3 inside a titled card. */
export async function CongressSummary({ congress, href, headingLevel = 3 }: { congress: CongressCardData; href?: string; headingLevel?: 2 | 3 }) {
  const t = await getTranslations("congress");
  const opening = congress.plannedOpening ? dateOnlyToIso(congress.plannedOpening) : null;
  const days = opening ? daysBetween(vietnamDate(), opening) : null;
  const title = t(congress.kind === "MEMBERS" ? "membersTitle" : "title", { ordinal: toRoman(congress.ordinal) });
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <Heading className="text-lg font-semibold">{href ? <Link href={href} className="text-blue-800 hover:underline">{title}</Link> : title}</Heading>
        <CongressStatusBadge status={congress.status} />
        {congress.isPilot && <Badge tone="blue">{t("pilot")}</Badge>}
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-muted">{t("termLabel")}</dt>
        <dd>
          {congress.termStart}–{congress.termEnd}
        </dd>
        {opening && (
          <>
            <dt className="text-muted">{t("dates")}</dt>
            <dd>
              {formatDate(congress.plannedOpening)}
              {congress.plannedClosing ? ` – ${formatDate(congress.plannedClosing)}` : ""}
            </dd>
          </>
        )}
        {congress.venue && (
          <>
            <dt className="text-muted">{t("venue")}</dt>
            <dd>{congress.venue}</dd>
          </>
        )}
      </dl>
      {days !== null && congress.status !== "HELD" && (
        <p className="text-sm font-medium">{days >= 0 ? t("daysToOpening", { days }) : t("daysSinceOpening", { days: -days })}</p>
      )}
    </div>
  );
}
