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
import { vietnamDate } from "@/lib/dates";
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
                  </div>
                </div>
              </Card>
            </li>
          ))}
        </ul>
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
