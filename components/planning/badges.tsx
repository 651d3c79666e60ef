import { getTranslations } from "@/lib/i18n/server";
import { Badge } from "@/components/ui/badge";
import { PRIORITY_TONE, TASK_TONE } from "./tones";

const MILESTONE_TONE = { PLANNED: "neutral", IN_PROGRESS: "blue", DONE: "green" } as const;
const DOCUMENT_TONE = { DRAFT: "neutral", INTERNAL_REVIEW: "blue", SENT_UP: "amber", COMMENTS_RECEIVED: "blue", FINAL: "green" } as const;

export async function TaskStatusBadge({ status }: { status: keyof typeof TASK_TONE }) {
  const t = await getTranslations("tasks.statuses");
  return <Badge tone={TASK_TONE[status]}>{t(status)}</Badge>;
}

/** Normal priority is the default and shows nothing. */
export async function PriorityBadge({ priority }: { priority: keyof typeof PRIORITY_TONE }) {
  if (priority === "NORMAL") return null;
  const t = await getTranslations("tasks.priorities");
  return <Badge tone={PRIORITY_TONE[priority]}>{t(priority)}</Badge>;
}

export async function OverdueBadge() {
  const t = await getTranslations("tasks");
  return <Badge tone="red">{t("overdue")}</Badge>;
}

export async function MilestoneStatusBadge({ status, late }: { status: keyof typeof MILESTONE_TONE; late: boolean }) {
  const t = await getTranslations("milestones");
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone={MILESTONE_TONE[status]}>{t(`statuses.${status}`)}</Badge>
      {late && <Badge tone="red">{t("late")}</Badge>}
    </span>
  );
}

export async function DocumentStatusBadge({ status }: { status: keyof typeof DOCUMENT_TONE }) {
  const t = await getTranslations("documents.statuses");
  return <Badge tone={DOCUMENT_TONE[status]}>{t(status)}</Badge>;
}
