import { getTranslations } from "@/lib/i18n/server";
import { cn } from "@/components/ui/cn";
import { formatDate } from "@/lib/dates";
import { DOCUMENT_FLOW, type DocumentStatus } from "@/lib/documents/flow";

/** The five steps of a document with the day each was reached; the current one stands out. */
export async function StepTrack({ status, steps, compact }: { status: DocumentStatus; steps: Record<DocumentStatus, string | null>; compact?: boolean }) {
  const t = await getTranslations("documents");
  const current = DOCUMENT_FLOW.indexOf(status);
  return (
    <ol aria-label={t("stepsLabel")} className={cn("grid gap-1", compact ? "grid-cols-5" : "sm:grid-cols-5")}>
      {DOCUMENT_FLOW.map((s, i) => (
        <li
          key={s}
          aria-current={i === current ? "step" : undefined}
          className={cn("rounded-md border px-2 py-1 text-xs", i < current ? "border-green-300 bg-green-50" : i === current ? "border-brand-700 bg-brand-50 font-semibold" : "border-stone-200 text-muted")}
        >
          <span className={compact ? "sr-only" : undefined}>{t(`statuses.${s}`)}</span>
          {compact && <span aria-hidden>{i + 1}</span>}
          {!compact && <span className="block">{steps[s] ? formatDate(steps[s]) : "—"}</span>}
        </li>
      ))}
    </ol>
  );
}
