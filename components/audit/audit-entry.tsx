import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/dates";
import type { AuditEntryDto } from "@/lib/audit/data";

const short = (value: unknown) => {
  if (value === null || value === undefined) return "—";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
};

/** The fields whose values differ between before and after (all of after for a creation). */
function changedFields(before: unknown, after: unknown): [string, unknown, unknown][] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => k !== "version" && JSON.stringify(b[k]) !== JSON.stringify(a[k]));
  return keys.map((k) => [k, b[k], a[k]]);
}

export async function AuditEntryRow({ entry }: { entry: AuditEntryDto }) {
  const t = await getTranslations("auditLog");
  const changes = changedFields(entry.before, entry.after);
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-3 text-sm shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <span className="font-medium">{t.has(`actions.${entry.action}`) ? t(`actions.${entry.action}`) : entry.action}</span>
        <span className="text-xs text-muted">{formatDateTime(new Date(entry.at))}</span>
      </div>
      <p className="text-xs text-muted">
        {entry.actorName ?? entry.actorEmail ?? t("system")}
        {entry.entityType && ` · ${t.has(`entities.${entry.entityType}`) ? t(`entities.${entry.entityType}`) : entry.entityType}`}
      </p>
      {changes.length > 0 && (
        <details className="mt-1">
          <summary className="cursor-pointer text-xs text-blue-800">{t("changes", { count: changes.length })}</summary>
          <ul className="mt-1 space-y-0.5 text-xs break-all">
            {changes.map(([field, before, after]) => (
              <li key={field}>
                <span className="font-medium">{field}</span>: {short(before)} → {short(after)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
