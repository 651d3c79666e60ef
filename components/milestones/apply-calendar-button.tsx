"use client";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { applyCalendarAction } from "@/lib/milestones/actions";

export function ApplyCalendarButton({ congressId, hasOpening }: { congressId: string; hasOpening: boolean }) {
  const t = useTranslations("milestones");
  if (!hasOpening) return <p className="text-sm text-muted">{t("needsOpening")}</p>;
  return (
    <ConfirmButton
      action={applyCalendarAction}
      input={{ congressId }}
      label={t("applyStandard")}
      variant="primary"
      doneText={(r) => (r.added ? t("applied", { count: r.added }) : t("appliedNothing"))}
    />
  );
}
