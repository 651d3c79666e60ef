"use client";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { FormMessage } from "@/components/forms/form-kit";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { Field, Input, describedBy } from "@/components/ui/field";
import { assignGroupsAction } from "@/lib/delegates/actions";
import { distributeGroups, groupSizes } from "@/lib/delegates/groups";
import { groupsFormSchema } from "@/lib/delegates/schema";

type Member = { id: string; version: number; unitId: string | null };

/**
 * Shares the official delegates into N discussion groups. The preview runs the same function as
 * the server on the same roster, so what is shown is what gets saved.
 */
export function GroupAssigner({ congressId, delegates, defaultCount }: { congressId: string; delegates: Member[]; defaultCount: number }) {
  const t = useTranslations();
  const [values, setValues] = useState({ groupCount: String(defaultCount), prefix: t("delegates.groups.prefixDefault"), numberSeats: false });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { run, pending, message, setMessage } = useAction(assignGroupsAction, {
    successText: (data) => t("delegates.groups.saved", { count: data.delegates, groups: Number(values.groupCount) }),
    refresh: true,
    onFailure: (failure) => setErrors(Object.fromEntries(Object.entries(failure.fieldErrors ?? {}).map(([k, v]) => [k, v[0]!]))),
  });

  const count = Number(values.groupCount);
  const preview = useMemo(() => {
    if (!Number.isInteger(count) || count < 1 || count > Math.min(50, delegates.length)) return null;
    const groups = distributeGroups(delegates, count);
    const byUnit = new Map<string, Set<number>>();
    for (const d of delegates) if (d.unitId) byUnit.set(d.unitId, (byUnit.get(d.unitId) ?? new Set()).add(groups.get(d.id)!));
    return { sizes: groupSizes(delegates.length, count).join(", "), split: [...byUnit.values()].filter((s) => s.size > 1).length };
  }, [count, delegates]);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setMessage(null);
    const checked = groupsFormSchema.safeParse(values);
    if (!checked.success) {
      setErrors(Object.fromEntries(checked.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setErrors({});
    run({ congressId, ...values, delegates: delegates.map((d) => ({ id: d.id, version: d.version })) });
  };
  const err = (name: string) => (errors[name] ? t(errors[name]) : undefined);

  return (
    <form onSubmit={submit} noValidate className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" aria-labelledby="groups-legend">
      <h3 id="groups-legend" className="text-lg font-semibold">{t("delegates.groups.legend")}</h3>
      <p className="text-sm text-muted">{t("delegates.groups.help", { count: delegates.length })}</p>
      <FormMessage message={message} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id="groupCount" label={t("delegates.groups.groupCount")} error={err("groupCount")}>
          <Input type="number" inputMode="numeric" min={1} max={50} value={values.groupCount} onChange={(e) => setValues((v) => ({ ...v, groupCount: e.target.value }))} {...describedBy("groupCount", err("groupCount"))} />
        </Field>
        <Field id="prefix" label={t("delegates.groups.prefix")} help={t("delegates.groups.prefixHelp")} error={err("prefix")}>
          <Input value={values.prefix} maxLength={30} onChange={(e) => setValues((v) => ({ ...v, prefix: e.target.value }))} {...describedBy("prefix", err("prefix"), true)} />
        </Field>
        <div className="flex items-center gap-2 sm:pt-7">
          <input id="numberSeats" type="checkbox" className="size-5" checked={values.numberSeats} onChange={(e) => setValues((v) => ({ ...v, numberSeats: e.target.checked }))} />
          <label htmlFor="numberSeats" className="text-sm">{t("delegates.groups.numberSeats")}</label>
        </div>
      </div>
      {preview && <p className="text-sm" data-testid="groups-preview">{t("delegates.groups.preview", preview)}</p>}
      <Button type="submit" pending={pending} disabled={delegates.length === 0}>
        {pending ? t("common.saving") : t("delegates.groups.submit")}
      </Button>
    </form>
  );
}
