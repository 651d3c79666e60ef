import { getTranslations } from "@/lib/i18n/server";
import { formatDate, formatDateTime } from "@/lib/dates";
import type { TaskEventDto } from "@/lib/tasks/data";

const ENUM_FIELDS = { status: "statuses", priority: "priorities" } as const;

/** Who changed what on a task, newest first. */
export async function TaskHistory({ events }: { events: TaskEventDto[] }) {
  const t = await getTranslations("tasks");
  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === "") return t("none");
    if (field in ENUM_FIELDS) return t(`${ENUM_FIELDS[field as keyof typeof ENUM_FIELDS]}.${value as string}`);
    if (field === "dueOn") return formatDate(String(value));
    return String(value);
  };
  return (
    <ol className="space-y-3 text-sm">
      {events.map((e) => (
        <li key={e.id} className="border-l-2 border-stone-300 pl-3">
          <p className="text-xs text-muted">
            {formatDateTime(new Date(e.at))} · {e.actorName ?? t("someone")}
          </p>
          <p className="font-medium">{t(`history.kinds.${e.kind}`)}</p>
          {e.changes && Object.keys(e.changes).length > 0 && (
            <ul className="mt-1 space-y-0.5">
              {Object.entries(e.changes).map(([field, [before, after]]) => (
                <li key={field} className="break-words">
                  <span className="text-muted">{t(`history.fields.${field}`)}:</span> {show(field, before)} → {show(field, after)}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
