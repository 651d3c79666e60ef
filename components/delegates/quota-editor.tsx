"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormMessage } from "@/components/forms/form-kit";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { apportionSeats } from "@/lib/delegates/apportion";
import { saveQuotasAction } from "@/lib/delegates/actions";
import { QuotaStatus } from "./quota-status";

type Row = { unitId: string; name: string; members: number; seats: number | null; version: number | null; elected: number };

/** The quota table, editable; "Propose" fills it by largest remainder, the organizer adjusts and saves. */
export function QuotaEditor({ congressId, rows }: { congressId: string; rows: Row[] }) {
  const t = useTranslations();
  // Someone else saved meanwhile: the table reloads from the server with their figures.
  const { run, pending, message, setMessage } = useAction(saveQuotasAction, { successText: () => t("quotas.saved"), refresh: true });
  const [seats, setSeats] = useState<Record<string, string>>(() => Object.fromEntries(rows.map((r) => [r.unitId, r.seats === null ? "" : String(r.seats)])));
  const [total, setTotal] = useState(() => String(rows.reduce((n, r) => n + (r.seats ?? 0), 0) || ""));
  const sum = Object.values(seats).reduce((n, v) => n + (Number(v) || 0), 0);

  const propose = () => {
    const n = Number(total);
    if (!Number.isInteger(n) || n < rows.length) {
      setMessage({ ok: false, text: t("quotas.proposeTooFew", { count: rows.length }) });
      return;
    }
    const proposal = apportionSeats(rows.map((r) => ({ unitId: r.unitId, members: r.members })), n);
    setSeats(Object.fromEntries(proposal.map((p) => [p.unitId, String(p.seats)])));
    setMessage({ ok: true, text: t("quotas.proposed") });
  };

  const save = () => run({ congressId, quotas: rows.filter((r) => seats[r.unitId] !== "").map((r) => ({ unitId: r.unitId, seats: Number(seats[r.unitId]), version: r.version })) });

  return (
    <div className="space-y-4">
      <fieldset className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
        <legend className="px-1 font-semibold">{t("quotas.proposeLegend")}</legend>
        <p className="text-sm text-muted">{t("quotas.proposeHelp")}</p>
        <div className="flex flex-wrap items-end gap-2">
          <div className="space-y-1">
            <label htmlFor="quota-total" className="block text-sm font-medium">{t("quotas.proposeTotal")}</label>
            <Input id="quota-total" type="number" min={rows.length} max={5000} value={total} onChange={(e) => setTotal(e.target.value)} className="w-32" />
          </div>
          <Button type="button" variant="secondary" onClick={propose}>{t("quotas.propose")}</Button>
        </div>
      </fieldset>
      <FormMessage message={message} />
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full min-w-[36rem] text-left text-sm">
          <thead className="bg-stone-100 text-xs uppercase text-muted">
            <tr>
              <th scope="col" className="px-3 py-2">{t("quotas.unit")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("quotas.members")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("quotas.quota")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("quotas.elected")}</th>
              <th scope="col" className="px-3 py-2">{t("quotas.status")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.unitId} className="border-t border-stone-200">
                <th scope="row" className="px-3 py-2 font-medium">
                  <label htmlFor={`quota-${r.unitId}`}>{r.name}</label>
                </th>
                <td className="px-3 py-2 text-right tabular-nums">{r.members}</td>
                <td className="px-3 py-1 text-right">
                  <Input
                    id={`quota-${r.unitId}`}
                    type="number"
                    min={0}
                    max={1000}
                    value={seats[r.unitId] ?? ""}
                    onChange={(e) => setSeats((s) => ({ ...s, [r.unitId]: e.target.value }))}
                    className="ml-auto w-20 py-1 text-right"
                  />
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{r.elected}</td>
                <td className="px-3 py-2"><QuotaStatus seats={seats[r.unitId] === "" ? null : Number(seats[r.unitId])} elected={r.elected} /></td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t-2 border-stone-300 font-semibold">
              <th scope="row" className="px-3 py-2">{t("quotas.total")}</th>
              <td className="px-3 py-2 text-right tabular-nums">{rows.reduce((n, r) => n + r.members, 0)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{sum}</td>
              <td className="px-3 py-2 text-right tabular-nums">{rows.reduce((n, r) => n + r.elected, 0)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      <Button type="button" onClick={save} pending={pending}>{pending ? t("common.saving") : t("quotas.save")}</Button>
    </div>
  );
}
