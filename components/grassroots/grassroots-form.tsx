"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Field, Input, describedBy } from "@/components/ui/field";
import { DateField, FormMessage, SelectField, SubmitButton, useActionForm } from "@/components/forms/form-kit";
import { formatDate } from "@/lib/dates";
import { saveGrassrootsAction } from "@/lib/grassroots/actions";
import { CONGRESS_STATUSES, type GrassrootsFormInput, saveGrassrootsSchema } from "@/lib/grassroots/schema";
import { CONGRESS_KINDS } from "@/lib/congresses/schema";

type CongressRecord = { id: string; version: number; ordinal: number; plannedOpening: string | null; heldOn: string | null; isPilot: boolean; kind: "DELEGATES" | "MEMBERS"; status: GrassrootsFormInput["status"] } | null;

/** Plans or records the congress of one grassroots unit for the organisation congress's term. */
/** `defaultKind`: what a new congress of this unit is proposed as (a cell: a members' congress). */
export function GrassrootsForm({ organisationCongressId, unitId, congress, doneHref, defaultKind = "DELEGATES" }: { organisationCongressId: string; unitId: string; congress: CongressRecord; doneHref: string; defaultKind?: "DELEGATES" | "MEMBERS" }) {
  const t = useTranslations("grassroots");
  const tc = useTranslations("planning");
  const router = useRouter();
  const toValues = (c: CongressRecord): GrassrootsFormInput => ({
    organisationCongressId,
    unitId,
    congressId: c?.id ?? "",
    version: c?.version ?? null,
    ordinal: c?.ordinal ?? 1,
    plannedOpening: formatDate(c?.plannedOpening),
    heldOn: formatDate(c?.heldOn),
    isPilot: c?.isPilot ?? false,
    kind: c?.kind ?? defaultKind,
    status: c?.status ?? "PREPARING",
  });
  const { form, onSubmit, pending, message, fieldError } = useActionForm({
    schema: saveGrassrootsSchema,
    action: saveGrassrootsAction,
    defaultValues: toValues(congress),
    fromRecord: (r) => toValues(r as CongressRecord),
    onSuccess: () => router.push(doneHref),
  });
  const p = `g-${unitId}`;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field id={`${p}-ordinal`} label={t("fields.ordinal")} error={fieldError("ordinal")}>
          <Input type="number" min={1} max={99} inputMode="numeric" className="max-w-28" {...form.register("ordinal", { valueAsNumber: true })} {...describedBy(`${p}-ordinal`, fieldError("ordinal"))} />
        </Field>
        <DateField form={form} name="plannedOpening" label={t("fields.plannedOpening")} error={fieldError("plannedOpening")} idPrefix={p} />
        <SelectField form={form} name="status" label={t("fields.status")} error={fieldError("status")} idPrefix={p} options={CONGRESS_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))} />
        <DateField form={form} name="heldOn" label={t("fields.heldOn")} error={fieldError("heldOn")} idPrefix={p} />
        <SelectField form={form} name="kind" label={t("fields.kind")} error={fieldError("kind")} idPrefix={p} options={CONGRESS_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
      </div>
      <label className="flex min-h-10 items-center gap-2 text-sm font-medium">
        <input type="checkbox" className="size-4" {...form.register("isPilot")} />
        {t("fields.isPilot")}
      </label>
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={pending} label={tc("save")} />
        <a href={doneHref} className="inline-flex min-h-10 items-center rounded-md px-4 text-sm font-medium hover:bg-stone-100">
          {tc("cancel")}
        </a>
      </div>
    </form>
  );
}
