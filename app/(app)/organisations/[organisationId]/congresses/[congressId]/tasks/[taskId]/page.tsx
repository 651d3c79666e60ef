import type { Metadata } from "next";
import { congressTitle } from "@/lib/server/metadata";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { OverdueBadge, PriorityBadge, TaskStatusBadge } from "@/components/planning/badges";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { CommentForm } from "@/components/tasks/comment-form";
import { TaskHistory } from "@/components/tasks/task-history";
import { EditTaskForm } from "@/components/tasks/task-form";
import { TaskStatusControl } from "@/components/tasks/task-status-control";
import { Card, CardTitle } from "@/components/ui/card";
import { Disclosure } from "@/components/ui/disclosure";
import { can } from "@/lib/auth/access";
import { formatDate, formatDateTime } from "@/lib/dates";
import { milestoneOptions } from "@/lib/milestones/data";
import { type CongressParams, congressPage } from "@/lib/server/page";
import { organisationPeople } from "@/lib/planning/people";
import { idParam, orNotFound } from "@/lib/server/page";
import { subCommitteeOptions } from "@/lib/subcommittees/data";
import { deleteTaskAction } from "@/lib/tasks/actions";
import { getTask } from "@/lib/tasks/data";
import { ledSubCommitteeIds } from "@/lib/tasks/facts";

export async function generateMetadata({ params }: { params: Promise<{ organisationId: string; congressId: string; taskId: string }> }): Promise<Metadata> {
  return congressTitle(params, (await getTranslations("tasks"))("title"), { kind: "task", id: (await params).taskId });
}

export default async function TaskPage({ params }: { params: Promise<{ organisationId: string; congressId: string; taskId: string }> }) {
  const { actor, congressId, organisationId, place, base } = await congressPage(params as CongressParams);
  const task = await orNotFound(getTask(actor, congressId, idParam((await params).taskId)));
  const [subCommittees, milestones, people, led, t] = await Promise.all([
    task.can.manage ? subCommitteeOptions(actor, congressId) : [],
    task.can.manage ? milestoneOptions(actor, congressId) : [],
    task.can.manage ? organisationPeople(organisationId) : [],
    ledSubCommitteeIds(actor.userId, congressId),
    getTranslations("tasks"),
  ]);
  const managesAll = can(actor, "task.manage", place);
  const movable = subCommittees.filter((s) => managesAll || led.has(s.id));

  return (
    <div className="space-y-6">
      <p>
        <Link href={`${base}/tasks`} className="text-sm text-blue-800 underline">
          ‹ {t("backToList")}
        </Link>
      </p>
      <Card className={task.overdue ? "border-l-4 border-l-red-600" : undefined}>
        <h2 className="mb-2 text-xl font-semibold break-words">{task.title}</h2>
        <div className="mb-3 flex flex-wrap items-center gap-2">
          <TaskStatusBadge status={task.status} />
          <PriorityBadge priority={task.priority} />
          {task.overdue && <OverdueBadge />}
        </div>
        {task.description && <p className="mb-3 whitespace-pre-line">{task.description}</p>}
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-muted">{t("fields.dueOn")}</dt>
          <dd className={task.overdue ? "font-medium text-red-800" : undefined}>{task.dueOn ? formatDate(task.dueOn) : t("noDueDate")}</dd>
          <dt className="text-muted">{t("fields.subCommittee")}</dt>
          <dd>{task.subCommittee?.name ?? t("none")}</dd>
          <dt className="text-muted">{t("fields.milestone")}</dt>
          <dd>{task.milestone?.name ?? t("none")}</dd>
          <dt className="text-muted">{t("fields.assignees")}</dt>
          <dd>{task.assignees.length ? task.assignees.map((a) => a.name).join(", ") : t("unassigned")}</dd>
        </dl>
        {task.can.update && (
          <div className="mt-4 border-t border-stone-200 pt-4">
            <TaskStatusControl task={{ id: task.id, title: task.title, status: task.status, version: task.version }} />
          </div>
        )}
      </Card>

      {task.can.manage && (
        <Disclosure summary={t("edit")}>
          <EditTaskForm
            task={{ id: task.id, version: task.version, title: task.title, description: task.description, subCommittee: task.subCommittee, milestone: task.milestone, assignees: task.assignees, dueOn: task.dueOn, priority: task.priority, status: task.status }}
            options={{ subCommittees: movable, milestones, people }} allowNoSubCommittee={managesAll} />
          <div className="mt-6 border-t border-stone-200 pt-4">
            <ConfirmButton action={deleteTaskAction} input={{ id: task.id, version: task.version }} label={t("delete")} confirmText={t("deleteConfirm")} variant="danger" redirectTo={`${base}/tasks`} />
          </div>
        </Disclosure>
      )}

      <Card aria-labelledby="comments-title">
        <CardTitle>
          <span id="comments-title">{t("comments.title", { count: task.comments.length })}</span>
        </CardTitle>
        {task.comments.length === 0 ? (
          <p className="mb-4 text-sm text-muted">{t("comments.empty")}</p>
        ) : (
          <ol className="mb-4 space-y-3">
            {task.comments.map((c) => (
              <li key={c.id} className="rounded-md bg-stone-50 p-3">
                <p className="text-xs text-muted">
                  {c.authorName ?? t("someone")} · {formatDateTime(new Date(c.createdAt))}
                </p>
                <p className="whitespace-pre-line">{c.body}</p>
              </li>
            ))}
          </ol>
        )}
        {task.canComment && <CommentForm taskId={task.id} />}
      </Card>

      <Card aria-labelledby="history-title">
        <CardTitle>
          <span id="history-title">{t("history.title")}</span>
        </CardTitle>
        <TaskHistory events={task.events} />
      </Card>
    </div>
  );
}
