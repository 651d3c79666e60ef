"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { type Path, useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, describedBy } from "@/components/ui/field";
import { formatDate } from "@/lib/dates";
import { createUnitAction, updateUnitAction } from "@/lib/units/actions";
import { type CreateUnitInput, UNIT_BLOCKS, UNIT_KINDS_BELOW_DISTRICT, createUnitSchema } from "@/lib/units/schema";
import { useNotify } from "@/components/ui/toaster";

type Choice = { id: string; name: string };
export type UnitFormValues = { name: string; block: string; memberCount: string; foundedOn: string };

/** Founds a unit (create) or corrects its details (edit, with the version it was loaded at). */
export function UnitForm(props: { districtId: string; committees: Choice[]; edit?: { unitId: string; version: number; kind: string; values: UnitFormValues } }) {
  const t = useTranslations();
  const notify = useNotify();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; key: string } | null>(null);
  const [version, setVersion] = useState(props.edit?.version ?? 0);
  const editing = !!props.edit;
  const form = useForm<CreateUnitInput>({
    // The create schema's field rules serve both; on edit the server checks the update schema.
    resolver: zodResolver(createUnitSchema),
    defaultValues: {
      districtId: props.districtId,
      kind: (props.edit?.kind as CreateUnitInput["kind"]) ?? "GRASSROOTS_COMMITTEE",
      parentId: "",
      name: props.edit?.values.name ?? "",
      block: (props.edit?.values.block || "") as CreateUnitInput["block"],
      memberCount: props.edit?.values.memberCount ?? "",
      foundedOn: props.edit?.values.foundedOn ?? "",
    },
  });
  const { register, handleSubmit, formState, setError, reset, control } = form;
  const kind = useWatch({ control, name: "kind" });
  const err = (name: keyof CreateUnitInput) => {
    const m = formState.errors[name]?.message;
    return m ? t(m) : undefined;
  };

  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      setMessage(null);
      const result = editing
        ? await updateUnitAction({ unitId: props.edit!.unitId, version, name: values.name, block: values.block, memberCount: values.memberCount, foundedOn: values.foundedOn })
        : await createUnitAction(values);
      if (result.ok) {
        if (editing) {
          setVersion(result.data.version);
          setMessage({ ok: true, key: "unitForm.saved" });
          notify.success();
          router.refresh();
        } else router.push(`/districts/${props.districtId}/units/${result.data.id}`);
        return;
      }
      if (result.code === "VERSION_CONFLICT" && result.current) {
        const c = result.current as { version: number; name: string; block: string | null; memberCount: number | null; foundedOn: string | Date | null };
        setVersion(c.version);
        reset({ ...values, name: c.name, block: (c.block ?? "") as CreateUnitInput["block"], memberCount: c.memberCount ?? "", foundedOn: c.foundedOn ? formatDate(new Date(c.foundedOn).toISOString()) : "" });
      }
      for (const [field, keys] of Object.entries(result.fieldErrors ?? {})) setError(field as Path<CreateUnitInput>, { message: keys[0] });
      setMessage({ ok: false, key: `errors.${result.code}` });
      notify.failure();
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4">
      {message && <Alert tone={message.ok ? "success" : "error"}>{t(message.key)}</Alert>}
      {!editing && (
        <Field id="kind" label={t("unitForm.kind")} error={err("kind")}>
          <Select {...register("kind")} {...describedBy("kind", err("kind"))}>
            {UNIT_KINDS_BELOW_DISTRICT.map((k) => (
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
