import type { Metadata } from "next";
import { congressTitle } from "@/lib/server/metadata";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { AddCounterForm, CreateElectionForm } from "@/components/elections/election-forms";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { Disclosure } from "@/components/ui/disclosure";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate, vietnamDate } from "@/lib/dates";
import { removeCounterAction } from "@/lib/elections/actions";
import { listCounters, listElections } from "@/lib/elections/data";
import { db } from "@/lib/db/client";
import { organisationPeople } from "@/lib/planning/people";
import { congressPage } from "@/lib/server/page";

export async function generateMetadata({ params }: { params: Promise<{ organisationId: string; congressId: string }> }): Promise<Metadata> {
  return congressTitle(params, (await getTranslations("elections"))("title"));
}

export default async function ElectionsPage({ params }: { params: Promise<{ organisationId: string; congressId: string }> }) {
  const { actor, congress, base, can, organisationId } = await congressPage(params, "delegate.read");
  const manage = can("election.manage");
  const [elections, counters, t, scheme, accounts] = await Promise.all([
    listElections(actor, congress, vietnamDate()),
    listCounters(actor, congress.id),
    getTranslations(),
    db.personnelScheme.findFirst({ where: { congressId: congress.id, organisationId: congress.organisationId, status: { not: "DRAFT" } }, select: { committeeSize: true } }),
    manage ? organisationPeople(organisationId) : Promise.resolve([]),
  ]);
  return (
    <div className="space-y-6">
      <div>
        <h2 className="text-xl font-semibold">{t("elections.title")}</h2>
        <p className="text-sm text-muted">{t("elections.intro")}</p>
      </div>
      {elections.length === 0 ? (
        <EmptyState text={t("elections.empty")} />
      ) : (
        <ul className="space-y-3">
          {elections.map((e) => (
            <li key={e.id}>
              <Card>
                <div className="flex flex-wrap items-center justify-between gap-3">
                  <div>
                    <h3 className="text-lg font-semibold">
                      <Link href={`${base}/elections/${e.id}`} className="text-blue-800 hover:underline">{e.name}</Link>
                    </h3>
                    <p className="text-sm text-muted">{t(`elections.kinds.${e.kind}`)} · {t("elections.seatsLine", { seats: e.seats, count: e.candidates.length })}</p>
                  </div>
                  <div className="flex flex-wrap gap-2">
                    {e.rounds.map((r) => (
                      <Badge key={r.id} tone={r.status === "CLOSED" ? "green" : "amber"}>
                        {t("elections.round.title", { n: r.number })}: {t(`elections.round.status.${r.status}`)}
                      </Badge>
                    ))}
                    {e.rounds.some((r) => r.status === "CLOSED") && <Badge tone="blue">{t("elections.results.elected", { elected: e.elected.length, seats: e.seats })}</Badge>}
                    {e.lastClosed && <Badge tone={e.approval ? "green" : "amber"}>{e.approval ? t("elections.approval.done", { decision: e.approval.decision, date: formatDate(e.approval.approvedOn) }) : t("elections.approval.pending")}</Badge>}
                  </div>
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
      {elections.some((e) => e.elected.length > 0) && (
        // Who the congress and the new committee's first meeting elected: committee, standing
        // committee, secretary and the rest, as the congress's record shows them.
        <Card aria-labelledby="summary-title">
          <CardTitle><span id="summary-title">{t("elections.summary.title")}</span></CardTitle>
          <ul className="space-y-1 text-sm" data-testid="election-summary">
            {elections
              .filter((e) => e.elected.length > 0)
              .map((e) => (
                <li key={e.id}>{t("elections.summary.line", { kind: t(`elections.kinds.${e.kind}`), names: e.elected.map((c) => c.fullName).join(", ") })}</li>
              ))}
          </ul>
        </Card>
      )}
      {manage && (
        <Disclosure summary={t("elections.create.title")} open={elections.length === 0}>
          <CreateElectionForm congressId={congress.id} schemeSeats={scheme?.committeeSize ?? null} />
        </Disclosure>
      )}
      <Card aria-labelledby="counters-title">
        <CardTitle><span id="counters-title">{t("elections.counters.title")}</span></CardTitle>
        {counters.length === 0 ? (
          <p className="text-sm text-muted">{t("elections.counters.empty")}</p>
        ) : (
          <ul className="mb-4 space-y-2" data-testid="counters">
            {counters.map((m) => (
              <li key={m.id} className="flex flex-wrap items-center gap-3">
                <span className="font-medium">{m.fullName}</span>
                <Badge>{t(`elections.counters.positions.${m.position}`)}</Badge>
                {manage && <ConfirmButton action={removeCounterAction} input={{ id: m.id }} label={t("elections.counters.remove")} variant="secondary" />}
              </li>
            ))}
          </ul>
        )}
        {manage && <AddCounterForm congressId={congress.id} accounts={accounts.map((a) => ({ id: a.id, label: a.name }))} />}
      </Card>
    </div>
  );
}
