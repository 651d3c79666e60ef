"use client";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton, TextAreaField, TextField, useActionForm } from "@/components/forms/form-kit";
import { saveSchemeAction } from "@/lib/personnel/actions";
import { PERSONNEL_METRICS, type PersonnelMetric } from "@/lib/personnel/choices";
import { type SaveSchemeInput, saveSchemeSchema } from "@/lib/personnel/schema";

export type SchemeRecord = {
  version: number;
  committeeSize: number;
  standingCommitteeSize: number;
  previousCommitteeSize: number | null;
  marginMinPercent: number;
  marginMaxPercent: number;
  notes: string | null;
  targets: Record<PersonnelMetric, { minPercent: number | null; maxPercent: number | null }>;
};

const show = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));

const toValues = (congressId: string, s: SchemeRecord | null): SaveSchemeInput => ({
  congressId,
  version: s?.version ?? null,
  committeeSize: show(s?.committeeSize ?? 35),
  standingCommitteeSize: show(s?.standingCommitteeSize ?? 11),
  previousCommitteeSize: show(s?.previousCommitteeSize),
  marginMinPercent: show(s?.marginMinPercent ?? 10),
  marginMaxPercent: show(s?.marginMaxPercent ?? 15),
  notes: s?.notes ?? "",
  targets: PERSONNEL_METRICS.map((metric) => ({ metric, minPercent: show(s?.targets[metric]?.minPercent), maxPercent: show(s?.targets[metric]?.maxPercent) })),
});

/** Creates the scheme or edits it (sizes, margin, targets) while it is a draft. */
export function SchemeForm({ congressId, scheme, defaults }: { congressId: string; scheme: SchemeRecord | null; defaults: SchemeRecord["targets"] }) {
  const t = useTranslations("personnel");
  const initial = toValues(congressId, scheme ?? { version: 0, committeeSize: 35, standingCommitteeSize: 11, previousCommitteeSize: null, marginMinPercent: 10, marginMaxPercent: 15, notes: null, targets: defaults });
  if (!scheme) initial.version = null;
  const { form, onSubmit, pending, message, fieldError } = useActionForm({
    schema: saveSchemeSchema,
    action: saveSchemeAction,
    defaultValues: initial,
    fromRecord: (r) => toValues(congressId, r),
    successText: t("scheme.saved"),
    refresh: true,
  });
  const id = "scheme";
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField form={form} name="committeeSize" label={t("scheme.committeeSize")} error={fieldError("committeeSize")} idPrefix={id} inputMode="numeric" />
        <TextField form={form} name="standingCommitteeSize" label={t("scheme.standingCommitteeSize")} error={fieldError("standingCommitteeSize")} idPrefix={id} inputMode="numeric" />
        <TextField form={form} name="previousCommitteeSize" label={t("scheme.previousCommitteeSize")} error={fieldError("previousCommitteeSize")} idPrefix={id} inputMode="numeric" />
        <TextField form={form} name="marginMinPercent" label={t("scheme.marginMinPercent")} error={fieldError("marginMinPercent")} idPrefix={id} inputMode="numeric" />
        <TextField form={form} name="marginMaxPercent" label={t("scheme.marginMaxPercent")} error={fieldError("marginMaxPercent")} idPrefix={id} inputMode="numeric" />
      </div>
      <fieldset className="space-y-2">
        <legend className="mb-1 text-sm font-semibold">{t("scheme.targets")}</legend>
        <div className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
          {PERSONNEL_METRICS.map((metric, i) => (
            <div key={metric} className="grid grid-cols-[1fr_6rem_6rem] items-end gap-2">
              <span className="pb-2 text-sm">{t(`metrics.${metric}`)}</span>
              <TextField form={form} name={`targets.${i}.minPercent`} label={t("scheme.min")} error={fieldError(`targets.${i}.minPercent`)} idPrefix={id} inputMode="decimal" />
              <TextField form={form} name={`targets.${i}.maxPercent`} label={t("scheme.max")} error={fieldError(`targets.${i}.maxPercent`)} idPrefix={id} inputMode="decimal" />
            </div>
          ))}
        </div>
      </fieldset>
      <TextAreaField form={form} name="notes" label={t("scheme.notes")} error={fieldError("notes")} idPrefix={id} />
      <SubmitButton pending={pending} label={scheme ? t("scheme.save") : t("scheme.create")} />
    </form>
  );
}
