import type { Metadata } from "next";
import { congressTitle } from "@/lib/server/metadata";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { AddCandidateForm, EditCandidateForm } from "@/components/personnel/candidate-form";
import { SchemeForm } from "@/components/personnel/scheme-form";
import { StructurePanel } from "@/components/personnel/structure-panel";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { Disclosure } from "@/components/ui/disclosure";
import { EmptyState } from "@/components/ui/empty-state";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { loadIfAllowed } from "@/lib/auth/load";
import { formatDate, vietnamDate } from "@/lib/dates";
import { approveSchemeAction, lockSchemeAction, removeCandidateAction } from "@/lib/personnel/actions";
import { DEFAULT_PERSONNEL_TARGETS } from "@/lib/personnel/composition";
import { birthText, delegateChoices, schemeView } from "@/lib/personnel/data";
import { congressPage } from "@/lib/server/page";

export async function generateMetadata({ params }: { params: Promise<{ organisationId: string; congressId: string }> }): Promise<Metadata> {
  return congressTitle(params, (await getTranslations("personnel"))("title"));
}

const STATUS_TONE = { DRAFT: "amber", LOCKED: "blue", APPROVED: "green" } as const;

export default async function PersonnelPage({ params }: { params: Promise<{ organisationId: string; congressId: string }> }) {
  const { actor, congress, can } = await congressPage(params, "delegate.read");
  const [view, t, format] = await Promise.all([schemeView(actor, congress, vietnamDate()), getTranslations(), getFormatter()]);
  // The sub-committee's members get personnel.manage from their seat, which load() checks.
  const manage = (await loadIfAllowed(actor, "personnel", congress.id, "personnel.manage")) !== null;
  const approve = can("personnel.approve");
  const draft = !view || view.scheme.status === "DRAFT";
  const delegates = manage && draft ? await delegateChoices(actor, congress) : [];
  const pct = (n: number) => format.number(n / 100, { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 });

  return (
    <div className="space-y-6">
      <div>
        <h2 className="text-xl font-semibold">{t("personnel.title")}</h2>
        <p className="text-sm text-muted">{t("personnel.intro")}</p>
      </div>
      {!view ? (
        manage ? (
          <Card aria-labelledby="scheme-title">
            <CardTitle><span id="scheme-title">{t("personnel.scheme.create")}</span></CardTitle>
            <SchemeForm congressId={congress.id} scheme={null} defaults={DEFAULT_PERSONNEL_TARGETS} />
          </Card>
        ) : (
          <EmptyState text={t("personnel.noScheme")} />
        )
      ) : (
        <>
          <Card aria-labelledby="scheme-title">
            <CardTitle><span id="scheme-title">{t("personnel.scheme.title")}</span></CardTitle>
            <div className="flex flex-wrap items-center gap-3">
              <Badge tone={STATUS_TONE[view.scheme.status]}>{t(`personnel.status.${view.scheme.status}`)}</Badge>
              <p data-testid="scheme-size">
                {t("personnel.scheme.sizeSummary", { size: view.scheme.committeeSize })}
                {view.scheme.previousCommitteeSize !== null &&
                  ` (${
                    view.scheme.previousCommitteeSize > view.scheme.committeeSize
                      ? t("personnel.scheme.fewer", { diff: view.scheme.previousCommitteeSize - view.scheme.committeeSize })
                      : view.scheme.previousCommitteeSize < view.scheme.committeeSize
                        ? t("personnel.scheme.more", { diff: view.scheme.committeeSize - view.scheme.previousCommitteeSize })
                        : t("personnel.scheme.same")
                  })`}
                {" · "}
                {t("personnel.scheme.standingSummary", { size: view.scheme.standingCommitteeSize })}
              </p>
            </div>
            {view.scheme.approvedAt && <p className="mt-2 text-sm text-muted">{t("personnel.approvedBy", { date: formatDate(view.scheme.approvedAt.slice(0, 10)), name: view.scheme.approvedByName ?? "" })}</p>}
            <div className="mt-3 space-y-1" data-testid="scheme-margin">
              <p>
                {t("personnel.margin.summary", { count: view.candidates.length, seats: view.scheme.committeeSize, extra: Math.max(0, view.margin.extra), percent: pct(Math.max(0, view.margin.extraPercent)) })}{" "}
                <Badge tone={!view.margin.enough ? "red" : view.margin.withinRange ? "green" : "amber"}>
                  {!view.margin.enough ? t("personnel.margin.tooFew") : view.margin.withinRange ? t("personnel.margin.within") : t("personnel.margin.outside")}
                </Badge>
              </p>
              <p className="text-sm text-muted">
                {t("personnel.margin.target", { min: view.scheme.marginMinPercent, max: view.scheme.marginMaxPercent, needed: view.margin.needed, most: view.margin.most })}
              </p>
            </div>
            <div className="mt-4 flex flex-wrap gap-3">
              {manage && view.scheme.status === "DRAFT" && (
                <ConfirmButton action={lockSchemeAction} input={{ congressId: congress.id, version: view.scheme.version }} label={t("personnel.lock")} variant="primary" />
              )}
              {approve && view.scheme.status === "LOCKED" && (
                <ConfirmButton action={approveSchemeAction} input={{ congressId: congress.id, version: view.scheme.version }} label={t("personnel.approve")} variant="primary" />
              )}
            </div>
            {manage && view.scheme.status === "DRAFT" && (
              <Disclosure summary={t("personnel.scheme.save")} className="mt-4">
                <SchemeForm congressId={congress.id} scheme={view.scheme} defaults={DEFAULT_PERSONNEL_TARGETS} />
              </Disclosure>
            )}
          </Card>

          <StructurePanel id="structure-title" title={t("personnel.structure.title")} rows={view.structure} total={view.candidates.length} />

          <Card aria-labelledby="candidates-title">
            <CardTitle><span id="candidates-title">{t("personnel.candidates.title")}</span></CardTitle>
            {view.candidates.length === 0 ? (
              <p className="text-sm text-muted">{t("personnel.candidates.empty")}</p>
            ) : (
              <ScrollRegion label={t("personnel.candidates.title")}>
                <table className="w-full min-w-[56rem] text-left text-sm" data-testid="candidates">
                  <thead className="text-xs uppercase text-muted">
                    <tr>
                      <th scope="col" className="py-1 pr-2">{t("personnel.candidates.number")}</th>
                      <th scope="col" className="py-1 pr-2">{t("personnel.candidates.name")}</th>
                      <th scope="col" className="py-1 pr-2">{t("personnel.candidates.birth")}</th>
                      <th scope="col" className="py-1 pr-2">{t("personnel.form.ethnicity")}</th>
                      <th scope="col" className="py-1 pr-2">{t("personnel.form.position")}</th>
                      <th scope="col" className="py-1 pr-2">{t("personnel.form.sector")}</th>
                      <th scope="col" className="py-1 pr-2">{t("personnel.form.tenure")}</th>
                      <th scope="col" className="py-1 pr-2">{t("personnel.candidates.introduction")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {view.candidates.map((c, i) => (
                      <tr key={c.id} className="border-t border-stone-200 align-top">
                        <td className="py-2 pr-2 tabular-nums">{i + 1}</td>
                        <th scope="row" className="py-2 pr-2 font-medium">
                          {c.fullName}
                          {c.standingCommittee && <Badge tone="blue" className="ml-2">{t("personnel.candidates.standingShort")}</Badge>}
                          {c.screeningNotes && <p className="text-xs font-normal text-muted">{c.screeningNotes}</p>}
                          {manage && draft && (
                            <div className="mt-1 flex flex-wrap gap-2 font-normal">
                              <Disclosure subtle summary={t("personnel.candidates.edit")}>
                                <EditCandidateForm candidate={c} delegates={delegates} />
                              </Disclosure>
                              <ConfirmButton action={removeCandidateAction} input={{ id: c.id, version: c.version }} label={t("personnel.candidates.remove")} confirmText={t("personnel.candidates.removeConfirm")} variant="danger" />
                            </div>
                          )}
                        </th>
                        <td className="py-2 pr-2">{birthText(c)}</td>
                        <td className="py-2 pr-2">{c.ethnicity}</td>
                        <td className="py-2 pr-2">{c.position}</td>
                        <td className="py-2 pr-2">{t(`personnel.sectors.${c.sector}`)}</td>
                        <td className="py-2 pr-2">{t(`personnel.tenures.${c.tenure}`)}</td>
                        <td className="py-2 pr-2">
                          <ul className="space-y-0.5 text-xs">
                            {c.steps
                              .filter((s) => s.heldOn || s.percent !== null)
                              .map((s) => (
                                <li key={s.step}>
                                  {t(`personnel.steps.${s.step}`)}: {formatDate(s.heldOn)} {s.percent !== null && pct(s.percent)}
                                </li>
                              ))}
                          </ul>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            )}
          </Card>

          {manage && draft && (
            <Disclosure summary={t("personnel.candidates.add")} open>
              <AddCandidateForm congressId={congress.id} delegates={delegates} />
            </Disclosure>
          )}
        </>
      )}
    </div>
  );
}
