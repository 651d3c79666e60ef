import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

const TONES = { PENDING: "amber", ACCEPTED: "green", REJECTED: "red" } as const;

export function CredentialBadge({ status }: { status: "PENDING" | "ACCEPTED" | "REJECTED" }) {
  const t = useTranslations("delegates.credential");
  return <Badge tone={TONES[status]}>{t(status)}</Badge>;
}
