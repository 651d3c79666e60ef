"use client";
// The forms an organisation's and a province's pages open in place: a congress for the
// organisation, the next term's congress from the last one, a new organisation under the province.
// Each reloads the page with what it made; the server action checks the caller's reach again.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { DateField, FormMessage, SubmitButton, useActionForm } from "@/components/forms/form-kit";
import { createNextTermCongressAction } from "@/lib/congresses/actions";
import { nextTermCongressSchema } from "@/lib/congresses/schema";
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
