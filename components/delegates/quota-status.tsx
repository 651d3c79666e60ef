import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

/** Elected against quota: over (red), full (green), seats left (amber), no quota yet. */
export function QuotaStatus({ seats, elected }: { seats: number | null; elected: number }) {
  const t = useTranslations("quotas");
  if (seats === null) return <Badge>{t("none")}</Badge>;
  if (elected > seats) return <Badge tone="red">{t("over", { count: elected - seats })}</Badge>;
  if (elected === seats) return <Badge tone="green">{t("full")}</Badge>;
  return <Badge tone="amber">{t("left", { count: seats - elected })}</Badge>;
}
