"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { FormMessage, useActionForm } from "@/components/forms/form-kit";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, describedBy } from "@/components/ui/field";
import { changeUnitStatusAction } from "@/lib/units/actions";
import { changeOrganisationStatusAction, changeProvinceStatusAction } from "@/lib/units/organisation-actions";
import { type ChangeUnitStatusInput, changeUnitStatusSchema } from "@/lib/units/schema";

const STATUSES = ["ACTIVE", "DISSOLVED", "MERGED", "TRANSFERRED"] as const;

const ACTIONS = { unit: changeUnitStatusAction, organisation: changeOrganisationStatusAction, province: changeProvinceStatusAction };

/**
 * Records a unit's life event: dissolved, merged into another unit, transferred, or active again,
 * with the unit that takes over its work and records (a district dissolved on 1/7/2025 names a
 * commune). `of`: a unit below an organisation, an organisation, or a province.
 */
export function UnitStatusForm(props: {
  unitId: string;
  version: number;
  status: (typeof STATUSES)[number];
  successors: { id: string; name: string }[];
  of?: keyof typeof ACTIONS;
}) {
  const t = useTranslations();
  const [version, setVersion] = useState(props.version);
  const defaultValues: ChangeUnitStatusInput = { unitId: props.unitId, version: props.version, status: props.status, effectiveOn: "", successorId: "", note: "" };
  const { form, onSubmit, pending, message } = useActionForm({
    schema: changeUnitStatusSchema,
    defaultValues,
    action: ACTIONS[props.of ?? "unit"],
    toInput: (values) => ({ ...values, version }),
    keepValues: true,
    successText: () => t("unitForm.statusSaved"),
    refresh: true,
    onSuccess: (unit) => setVersion(unit.version),
    // Someone changed the unit meanwhile: the page shows the newer state; the user decides again.
    onFailure: (failure) => {
      if (failure.code === "VERSION_CONFLICT") setVersion((failure.current as { version: number }).version);
    },
  });
  const { register, formState, control } = form;
  const status = useWatch({ control, name: "status" });
  const err = (name: keyof ChangeUnitStatusInput) => {
    const m = formState.errors[name]?.message;
    return m ? t(m) : undefined;
  };

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4">
      <FormMessage message={message} />
      <Field id="status" label={t("unitForm.status")} error={err("status")}>
        <Select {...register("status")} {...describedBy("status", err("status"))}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`unit.status.${s}`)}
            </option>
          ))}
        </Select>
      </Field>
      {status !== "ACTIVE" && (
        <Field id="effectiveOn" label={t("unitForm.effectiveOn")} error={err("effectiveOn")}>
          <Input inputMode="numeric" placeholder={t("planning.datePlaceholder")} autoComplete="off" maxLength={10} className="max-w-40" {...register("effectiveOn")} {...describedBy("effectiveOn", err("effectiveOn"))} />
        </Field>
      )}
      {status !== "ACTIVE" && (
        <Field id="successorId" label={status === "MERGED" ? t("unitForm.mergedInto") : t("unitForm.successor")} error={err("successorId")}>
          <Select {...register("successorId")} {...describedBy("successorId", err("successorId"))}>
            <option value="">{t("unitForm.choose")}</option>
            {props.successors.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {status !== "ACTIVE" && (
        <Field id="note" label={t("unitForm.note")} help={t("unitForm.noteHelp")} error={err("note")}>
          <Input {...register("note")} {...describedBy("note", err("note"), true)} />
        </Field>
      )}
      <Button type="submit" pending={pending}>
        {pending ? t("common.saving") : t("unitForm.saveStatus")}
      </Button>
    </form>
  );
}
