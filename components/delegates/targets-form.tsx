"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormMessage } from "@/components/forms/form-kit";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { saveTargetsAction } from "@/lib/delegates/actions";
import { saveTargetsSchema } from "@/lib/delegates/schema";

type Metric = "WOMEN" | "ETHNIC_MINORITY" | "UNDER_40";
type Row = { metric: Metric; minPercent: number | null; maxPercent: number | null };
const show = (n: number | null) => (n === null ? "" : String(n));

export function TargetsForm({ congressId, targets }: { congressId: string; targets: Row[] }) {
  const t = useTranslations();
  const { run, pending, message, setMessage } = useAction(saveTargetsAction, { successText: () => t("composition.targets.saved"), refresh: true });
  const [values, setValues] = useState(() => targets.map((r) => ({ metric: r.metric, min: show(r.minPercent), max: show(r.maxPercent) })));

  const save = (e: React.FormEvent) => {
    e.preventDefault();
    const input = { congressId, targets: values.map((v) => ({ metric: v.metric, minPercent: v.min, maxPercent: v.max })) };
    const checked = saveTargetsSchema.safeParse(input);
    if (!checked.success) {
      setMessage({ ok: false, text: t(checked.error.issues[0]!.message) });
      return;
    }
    run(input);
  };

  return (
    <form onSubmit={save} noValidate className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h3 className="text-lg font-semibold">{t("composition.targets.legend")}</h3>
      <p className="text-sm text-muted">{t("composition.targets.help")}</p>
      <FormMessage message={message} />
      <div className="space-y-2">
        {values.map((v, i) => (
          <fieldset key={v.metric} className="flex flex-wrap items-end gap-3">
            <legend className="mb-1 w-full text-sm font-medium">{t(`composition.metrics.${v.metric}`)}</legend>
            {(["min", "max"] as const).map((bound) => (
              <div key={bound} className="space-y-1">
                <label htmlFor={`${v.metric}-${bound}`} className="block text-xs text-muted">{t(`composition.targets.${bound}`)}</label>
                <Input
                  id={`${v.metric}-${bound}`}
                  type="number"
                  min={0}
                  max={100}
                  step={0.01}
                  value={v[bound]}
                  onChange={(e) => setValues((all) => all.map((x, j) => (j === i ? { ...x, [bound]: e.target.value } : x)))}
                  className="w-28 py-1"
                />
              </div>
            ))}
          </fieldset>
        ))}
      </div>
      <Button type="submit" pending={pending}>{pending ? t("common.saving") : t("composition.targets.save")}</Button>
    </form>
  );
}
