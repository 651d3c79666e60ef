import type { Metadata } from "next";
import { congressTitle } from "@/lib/server/metadata";
import { getTranslations } from "@/lib/i18n/server";
import { CountPanel } from "@/components/elections/count-form";
import { ApproveForm, CorrectBaseForm, NominateForm, OpenRoundForm } from "@/components/elections/election-forms";
import { RoundResults } from "@/components/elections/round-results";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { StructurePanel } from "@/components/personnel/structure-panel";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { Disclosure } from "@/components/ui/disclosure";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { loadIfAllowed } from "@/lib/auth/load";
import { formatDate, formatDateTime, vietnamDate } from "@/lib/dates";
import { closeRoundAction } from "@/lib/elections/actions";
import { getElection, membersConvened, presentDelegates } from "@/lib/elections/data";
import { delegateChoices } from "@/lib/personnel/data";
import { congressPage, idParam, orNotFound } from "@/lib/server/page";

export async function generateMetadata({ params }: { params: Promise<{ organisationId: string; congressId: string }> }): Promise<Metadata> {
  return congressTitle(params, (await getTranslations("elections"))("title"));
}

export default async function ElectionPage({ params }: { params: Promise<{ organisationId: string; congressId: string; electionId: string }> }) {
  const p = await params;
  const { actor, congress, can } = await congressPage(Promise.resolve(p), "delegate.read");
  const election = await orNotFound(getElection(actor, idParam(p.electionId), congress, vietnamDate()));
  const manage = can("election.manage");
  // The counting committee's members count: load() checks their seat.
  const count = (await loadIfAllowed(actor, "election", election.id, "election.count")) !== null;
  const [t, present, delegates, members] = await Promise.all([
    getTranslations(),
    manage && election.canOpenRound ? presentDelegates(congress.id) : Promise.resolve(0),
    manage && election.rounds.length === 0 ? delegateChoices(actor, congress) : Promise.resolve([]),
    manage && election.canOpenRound ? membersConvened(congress, election.kind) : Promise.resolve(null),
  ]);
  const names = new Map(election.candidates.map((c) => [c.id, c.fullName]));
  const api = `/api/v1/congresses/${congress.id}/elections/${election.id}/documents`;
  const nominations = election.candidates.filter((c) => c.source !== "SCHEME");

  return (
    <div className="space-y-6">
      <div>
        <h2 className="text-xl font-semibold">{election.name}</h2>
        <p className="text-sm text-muted">{t(`elections.kinds.${election.kind}`)} · {t("elections.seatsLine", { seats: election.seats, count: election.candidates.length })}</p>
      </div>

      <Card aria-labelledby="documents-title">
        <CardTitle><span id="documents-title">{t("elections.documents.title")}</span></CardTitle>
        <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
          {(["ballot", "minutes", "elected"] as const).map((doc) => (
            <li key={doc} className="flex gap-2">
              <span className="font-medium">{t(`elections.documents.${doc}`)}:</span>
              <a href={`${api}?document=${doc}&format=pdf`} className="text-blue-800 underline" download>{t("delegates.export.pdf")}</a>
              <a href={`${api}?document=${doc}&format=xlsx`} className="text-blue-800 underline" download>{t("delegates.export.xlsx")}</a>
            </li>
          ))}
        </ul>
      </Card>

      <Card aria-labelledby="candidates-title">
        <CardTitle><span id="candidates-title">{t("elections.candidates")}</span></CardTitle>
        {nominations.length === 0 && <p className="mb-2 text-sm text-muted">{t("elections.noNominations")}</p>}
        <ScrollRegion label={t("elections.candidates")}>
          <table className="w-full min-w-[36rem] text-left text-sm">
            <thead className="text-xs uppercase text-muted">
              <tr>
                <th scope="col" className="py-1 pr-2">{t("personnel.candidates.number")}</th>
                <th scope="col" className="py-1 pr-2">{t("personnel.candidates.name")}</th>
                <th scope="col" className="py-1 pr-2">{t("personnel.form.position")}</th>
                <th scope="col" className="py-1">{t("elections.source")}</th>
              </tr>
            </thead>
            <tbody>
              {election.candidates.map((c, i) => (
                <tr key={c.id} className="border-t border-stone-200">
                  <td className="py-1 pr-2 tabular-nums">{i + 1}</td>
                  <th scope="row" className="py-1 pr-2 font-medium">{c.fullName}</th>
                  <td className="py-1 pr-2">{c.position}</td>
                  <td className="py-1">
                    {c.source === "SCHEME" ? t("elections.sources.SCHEME") : <Badge tone="amber">{t(`elections.sources.${c.source}`)}</Badge>}
                    {c.admissionPresent !== null && c.admissionAgreeing !== null && (
                      <span className="ml-2 text-xs text-muted">{t("elections.nominate.admitted", { agreeing: c.admissionAgreeing, present: c.admissionPresent })}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        {election.refusedNominations.length > 0 && (
          // Nominations the congress refused (30% or fewer of those present agreeing): recorded, not on the ballot.
          <div className="mt-4">
            <h3 className="text-sm font-semibold">{t("elections.nominate.refusedTitle")}</h3>
            <ul className="mt-1 space-y-1 text-sm" data-testid="refused-nominations">
              {election.refusedNominations.map((c) => (
                <li key={c.id}>
                  <span className="font-medium">{c.fullName}</span> · {t(`elections.sources.${c.source}`)}
                  {c.nominatedBy && <> · {c.nominatedBy}</>} · {t("elections.nominate.refused", { agreeing: c.admissionAgreeing ?? 0, present: c.admissionPresent ?? 0 })}
                </li>
              ))}
            </ul>
          </div>
        )}
        {manage && election.rounds.length === 0 && (
          <Disclosure summary={t("elections.nominate.title")} className="mt-4">
            <NominateForm electionId={election.id} delegates={delegates.map((d) => ({ id: d.id, label: `${d.fullName} (${d.birthYear})` }))} />
          </Disclosure>
        )}
      </Card>

      {election.rounds.map((r) => (
        <Card key={r.id} aria-labelledby={`round-${r.number}`} data-testid={`round-${r.number}`}>
          <CardTitle>
            <span id={`round-${r.number}`}>{t("elections.round.title", { n: r.number })}</span>{" "}
            <Badge tone={r.status === "CLOSED" ? "green" : "amber"}>{t(`elections.round.status.${r.status}`)}</Badge>
          </CardTitle>
          <p className="text-sm text-muted">{t(r.base.kind === "MEMBERS" ? "elections.round.summaryMembers" : "elections.round.summary", { seats: r.seats, present: r.delegatesPresent, issued: r.ballotsIssued })}</p>
          {r.closedAt && <p className="text-sm text-muted">{t("elections.round.closedBy", { time: formatDateTime(new Date(r.closedAt)), name: r.closedByName ?? "" })}</p>}
          <RoundResults round={r} names={names} />
          {count && r.status === "OPEN" && (
            <div className="mt-4 space-y-4">
              <Disclosure summary={t("elections.count.title")} open>
                <CountPanel roundId={r.id} names={r.candidateIds.map((id) => ({ id, fullName: names.get(id) ?? "" }))} boxes={r.boxes} closed={false} />
              </Disclosure>
              {r.boxes.length > 0 && (
                <ConfirmButton action={closeRoundAction} input={{ roundId: r.id, version: r.version }} label={t("elections.round.close")} confirmText={t("elections.round.closeConfirm")} variant="primary" />
              )}
            </div>
          )}
          {count && r.status === "CLOSED" && r.number === election.rounds.length && (
            <>
              <Disclosure summary={t("elections.count.correctTitle")} className="mt-4">
                <CountPanel roundId={r.id} names={r.candidateIds.map((id) => ({ id, fullName: names.get(id) ?? "" }))} boxes={r.boxes} closed />
              </Disclosure>
              <Disclosure summary={t("elections.base.correct")} className="mt-2">
                <CorrectBaseForm roundId={r.id} baseRevision={r.baseRevision} memberExclusions={r.base.kind === "MEMBERS" ? r.base.exclusions : null} />
              </Disclosure>
            </>
          )}
        </Card>
      ))}

      {election.furtherRound && (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">{t(`elections.results.further${election.furtherRound.reason}`, { seats: election.furtherRound.seats })}</p>
      )}
      {manage && election.canOpenRound && (
        <Disclosure summary={election.rounds.length === 0 ? t("elections.round.open") : t("elections.round.openFurther")} open>
          <OpenRoundForm electionId={election.id} present={present} membersConvened={members} label={election.rounds.length === 0 ? t("elections.round.open") : t("elections.round.openFurther")} />
        </Disclosure>
      )}

      {election.lastClosed && (
        <>
          <Card aria-labelledby="elected-title">
            <CardTitle><span id="elected-title">{t("elections.results.elected", { elected: election.elected.length, seats: election.seats })}</span></CardTitle>
            <ol className="list-decimal space-y-0.5 pl-6 text-sm" data-testid="elected">
              {election.elected.map((c) => (
                <li key={c.id}>{c.fullName}</li>
              ))}
            </ol>
          </Card>
          <StructurePanel id="elected-structure" title={t("personnel.structure.electedTitle")} rows={election.structure} total={election.elected.length} />
          <Card aria-labelledby="approval-title">
            <CardTitle><span id="approval-title">{t("elections.approval.title")}</span></CardTitle>
            <p className="text-sm" data-testid="approval">
              {election.approval ? t("elections.approval.done", { decision: election.approval.decision, date: formatDate(election.approval.approvedOn) }) : t("elections.approval.pending")}
            </p>
            {manage && !election.approval && !election.openRound && <ApproveForm electionId={election.id} version={election.version} />}
          </Card>
        </>
      )}
    </div>
  );
}
