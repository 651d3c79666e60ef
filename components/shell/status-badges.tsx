import { getTranslations } from "@/lib/i18n/server";
import { Badge } from "@/components/ui/badge";

const UNIT_TONE = { ACTIVE: "green", DISSOLVED: "neutral", MERGED: "neutral", TRANSFERRED: "neutral" } as const;
const CONGRESS_TONE = { PREPARING: "amber", CONVOKED: "blue", IN_SESSION: "blue", HELD: "green", POSTPONED: "red" } as const;

export async function UnitStatusBadge({ status }: { status: keyof typeof UNIT_TONE }) {
  const t = await getTranslations("unit.status");
  return <Badge tone={UNIT_TONE[status]}>{t(status)}</Badge>;
}

export async function CongressStatusBadge({ status }: { status: keyof typeof CONGRESS_TONE }) {
  const t = await getTranslations("congress.statuses");
  return <Badge tone={CONGRESS_TONE[status]}>{t(status)}</Badge>;
}
