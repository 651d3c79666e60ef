import type { Metadata } from "next";
import { congressTitle } from "@/lib/server/metadata";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { SectionHeader } from "@/components/planning/section-header";
import { GrassrootsForm } from "@/components/grassroots/grassroots-form";
import { GrassrootsProgress } from "@/components/charts/grassroots-progress";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { can } from "@/lib/auth/access";
import { formatDate } from "@/lib/dates";
import { listGrassroots } from "@/lib/grassroots/data";
import { type CongressParams, congressPage } from "@/lib/server/page";

export async function generateMetadata({ params }: { params: Promise<{ organisationId: string; congressId: string }> }): Promise<Metadata> {
  return congressTitle(params, (await getTranslations("grassroots"))("title"));
}

const STATUS_TONE = { PREPARING: "amber", CONVOKED: "blue", IN_SESSION: "blue", HELD: "green", POSTPONED: "red" } as const;

/** Every grassroots unit with its congress for the term; one row is edited at a time (?edit=). */
export default async function GrassrootsPage({ params, searchParams }: { params: CongressParams; searchParams: Promise<{ edit?: string }> }) {
  const { actor, congressId, organisationId, congress, place, base } = await congressPage(params);
  // Only an organisation's own congress tracks the congresses below it.
  if (!congress.isOrganisationCongress) notFound();
  const [{ rows, ratio }, t, { edit }] = await Promise.all([listGrassroots(actor, { id: organisationId, kind: congress.unit.kind }, congress.termStart, congress.opening), getTranslations(), searchParams]);
  const manage = can(actor, "congress.manage", place);
  const here = `${base}/grassroots`;

  return (
    <div className="space-y-6">
      <SectionHeader title={t("grassroots.title")} intro={t("grassroots.intro")} />
      <Card className="space-y-2">
        <GrassrootsProgress ratio={ratio} />
        <p className="text-sm text-muted">{t("grassroots.ratioNote", { ended: rows.filter((r) => !r.counted).length })}</p>
      </Card>
      <ul className="space-y-2">
        {rows.map((r) => (
          <li key={r.unitId} id={`unit-${r.unitId}`} className={cn("rounded-lg border bg-white p-3 shadow-sm", r.counted ? "border-stone-200" : "border-dashed border-stone-300 bg-stone-50 text-muted")}>
            <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
              <div className="min-w-0">
                <h3 className="font-medium break-words">{r.unitName}</h3>
                <p className="text-xs text-muted">
                  {t(`unit.kind.${r.unitKind}`)}
                  {r.block && ` · ${t(`unit.block.${r.block}`)}`}
                </p>
                {!r.counted && (
                  <p className="text-xs">
                    {t(`unit.status.${r.unitStatus}`)}
                    {r.statusChangedOn && ` ${t("unit.since", { date: formatDate(r.statusChangedOn) })}`} · {t("grassroots.notCounted")}
                  </p>
                )}
              </div>
              <div className="flex flex-wrap items-center gap-2 text-sm sm:justify-end">
                {r.congress ? (
                  <>
                    <Badge tone={STATUS_TONE[r.congress.status]}>{t(`grassroots.statuses.${r.congress.status}`)}</Badge>
                    {r.congress.isPilot && <Badge tone="blue">{t("grassroots.pilot")}</Badge>}
                    <span>{r.congress.heldOn ? t("grassroots.heldOn", { date: formatDate(r.congress.heldOn) }) : r.congress.plannedOpening ? t("grassroots.plannedOn", { date: formatDate(r.congress.plannedOpening) }) : ""}</span>
                  </>
                ) : (
                  <span className="text-muted">{t("grassroots.noCongress")}</span>
                )}
                {manage && edit !== r.unitId && (
                  <Link href={`${here}?edit=${r.unitId}#unit-${r.unitId}`} className="rounded-md px-2 py-1 font-medium text-blue-800 underline" aria-label={t("grassroots.editOf", { name: r.unitName })}>
                    {t("grassroots.edit")}
                  </Link>
                )}
              </div>
            </div>
            {manage && edit === r.unitId && (
              <div className="mt-3 border-t border-stone-200 pt-3">
                <GrassrootsForm organisationCongressId={congressId} unitId={r.unitId} congress={r.congress} doneHref={`${here}#unit-${r.unitId}`} defaultKind={r.unitKind === "GRASSROOTS_CELL" ? "MEMBERS" : "DELEGATES"} />
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
