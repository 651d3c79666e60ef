"use client";
// The forms of the set-up: a province, an organisation, an organisation congress, an account. Each sends
// the raw values to its server action, which parses them again and checks the caller's reach.
import { useTranslations } from "next-intl";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { DateField, FormMessage, SelectField, SubmitButton, TextField, looseForm, useActionForm } from "@/components/forms/form-kit";
import { Field, describedBy } from "@/components/ui/field";
import { createCongressAction, setCongressStatusAction, updateCongressAction } from "@/lib/congresses/actions";
import { CONGRESS_KINDS, createCongressSchema, setCongressStatusSchema, updateCongressSchema } from "@/lib/congresses/schema";
import { createOrganisationAction, createProvinceAction } from "@/lib/units/organisation-actions";
import { PROVINCE_CHILD_KINDS } from "@/lib/units/levels";
import { createOrganisationSchema, createProvinceSchema } from "@/lib/units/schema";
import { createAccountAction } from "@/lib/users/actions";
import { createAccountSchema } from "@/lib/users/schema";

type Created = { id: string };

export function ProvinceForm({ onCreated }: { onCreated: (p: Created) => void }) {
  const t = useTranslations("setup");
  const f = useActionForm({ schema: createProvinceSchema, defaultValues: { code: "", name: "", memberCount: "", foundedOn: "" }, action: createProvinceAction, onSuccess: onCreated });
  return (
    <form onSubmit={f.onSubmit} noValidate className="max-w-xl space-y-4" aria-label={t("stepProvince")}>
      <FormMessage message={f.message} />
      <TextField form={f.form} idPrefix="province" name="code" label={t("code")} error={f.fieldError("code")} />
      <TextField form={f.form} idPrefix="province" name="name" label={t("name")} error={f.fieldError("name")} />
      <TextField form={f.form} idPrefix="province" name="memberCount" label={t("memberCount")} inputMode="numeric" error={f.fieldError("memberCount")} />
      <SubmitButton pending={f.pending} label={t("create")} />
    </form>
  );
}

export function OrganisationForm({ provinceId, onCreated }: { provinceId: string; onCreated: (d: Created) => void }) {
  const t = useTranslations("setup");

  const f = useActionForm({
    schema: createOrganisationSchema,
    defaultValues: { provinceId, kind: "COMMUNE", code: "", name: "", memberCount: "", foundedOn: "" },
    action: createOrganisationAction,
    onSuccess: onCreated,
  });
  return (
    <form onSubmit={f.onSubmit} noValidate className="max-w-xl space-y-4" aria-label={t("stepOrganisation")}>
      <FormMessage message={f.message} />
      <SelectField
        form={f.form}
        idPrefix="organisation"
        name="kind"
        label={t("level")}
        help={t("levelHelp")}
        options={PROVINCE_CHILD_KINDS.map((k) => ({ value: k, label: t(`levels.${k}`) }))}
        error={f.fieldError("kind")}
      />
      <TextField form={f.form} idPrefix="organisation" name="code" label={t("code")} error={f.fieldError("code")} />
      <TextField form={f.form} idPrefix="organisation" name="name" label={t("name")} error={f.fieldError("name")} />
      <TextField form={f.form} idPrefix="organisation" name="memberCount" label={t("memberCount")} inputMode="numeric" error={f.fieldError("memberCount")} />
      <SubmitButton pending={f.pending} label={t("create")} />
    </form>
  );
}

type CongressValues = { ordinal: number | string; termStart: number | string; termEnd: number | string; plannedOpening: string; plannedClosing?: string; venue?: string; isPilot?: boolean; kind?: string };

function CongressFields({ form, fieldError, prefix }: { form: UseFormReturn<FieldValues>; fieldError: (name: string) => string | undefined; prefix: string }) {
  const t = useTranslations("setup");
  const f = { fieldError };
  const pilotError = f.fieldError("isPilot");
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField form={form} idPrefix={prefix} name="ordinal" label={t("ordinal")} inputMode="numeric" error={f.fieldError("ordinal")} />
        <TextField form={form} idPrefix={prefix} name="termStart" label={t("termStart")} inputMode="numeric" error={f.fieldError("termStart")} />
        <TextField form={form} idPrefix={prefix} name="termEnd" label={t("termEnd")} inputMode="numeric" error={f.fieldError("termEnd")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <DateField form={form} idPrefix={prefix} name="plannedOpening" label={t("plannedOpening")} error={f.fieldError("plannedOpening")} />
        <DateField form={form} idPrefix={prefix} name="plannedClosing" label={t("plannedClosing")} error={f.fieldError("plannedClosing")} />
      </div>
      <TextField form={form} idPrefix={prefix} name="venue" label={t("venue")} error={f.fieldError("venue")} />
      <SelectField
        form={form}
        idPrefix={prefix}
        name="kind"
        label={t("congressKind")}
        help={t("congressKindHelp")}
        options={CONGRESS_KINDS.map((k) => ({ value: k, label: t(`congressKinds.${k}`) }))}
        error={f.fieldError("kind")}
      />
      <Field id={`${prefix}-isPilot`} label={t("isPilot")} error={pilotError}>
        <input type="checkbox" className="h-5 w-5" {...form.register("isPilot")} {...describedBy(`${prefix}-isPilot`, pilotError)} />
      </Field>
    </>
  );
}

export function CongressCreateForm({ organisationId, onCreated }: { organisationId: string; onCreated: (c: Created) => void }) {
  const t = useTranslations("setup");
  const year = new Date().getFullYear();
  const f = useActionForm({
    schema: createCongressSchema,
    defaultValues: { organisationId, ordinal: "", termStart: String(year), termEnd: String(year + 5), plannedOpening: "", plannedClosing: "", venue: "", isPilot: false, kind: "DELEGATES" } as never,
    action: createCongressAction,
    onSuccess: onCreated,
  });
  return (
    <form onSubmit={f.onSubmit} noValidate className="max-w-xl space-y-4" aria-label={t("stepCongress")}>
      <FormMessage message={f.message} />
      <CongressFields form={looseForm(f.form)} fieldError={f.fieldError} prefix="congress" />
      <SubmitButton pending={f.pending} label={t("create")} />
    </form>
  );
}

export function CongressEditForm({ congressId, version, values }: { congressId: string; version: number; values: CongressValues }) {
  const t = useTranslations("setup");
  const f = useActionForm({
    schema: updateCongressSchema,
    defaultValues: { congressId, version, ...values } as never,
    action: updateCongressAction,
    successText: t("saved"),
    // The page reloads with the saved record and its new version.
    onSuccess: () => window.location.reload(),
  });
  return (
    <form onSubmit={f.onSubmit} noValidate className="max-w-xl space-y-4" aria-label={t("editCongress")}>
      <FormMessage message={f.message} />
      <CongressFields form={looseForm(f.form)} fieldError={f.fieldError} prefix="congress-edit" />
      <SubmitButton pending={f.pending} label={t("save")} />
    </form>
  );
}

/** The congress's next step (or its held date); reloads the page with the new status. */
export function CongressStatusForm({ congressId, version, status }: { congressId: string; version: number; status: string }) {
  const t = useTranslations("setup");
  const next = status === "PREPARING" ? "CONVOKED" : status === "CONVOKED" ? "HELD" : null;
  const f = useActionForm({
    schema: setCongressStatusSchema,
    defaultValues: { congressId, version, status: (next ?? "HELD") as "HELD", heldOn: "" },
    action: setCongressStatusAction,
    onSuccess: () => window.location.reload(),
  });
  if (!next) return null;
  return (
    <form onSubmit={f.onSubmit} noValidate className="max-w-xl space-y-4" aria-label={t("status")}>
      <FormMessage message={f.message} />
      {next === "HELD" && <DateField form={f.form} idPrefix="congress-status" name="heldOn" label={t("heldOn")} error={f.fieldError("heldOn")} />}
      <SubmitButton pending={f.pending} label={next === "CONVOKED" ? t("convoke") : t("markHeld")} />
    </form>
  );
}

/** The address of a one-time link: its token in the fragment, which browsers never send to a server. */
function linkAddress(token: string): string {
  const url = new URL("/sign-in/link", window.location.origin);
  url.hash = token;
  return url.toString();
}

export function AccountForm({ unitId, roles, onCreated, label }: { unitId: string; roles: { value: string; label: string }[]; onCreated?: (a: Created & { signInToken: string | null }) => void; label?: string }) {
  const t = useTranslations("setup");
  const f = useActionForm({
    schema: createAccountSchema,
    defaultValues: { email: "", name: "", role: roles[0]?.value as "MEMBER", unitId, firstSignIn: "PASSWORD", password: "" },
    action: createAccountAction,
    onSuccess: onCreated,
  });
  const link = f.record?.signInToken;
  return (
    <form onSubmit={f.onSubmit} noValidate className="max-w-xl space-y-4" aria-label={label ?? t("newAccount")}>
      <FormMessage message={f.message} />
      {link && (
        <p className="break-all rounded-md border border-stone-300 p-3 text-sm">
          {t("linkShownOnce")} <code>{linkAddress(link)}</code>
        </p>
      )}
      <TextField form={f.form} idPrefix="account" name="name" label={t("fullName")} error={f.fieldError("name")} />
      <TextField form={f.form} idPrefix="account" name="email" label={t("email")} type="email" autoComplete="off" error={f.fieldError("email")} />
      <SelectField form={f.form} idPrefix="account" name="role" label={t("role")} options={roles} error={f.fieldError("role")} />
      <SelectField
        form={f.form}
        idPrefix="account"
        name="firstSignIn"
        label={t("firstSignIn")}
        options={[
          { value: "PASSWORD", label: t("firstPassword") },
          { value: "LINK", label: t("signInLink") },
        ]}
      />
      <TextField form={f.form} idPrefix="account" name="password" label={t("firstPassword")} type="password" autoComplete="new-password" error={f.fieldError("password")} />
      <SubmitButton pending={f.pending} label={t("create")} />
    </form>
  );
}
