"use client";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { DateField, FormMessage, SelectField, SubmitButton, TextField, useActionForm } from "@/components/forms/form-kit";
import { endReplacementAction, replaceDelegateAction } from "@/lib/delegates/actions";
import { replaceDelegateSchema } from "@/lib/delegates/schema";

type Props = {
  alternate: { id: string; version: number };
  /** The replacement in force: whom, from when, why. */
  current: { name: string; date: string; reason: string } | null;
  /** Official delegates who can be replaced (not present, not replaced already). */
  officials: { id: string; label: string }[];
  todayText: string;
};

/** On an alternate's page: record whom they replace, or end the replacement. */
export function ReplacementForm({ alternate, current, officials, todayText }: Props) {
  const t = useTranslations("delegates.replacement");
  const { form, onSubmit, pending, message, fieldError } = useActionForm({
    schema: replaceDelegateSchema,
    defaultValues: { id: alternate.id, version: alternate.version, replacesId: "", reason: "", date: todayText },
    action: replaceDelegateAction,
    successText: t("saved"),
    refresh: true,
  });
  if (current) {
    return (
      <div className="space-y-2">
        <p className="text-sm">{t("current", current)}</p>
        <ConfirmButton action={endReplacementAction} input={alternate} label={t("end")} confirmText={t("confirmEnd", { name: current.name })} doneText={() => t("ended")} />
      </div>
    );
  }
  if (officials.length === 0) return <p className="text-sm text-muted">{t("noOfficial")}</p>;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("legend")}>
      <p className="text-sm text-muted">{t("help")}</p>
      <FormMessage message={message} />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField form={form} name="replacesId" label={t("official")} error={fieldError("replacesId")} idPrefix="replacement" options={officials.map((o) => ({ value: o.id, label: o.label }))} empty="—" />
        <TextField form={form} name="reason" label={t("reason")} error={fieldError("reason")} idPrefix="replacement" maxLength={500} />
        <DateField form={form} name="date" label={t("date")} error={fieldError("date")} idPrefix="replacement" />
      </div>
      <SubmitButton pending={pending} label={t("submit")} />
    </form>
  );
}
