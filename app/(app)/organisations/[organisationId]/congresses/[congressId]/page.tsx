import type { Metadata } from "next";
import { congressTitle } from "@/lib/server/metadata";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { CongressSummary } from "@/components/congresses/congress-summary";
import { FigureTiles } from "@/components/dashboard/figures";
import { MilestoneTimeline } from "@/components/milestones/milestone-timeline";
import { GrassrootsProgress } from "@/components/charts/grassroots-progress";
import { CHART } from "@/components/charts/palette";
import { TaskStatusBars } from "@/components/charts/task-status-bars";
import { ProgressBar } from "@/components/charts/progress-bar";
import { EmptyState } from "@/components/ui/empty-state";
import { OverdueTasks } from "@/components/dashboard/overdue-tasks";
import { Card, CardTitle } from "@/components/ui/card";
import { can } from "@/lib/auth/access";
import { congressDashboard } from "@/lib/dashboard/data";
import { formatDate, vietnamDate } from "@/lib/dates";
import { electedLeadership } from "@/lib/elections/data";
import { Badge } from "@/components/ui/badge";
import { DOCUMENT_FLOW } from "@/lib/documents/flow";
import { congressCalendar } from "@/lib/milestones/data";
import { type CongressParams, congressPage } from "@/lib/server/page";
import { orNotFound } from "@/lib/server/page";
import { overdueTasks } from "@/lib/tasks/data";

export async function generateMetadata({ params }: { params: Promise<{ organisationId: string; congressId: string }> }): Promise<Metadata> {
  return congressTitle(params, (await getTranslations("meta"))("congress"));
}

/** The congress dashboard: days to opening, the calendar, tasks, documents, grassroots progress. */
export default async function CongressOverviewPage({ params }: { params: CongressParams }) {
  const { actor, congressId, congress, base, place } = await congressPage(params);
  const today = vietnamDate();
  const [dashboard, milestones, overdue, t, leadership] = await Promise.all([
    orNotFound(congressDashboard(actor, congressId, today)),
    congressCalendar(actor, congressId, today),
    // The count comes with the figures; the list shows the first ten.
    overdueTasks(actor, congressId, today, 10),
    getTranslations(),
    // The elections' results are read with the roster's right, as on the elections page.
    can(actor, "delegate.read", place) ? electedLeadership(actor, congress, today) : Promise.resolve([]),
  ]);
  const { figures, bySubCommittee } = dashboard;

  return (
    <div className="space-y-6">
      <Card>
        <CongressSummary congress={congress} headingLevel={2} />
        {congress.isOrganisationCongress && can(actor, "congress.edit", place) && (
          <Link href={`${base}/edit`} className="no-print mt-3 inline-block text-sm text-blue-800 underline">
            {t("setup.editCongress")}
          </Link>
        )}
      </Card>
      {leadership.length > 0 && (
        <Card aria-labelledby="leadership-title">
          <CardTitle>
            <span id="leadership-title">{t("elections.leadership.title")}</span>
          </CardTitle>
          <p className="text-sm text-muted">{t("elections.leadership.intro")}</p>
          <dl className="mt-3 space-y-2 text-sm" data-testid="elected-leadership">
            {leadership.map((e) => (
              <div key={e.id} className="grid gap-x-3 sm:grid-cols-[12rem_1fr]">
                <dt className="font-medium">
                  {t(`elections.kinds.${e.kind}`)} <span className="tabular-nums text-muted">({e.elected.length}/{e.seats})</span>
                </dt>
                <dd>
                  {e.elected.map((c) => c.fullName).join(", ")}{" "}
                  <Badge tone={e.approval ? "green" : "amber"}>{e.approval ? t("elections.approval.done", { decision: e.approval.decision, date: formatDate(e.approval.approvedOn) }) : t("elections.approval.pending")}</Badge>
                </dd>
              </div>
            ))}
          </dl>
          <Link href={`${base}/elections`} className="no-print mt-3 inline-block text-sm text-blue-800 underline">
            {t("elections.leadership.open")}
          </Link>
        </Card>
      )}

      <section aria-labelledby="figures-title" className="space-y-3">
        <h2 id="figures-title" className="sr-only">
          {t("dashboard.figuresTitle")}
        </h2>
        <FigureTiles figures={figures} />
      </section>

      <Card aria-labelledby="timeline-title">
        <CardTitle>
          <span id="timeline-title">{t("dashboard.timeline")}</span>
        </CardTitle>
        <MilestoneTimeline milestones={milestones} today={today} emptyHref={`${base}/milestones`} />
        <Link href={`${base}/milestones`} className="no-print mt-3 inline-block text-sm text-blue-800 underline">
          {t("dashboard.openMilestones")}
        </Link>
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="subs-title" className="min-w-0">
          <CardTitle>
            <span id="subs-title">{t("dashboard.tasksBySubCommittee")}</span>
          </CardTitle>
          {figures.tasks.total === 0 ? (
            <EmptyState text={t("dashboard.noTasks")} action={can(actor, "task.manage", place) ? { href: `${base}/tasks`, label: t("dashboard.addTasks") } : null} />
          ) : (
            <TaskStatusBars
              caption={t("dashboard.tasksBySubCommittee")}
              rows={bySubCommittee.map((row) => ({ key: row.id ?? "none", name: row.name ?? t("dashboard.noSubCommittee"), byStatus: row.byStatus, total: row.total }))}
            />
          )}
        </Card>

        <Card aria-labelledby="docs-title" className="min-w-0">
          <CardTitle>
            <span id="docs-title">{t("dashboard.documentsByStatus")}</span>
          </CardTitle>
          {figures.documents.total === 0 ? (
            <EmptyState text={t("dashboard.noDocuments")} action={can(actor, "congress.manage", place) ? { href: `${base}/documents`, label: t("dashboard.addDocuments") } : null} />
          ) : (
            <ul className="space-y-2 text-sm">
              {DOCUMENT_FLOW.map((s) => (
                <li key={s} className="grid grid-cols-[1fr_auto] items-center gap-x-3 gap-y-1">
                  <span>{t(`documents.statuses.${s}`)}</span>
                  <span className="tabular-nums">{figures.documents.byStatus[s]}</span>
                  <div className="col-span-2">
                    <ProgressBar value={figures.documents.byStatus[s]} total={figures.documents.total} label={`${t(`documents.statuses.${s}`)}: ${figures.documents.byStatus[s]}/${figures.documents.total}`} color={CHART.active} />
                  </div>
                </li>
              ))}
            </ul>
          )}
          <Link href={`${base}/documents`} className="no-print mt-3 inline-block text-sm text-blue-800 underline">
            {t("dashboard.openDocuments")}
          </Link>
        </Card>
      </div>

      {figures.grassroots && (
        <Card aria-labelledby="grassroots-title">
          <CardTitle>
            <span id="grassroots-title">{t("dashboard.grassroots")}</span>
          </CardTitle>
          <GrassrootsProgress ratio={figures.grassroots} />
          <Link href={`${base}/grassroots`} className="no-print mt-3 inline-block text-sm text-blue-800 underline">
            {t("dashboard.openGrassroots")}
          </Link>
        </Card>
      )}

      <section aria-labelledby="overdue-title" className="space-y-3">
        <h2 id="overdue-title" className="text-lg font-semibold">
          {t("dashboard.overdueTasks", { count: figures.tasks.overdue })}
        </h2>
        {overdue.length === 0 ? <p className="text-muted">{t("dashboard.noOverdue")}</p> : <OverdueTasks tasks={overdue} hrefOf={(task) => `${base}/tasks/${task.id}`} />}
        {figures.tasks.overdue > 10 && (
          <Link href={`${base}/tasks?overdue=1`} className="text-sm text-blue-800 underline">
            {t("dashboard.allOverdue")}
          </Link>
        )}
      </section>
    </div>
  );
}
