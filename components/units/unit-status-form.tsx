"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { type Path, useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, describedBy } from "@/components/ui/field";
import { changeUnitStatusAction } from "@/lib/units/actions";
import { type ChangeUnitStatusInput, changeUnitStatusSchema } from "@/lib/units/schema";
import { useNotify } from "@/components/ui/toaster";

const STATUSES = ["ACTIVE", "DISSOLVED", "MERGED", "TRANSFERRED"] as const;

/** Records a unit's life event: dissolved, merged into another unit, transferred, or active again. */
export function UnitStatusForm(props: { unitId: string; version: number; status: (typeof STATUSES)[number]; successors: { id: string; name: string }[] }) {
  const t = useTranslations();
  const notify = useNotify();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; key: string } | null>(null);
  const [version, setVersion] = useState(props.version);
  const { register, handleSubmit, formState, setError, control } = useForm<ChangeUnitStatusInput>({
    resolver: zodResolver(changeUnitStatusSchema),
    defaultValues: { unitId: props.unitId, version: props.version, status: props.status, effectiveOn: "", successorId: "", note: "" },
  });
  const status = useWatch({ control, name: "status" });
  const err = (name: keyof ChangeUnitStatusInput) => {
    const m = formState.errors[name]?.message;
    return m ? t(m) : undefined;
  };

  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      setMessage(null);
      const result = await changeUnitStatusAction({ ...values, version });
      if (result.ok) {
        setVersion(result.data.version);
        setMessage({ ok: true, key: "unitForm.statusSaved" });
        notify.success();
        router.refresh();
        return;
      }
      if (result.code === "VERSION_CONFLICT") {
        // Someone changed the unit meanwhile: show the newer state and let the user decide again.
        setVersion((result.current as { version: number }).version);
        router.refresh();
      }
      for (const [field, keys] of Object.entries(result.fieldErrors ?? {})) setError(field as Path<ChangeUnitStatusInput>, { message: keys[0] });
      setMessage({ ok: false, key: `errors.${result.code}` });
      notify.failure();
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4">
      {message && <Alert tone={message.ok ? "success" : "error"}>{t(message.key)}</Alert>}
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
      {status === "MERGED" && (
        <Field id="successorId" label={t("unitForm.mergedInto")} error={err("successorId")}>
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
