import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { Badge } from "@/components/ui/badge";
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

type Translate = Awaited<ReturnType<typeof getTranslations<"auditLog">>>;

/** The label of a recorded action; "auth.sign-in" has children (".failed"), so its own label is "self". */
function actionLabel(t: Translate, action: string): string {
  for (const key of [`actions.${action}`, `actions.${action}.self`]) {
    if (t.has(key as never) && typeof t.raw(key as never) === "string") return t(key as never);
  }
  return action;
}

export async function AuditEntryRow({ entry, recordHref, showOrganisation }: { entry: AuditEntryDto; recordHref?: string; showOrganisation?: boolean }) {
  const t = await getTranslations("auditLog");
  // A refused access records what was asked for and the answer, not a change.
  const refusal = entry.action === "access.refused" ? (entry.after as { target?: string; code?: string } | null) : null;
  const changes = refusal ? [] : changedFields(entry.before, entry.after);
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-3 text-sm shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <span className="flex items-center gap-2 font-medium">
          {actionLabel(t, entry.action)}
          {refusal?.code && <Badge tone="red">{t.has(`codes.${refusal.code}`) ? t(`codes.${refusal.code}`) : refusal.code}</Badge>}
        </span>
        <span className="text-xs text-muted">{formatDateTime(new Date(entry.at))}</span>
      </div>
      <p className="text-xs text-muted">
        {entry.actorName ?? entry.actorEmail ?? t("system")}
        {showOrganisation && ` · ${entry.organisationName ?? t("noOrganisation")}`}
        {entry.entityType && ` · ${t.has(`entities.${entry.entityType}`) ? t(`entities.${entry.entityType}`) : entry.entityType}`}
        {entry.entityId && recordHref && (
          <>
            {" · "}
            <Link href={recordHref} className="font-mono text-blue-800 underline" title={t("sameRecord")}>
              {entry.entityId.slice(0, 8)}
            </Link>
          </>
        )}
        {entry.ip && ` · ${t("from", { ip: entry.ip })}`}
      </p>
      {refusal?.target && <p className="mt-1 font-mono text-xs break-all">{refusal.target}</p>}
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
