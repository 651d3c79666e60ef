"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { FormMessage, useActionForm } from "@/components/forms/form-kit";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, describedBy } from "@/components/ui/field";
import { formatDate } from "@/lib/dates";
import { createUnitAction, updateUnitAction } from "@/lib/units/actions";
import { type CreateUnitInput, UNIT_BLOCKS, UNIT_KINDS_BELOW_ORGANISATION, createUnitSchema } from "@/lib/units/schema";

type Choice = { id: string; name: string };
export type UnitFormValues = { name: string; block: string; memberCount: string; foundedOn: string };

/** Founds a unit (create) or corrects its details (edit, with the version it was loaded at). */
export function UnitForm(props: { organisationId: string; committees: Choice[]; edit?: { unitId: string; version: number; kind: string; values: UnitFormValues } }) {
  const t = useTranslations();
  const router = useRouter();
  const [version, setVersion] = useState(props.edit?.version ?? 0);
  const editing = !!props.edit;
  type Saved = { id: string; version: number; organisationId: string | null };
  const { form, onSubmit, pending, message } = useActionForm({
    // The create schema's field rules serve both; on edit the server checks the update schema.
    schema: createUnitSchema,
    action: (values: CreateUnitInput) =>
      editing
        ? updateUnitAction({ unitId: props.edit!.unitId, version, name: values.name, block: values.block, memberCount: values.memberCount, foundedOn: values.foundedOn })
        : createUnitAction(values),
    keepValues: true,
    successText: editing ? () => t("unitForm.saved") : undefined,
    refresh: editing,
    onSuccess: (unit: Saved) => {
      if (editing) setVersion(unit.version);
      else router.push(`/organisations/${props.organisationId}/units/${unit.id}`);
    },
    onFailure: (failure) => {
      if (failure.code !== "VERSION_CONFLICT" || !failure.current) return;
      const c = failure.current as { version: number; name: string; block: string | null; memberCount: number | null; foundedOn: string | Date | null };
      setVersion(c.version);
      form.reset({ ...form.getValues(), name: c.name, block: (c.block ?? "") as CreateUnitInput["block"], memberCount: c.memberCount ?? "", foundedOn: c.foundedOn ? formatDate(new Date(c.foundedOn).toISOString()) : "" });
    },
    defaultValues: {
      organisationId: props.organisationId,
      kind: (props.edit?.kind as CreateUnitInput["kind"]) ?? "GRASSROOTS_COMMITTEE",
      parentId: "",
      name: props.edit?.values.name ?? "",
      block: (props.edit?.values.block || "") as CreateUnitInput["block"],
      memberCount: props.edit?.values.memberCount ?? "",
      foundedOn: props.edit?.values.foundedOn ?? "",
    },
  });
  const { register, formState, control } = form;
  const kind = useWatch({ control, name: "kind" });
  const err = (name: keyof CreateUnitInput) => {
    const m = formState.errors[name]?.message;
    return m ? t(m) : undefined;
  };

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4">
      <FormMessage message={message} />
      {!editing && (
        <Field id="kind" label={t("unitForm.kind")} error={err("kind")}>
          <Select {...register("kind")} {...describedBy("kind", err("kind"))}>
            {UNIT_KINDS_BELOW_ORGANISATION.map((k) => (
              <option key={k} value={k}>
                {t(`unit.kind.${k}`)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {!editing && kind === "CELL" && (
        <Field id="parentId" label={t("unitForm.parent")} error={err("parentId")}>
          <Select {...register("parentId")} {...describedBy("parentId", err("parentId"))}>
            <option value="">{t("unitForm.choose")}</option>
            {props.committees.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field id="name" label={t("unitForm.name")} help={t("unitForm.nameHelp")} error={err("name")}>
        <Input {...register("name")} {...describedBy("name", err("name"), true)} />
      </Field>
      {kind !== "CELL" && (
        <Field id="block" label={t("unitForm.block")} error={err("block")}>
          <Select {...register("block")} {...describedBy("block", err("block"))}>
            <option value="">{t("unitForm.choose")}</option>
            {UNIT_BLOCKS.map((b) => (
              <option key={b} value={b}>
                {t(`unit.block.${b}`)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="memberCount" label={t("unitForm.memberCount")} error={err("memberCount")}>
          <Input type="number" inputMode="numeric" min={0} {...register("memberCount")} {...describedBy("memberCount", err("memberCount"))} />
        </Field>
        <Field id="foundedOn" label={t("unitForm.foundedOn")} error={err("foundedOn")}>
          <Input inputMode="numeric" placeholder={t("planning.datePlaceholder")} autoComplete="off" maxLength={10} className="max-w-40" {...register("foundedOn")} {...describedBy("foundedOn", err("foundedOn"))} />
        </Field>
      </div>
      <Button type="submit" pending={pending}>
        {pending ? t("common.saving") : editing ? t("common.save") : t("unitForm.create")}
      </Button>
    </form>
  );
}
