"use client";
import { useTranslations } from "next-intl";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { FormMessage, SelectField, SubmitButton, TextField, looseForm, useActionForm } from "@/components/forms/form-kit";
import { addMemberAction, updateMemberAction } from "@/lib/subcommittees/actions";
import { type MemberFormInput, POSITIONS, addMemberSchema, updateMemberSchema } from "@/lib/subcommittees/schema";

type Person = { id: string; name: string };
export type MemberRecord = { id: string; version: number; userId: string | null; fullName: string; jobTitle: string | null; position: MemberFormInput["position"] };

const toValues = (m: MemberRecord): MemberFormInput => ({ id: m.id, version: m.version, userId: m.userId ?? "", fullName: m.fullName, jobTitle: m.jobTitle ?? "", position: m.position });

function Fields({ form, err, idPrefix, people }: { form: UseFormReturn<FieldValues>; err: (n: string) => string | undefined; idPrefix: string; people: Person[] }) {
  const t = useTranslations("subCommittees");
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField form={form} name="userId" label={t("members.account")} help={t("members.accountHelp")} error={err("userId")} idPrefix={idPrefix} empty={t("members.noAccount")} options={people.map((p) => ({ value: p.id, label: p.name }))} />
      <TextField form={form} name="fullName" label={t("members.fullName")} help={t("members.fullNameHelp")} error={err("fullName")} idPrefix={idPrefix} />
      <TextField form={form} name="jobTitle" label={t("members.jobTitle")} error={err("jobTitle")} idPrefix={idPrefix} />
      <SelectField form={form} name="position" label={t("members.position")} error={err("position")} idPrefix={idPrefix} options={POSITIONS.map((p) => ({ value: p, label: t(`positions.${p}`) }))} />
    </div>
  );
}

export function AddMemberForm({ subCommitteeId, people }: { subCommitteeId: string; people: Person[] }) {
  const t = useTranslations("subCommittees");
  const { form, onSubmit, pending, message, fieldError } = useActionForm({
    schema: addMemberSchema,
    action: addMemberAction,
    defaultValues: { subCommitteeId, userId: "", fullName: "", jobTitle: "", position: "MEMBER" },
    successText: t("members.added"),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      <Fields form={looseForm(form)} err={fieldError} idPrefix={`add-${subCommitteeId}`} people={people} />
      <SubmitButton pending={pending} label={t("members.add")} />
    </form>
  );
}

export function EditMemberForm({ member, people }: { member: MemberRecord; people: Person[] }) {
  const t = useTranslations("subCommittees");
  const { form, onSubmit, pending, message, fieldError } = useActionForm({
    schema: updateMemberSchema,
    action: updateMemberAction,
    defaultValues: toValues(member),
    fromRecord: (r) => toValues(r),
    successText: t("saved"),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      <Fields form={looseForm(form)} err={fieldError} idPrefix={`member-${member.id}`} people={people} />
      <SubmitButton pending={pending} label={t("save")} />
    </form>
  );
}
