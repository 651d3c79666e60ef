"use client";
// The forms an organisation's and a province's pages open in place: a congress for the
// organisation, the next term's congress from the last one, a new organisation under the province.
// Each reloads the page with what it made; the server action checks the caller's reach again.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { DateField, FormMessage, SelectField, SubmitButton, TextField, useActionForm } from "@/components/forms/form-kit";
import { createNextTermCongressAction } from "@/lib/congresses/actions";
import { nextTermCongressSchema } from "@/lib/congresses/schema";
import { PROVINCE_CHILD_KINDS } from "@/lib/units/levels";
import { updateOrganisationAction, updateProvinceAction } from "@/lib/units/organisation-actions";
import { updateOrganisationSchema } from "@/lib/units/schema";
import { CongressCreateForm, OrganisationForm } from "./organisation-forms";

export function NewCongress({ organisationId }: { organisationId: string }) {
  const router = useRouter();
  return <CongressCreateForm organisationId={organisationId} onCreated={() => router.refresh()} />;
}

export function NewOrganisation({ provinceId }: { provinceId: string }) {
  const router = useRouter();
  return <OrganisationForm provinceId={provinceId} onCreated={() => router.refresh()} />;
}

/** The next term's congress of the same organisation, opened from the last one (its sub-committees and calendar come along). */
export function NextTermCongress({ congressId }: { congressId: string }) {
  const t = useTranslations("setup");
  const router = useRouter();
  const f = useActionForm({ schema: nextTermCongressSchema, defaultValues: { congressId, plannedOpening: "" }, action: createNextTermCongressAction, onSuccess: () => router.refresh() });
  return (
    <form onSubmit={f.onSubmit} noValidate className="max-w-xl space-y-4" aria-label={t("nextTerm")}>
      <FormMessage message={f.message} />
      <DateField form={f.form} idPrefix="next-term" name="plannedOpening" label={t("plannedOpening")} error={f.fieldError("plannedOpening")} />
      <SubmitButton pending={f.pending} label={t("nextTermOpen")} />
    </form>
  );
}

type OrganisationValues = { id: string; version: number; kind: string; code: string; name: string; memberCount: number | null };

/** An organisation's (or a province's) own record: code, name, level, members. */
export function OrganisationEditForm({ organisation }: { organisation: OrganisationValues }) {
  const t = useTranslations("setup");
  const router = useRouter();
  const province = organisation.kind === "PROVINCE";
  const f = useActionForm({
    schema: updateOrganisationSchema,
    defaultValues: {
      unitId: organisation.id,
      version: organisation.version,
      code: organisation.code,
      name: organisation.name,
      kind: province ? "" : organisation.kind,
      memberCount: organisation.memberCount === null ? "" : String(organisation.memberCount),
      foundedOn: "",
    } as never,
    action: province ? updateProvinceAction : updateOrganisationAction,
    successText: t("saved"),
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={f.onSubmit} noValidate className="max-w-xl space-y-4" aria-label={t("editOrganisation")}>
      <FormMessage message={f.message} />
      {!province && (
        <SelectField form={f.form} idPrefix="organisation-edit" name="kind" label={t("level")} options={PROVINCE_CHILD_KINDS.map((k) => ({ value: k, label: t(`levels.${k}`) }))} error={f.fieldError("kind")} />
      )}
      <TextField form={f.form} idPrefix="organisation-edit" name="code" label={t("code")} error={f.fieldError("code")} />
      <TextField form={f.form} idPrefix="organisation-edit" name="name" label={t("name")} error={f.fieldError("name")} />
      <TextField form={f.form} idPrefix="organisation-edit" name="memberCount" label={t("memberCount")} inputMode="numeric" error={f.fieldError("memberCount")} />
      <SubmitButton pending={f.pending} label={t("save")} />
    </form>
  );
}
