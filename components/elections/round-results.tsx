import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { Badge } from "@/components/ui/badge";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { formatDateTime } from "@/lib/dates";
import type { RoundView } from "@/lib/elections/data";
import { baseLineKey } from "@/lib/elections/choices";

const TONE = { ELECTED: "green", TIE: "amber", PASSED_NOT_ELECTED: "blue", NOT_ELECTED: "neutral" } as const;

/** The base of the majority the round is decided against, and how it was reached. */
export async function RoundBase({ round }: { round: RoundView }) {
  const t = await getTranslations();
  return (
    <section className="mt-3 rounded-md border border-stone-200 p-3 text-sm" aria-labelledby={`base-${round.number}`} data-testid={`base-${round.number}`}>
      <h4 id={`base-${round.number}`} className="font-semibold">{t("elections.base.title")}</h4>
      <ul className="mt-1 space-y-0.5">
        {round.base.lines.map((l) => (
          <li key={l.key} className={l.key === "BASE" ? "font-medium" : undefined}>{t(baseLineKey(l), { count: l.count })}</li>
        ))}
      </ul>
      {round.baseCorrectionReason && <p className="mt-1 text-amber-800">{t("elections.base.revision", { n: round.baseRevision, reason: round.baseCorrectionReason })}</p>}
      <p className="mt-1 text-muted">{t("elections.base.rule")}</p>
    </section>
  );
}

/** A round's boxes, totals and each candidate's votes, share of the base and outcome. */
export async function RoundResults({ round, names }: { round: RoundView; names: Map<string, string> }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const pct = (n: number) => format.number(n / 100, { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 });
  if (round.boxes.length === 0)
    return (
      <>
        <RoundBase round={round} />
        <p className="mt-3 text-sm text-muted">{t("elections.count.noBoxes")}</p>
      </>
    );
  return (
    <div className="mt-3 space-y-4">
      <RoundBase round={round} />
      <div>
        <h4 className="text-sm font-semibold">{t("elections.count.boxes")}</h4>
        <ul className="text-sm" data-testid="boxes">
          {round.boxes.map((b) => (
            <li key={b.box}>
              {t("elections.count.boxLabel", { box: b.box })}: {t("elections.results.totals", { received: b.ballotsReceived, valid: b.valid, invalid: b.invalid })}
              {b.revision > 1 && <Badge tone="amber" className="ml-2">{t("elections.count.revision", { n: b.revision })}</Badge>}
            </li>
          ))}
        </ul>
        <p className="mt-1 text-sm font-medium" data-testid="totals">{t("elections.results.totals", { received: round.totals.ballotsReceived, valid: round.totals.valid, invalid: round.totals.invalid })}</p>
      </div>
      {round.status === "OPEN" && <p className="text-sm text-amber-800">{t("elections.round.provisional")}</p>}
      <ScrollRegion label={t("elections.results.title")}>
        <table className="w-full min-w-[36rem] text-left text-sm" data-testid={`results-${round.number}`}>
          <thead className="text-xs uppercase text-muted">
            <tr>
              <th scope="col" className="py-1 pr-2">{t("personnel.candidates.name")}</th>
              <th scope="col" className="py-1 pr-2 text-right">{t("elections.results.votes")}</th>
              <th scope="col" className="py-1 pr-2 text-right">{t("elections.results.percent")}</th>
              <th scope="col" className="py-1">{t("elections.results.outcome")}</th>
            </tr>
          </thead>
          <tbody>
            {round.decision.results.map((r) => (
              <tr key={r.candidateId} className="border-t border-stone-200">
                <th scope="row" className="py-1 pr-2 font-medium">{names.get(r.candidateId)}</th>
                <td className="py-1 pr-2 text-right tabular-nums">{format.number(r.votes)}</td>
                <td className="py-1 pr-2 text-right tabular-nums">{pct(r.percent)}</td>
                <td className="py-1"><Badge tone={TONE[r.outcome]}>{t(`elections.results.outcomes.${r.outcome}`)}</Badge></td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {round.history.length > round.boxes.length && (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium">{t("elections.count.history")}</summary>
          <ul className="mt-2 space-y-1">
            {round.history.map((h) => (
              <li key={h.id}>
                {t("elections.count.boxLabel", { box: h.box })} · {t("elections.count.revision", { n: h.revision })} · {t("elections.count.entered", { name: h.enteredByName, time: formatDateTime(new Date(h.enteredAt)) })}
                {h.correctionReason && <> · {h.correctionReason}</>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
