import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

/** Plain links to the API: the browser's session cookie authenticates, the download streams. */
export function ExportLinks({ congressId }: { congressId: string }) {
  const t = useTranslations("delegates.export");
  return (
    <nav aria-label={t("legend")} className="no-print flex flex-wrap gap-2">
      {(["xlsx", "csv", "pdf"] as const).map((f) => (
        <a key={f} href={`/api/v1/congresses/${congressId}/delegates?format=${f}`} download className={buttonClass("secondary")}>
          {t(f)}
        </a>
      ))}
    </nav>
  );
}
