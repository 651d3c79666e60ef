import type { Metadata } from "next";
import { congressTitle } from "@/lib/server/metadata";
import { getTranslations } from "@/lib/i18n/server";
import { SectionHeader } from "@/components/planning/section-header";
import { MilestoneTimeline } from "@/components/milestones/milestone-timeline";
import { ApplyCalendarButton } from "@/components/milestones/apply-calendar-button";
import { CreateMilestoneForm, EditMilestoneForm } from "@/components/milestones/milestone-form";
import { MilestoneStatusBadge } from "@/components/planning/badges";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { Card } from "@/components/ui/card";
import { Disclosure } from "@/components/ui/disclosure";
import { can } from "@/lib/auth/access";
import { formatDate, vietnamDate } from "@/lib/dates";
import { deleteMilestoneAction } from "@/lib/milestones/actions";
import { STANDARD_MILESTONES } from "@/lib/milestones/calendar";
import { listMilestones } from "@/lib/milestones/data";
import { type CongressParams, congressPage } from "@/lib/server/page";

export async function generateMetadata({ params }: { params: Promise<{ organisationId: string; congressId: string }> }): Promise<Metadata> {
  return congressTitle(params, (await getTranslations("milestones"))("title"));
}

export default async function MilestonesPage({ params }: { params: CongressParams }) {
  const { actor, congressId, congress, place } = await congressPage(params);
  const today = vietnamDate();
  const [milestones, t] = await Promise.all([listMilestones(actor, congressId, today), getTranslations("milestones")]);
  const manage = can(actor, "congress.manage", place);

  return (
    <div className="space-y-6">
      <SectionHeader title={t("title")} intro={t("intro")}>
        {manage &&
          (new Set(milestones.map((m) => m.standardKey).filter(Boolean)).size < STANDARD_MILESTONES.length ? (
            <ApplyCalendarButton congressId={congressId} hasOpening={congress.plannedOpening !== null} />
          ) : (
            <p className="text-sm text-muted">{t("standardComplete")}</p>
          ))}
      </SectionHeader>

      <Card>
        <MilestoneTimeline milestones={milestones} today={today} />
      </Card>

      {milestones.length > 0 && (
        <ol className="space-y-3">
          {milestones.map((m, i) => (
            <li key={m.id} className={m.late ? "rounded-lg border border-l-4 border-red-300 border-l-red-600 bg-white p-4 shadow-sm" : "rounded-lg border border-stone-200 bg-white p-4 shadow-sm"}>
              <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
                <div className="min-w-0 space-y-1">
                  <h3 className="font-semibold break-words">
                    <span className="mr-2 inline-flex size-6 items-center justify-center rounded-full bg-stone-200 text-xs">{i + 1}</span>
                    {m.name}
                  </h3>
                  <p className="text-sm">
                    {t("plannedOn", { date: formatDate(m.plannedOn) })}
                    {m.doneOn && ` · ${t("doneOn", { date: formatDate(m.doneOn) })}`}
                  </p>
                  {m.reference && <p className="text-sm text-muted">{t("reference", { reference: m.reference })}</p>}
                  {m.tasks.total > 0 && <p className="text-sm text-muted">{t("tasks", { done: m.tasks.done, total: m.tasks.total })}</p>}
                </div>
                <MilestoneStatusBadge status={m.status} late={m.late} />
              </div>
              {manage && (
                <Disclosure summary={t("edit")} subtle className="mt-2">
                  <EditMilestoneForm milestone={{ id: m.id, version: m.version, name: m.name, plannedOn: m.plannedOn, doneOn: m.doneOn, status: m.status, reference: m.reference }} />
                  <div className="mt-4 border-t border-stone-200 pt-4">
                    <ConfirmButton action={deleteMilestoneAction} input={{ id: m.id, version: m.version }} label={t("delete")} confirmText={t("deleteConfirm")} variant="danger" />
                  </div>
                </Disclosure>
              )}
            </li>
          ))}
        </ol>
      )}

      {manage && (
        <Disclosure summary={t("add")}>
          <CreateMilestoneForm congressId={congressId} />
        </Disclosure>
      )}
    </div>
  );
}
