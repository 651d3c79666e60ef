import type { Metadata } from "next";
import { organisationTitle } from "@/lib/server/metadata";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { CongressSummary } from "@/components/congresses/congress-summary";
import { GrassrootsProgress } from "@/components/charts/grassroots-progress";
import { UnitTable } from "@/components/units/unit-table";
import { buttonClass } from "@/components/ui/button";
import { NewCongress, NextTermCongress, OrganisationEditForm } from "@/components/setup/organisation-admin";
import { HistoryList } from "@/components/units/history-list";
import { UnitStatusForm } from "@/components/units/unit-status-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card, CardTitle } from "@/components/ui/card";
import { Disclosure } from "@/components/ui/disclosure";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/access";
import { dateOnlyToIso, formatDate } from "@/lib/dates";
import { activeOn } from "@/lib/grassroots/ratio";
import { isOrganisationKind } from "@/lib/units/levels";
import { requireActor } from "@/lib/auth/session";
import { grassrootsCongressCounts, listOrganisationCongresses } from "@/lib/congresses/data";
import { idParam, orNotFound } from "@/lib/server/page";
import { getOrganisation, listOrganisationUnits, listSuccessorChoices } from "@/lib/units/data";

export async function generateMetadata({ params }: { params: Promise<{ organisationId: string }> }): Promise<Metadata> {
  return organisationTitle((await params).organisationId, (await getTranslations("meta"))("organisation"));
}

/** Held, planned and not yet planned grassroots congresses from the counts by status. */
function organisationRatio(counts: Partial<Record<string, number>>, total: number) {
  const held = counts.HELD ?? 0;
  const planned = Math.min(total - held, Object.entries(counts).reduce((n, [status, c]) => (status === "HELD" ? n : n + (c ?? 0)), 0));
  return { held, total, planned, pending: Math.max(0, total - held - planned) };
}

export default async function OrganisationPage({ params }: { params: Promise<{ organisationId: string }> }) {
  const actor = await requireActor();
  const organisationId = idParam((await params).organisationId);
  const organisation = await orNotFound(getOrganisation(actor, organisationId));
  const [units, congresses, t] = await Promise.all([listOrganisationUnits(actor, organisation), listOrganisationCongresses(actor, organisationId), getTranslations()]);
  const current = congresses[0];
  const counts = current ? await grassrootsCongressCounts(actor, organisationId, current.termStart, current.plannedOpening) : {};
  const active = units.filter((u) => u.status === "ACTIVE");
  // The units the current congress counts: those active on its opening (lib/grassroots/ratio activeOn).
  const asOf = current?.plannedOpening ? dateOnlyToIso(current.plannedOpening) : null;
  const grassrootsTotal = units.filter((u) => (u.kind === "GRASSROOTS_COMMITTEE" || u.kind === "GRASSROOTS_CELL") && activeOn(u.status, u.statusChangedOn ? dateOnlyToIso(u.statusChangedOn) : null, asOf)).length;
  // The organisations whose records this one keeps (a district dissolved on 1/7/2025), each with its congresses.
  const history = organisation.predecessors.filter((p) => isOrganisationKind(p.kind));
  // An organisation's record and life are the overseer's and the admin's (a province's: on its own page).
  const manageOrganisation = organisation.kind !== "PROVINCE" && can(actor, "organisation.manage", { provinceId: organisation.provinceId, organisationId });
  const successors = manageOrganisation ? await listSuccessorChoices(actor, organisation) : [];
  const editCongress = organisation.status === "ACTIVE" && can(actor, "congress.edit", { provinceId: organisation.provinceId, organisationId });
  const showProvince = can(actor, "organisation.read", { provinceId: organisation.provinceId, organisationId: null });

  return (
    <>
      <PageHeader
        title={organisation.name}
        navLabel={t("nav.breadcrumb")}
        crumbs={[
          { href: "/", label: t("nav.home") },
          { href: showProvince ? `/provinces/${organisation.province!.id}` : undefined, label: organisation.province!.name },
          { label: organisation.name },
        ]}
      >
        <p className="text-muted">
          {t(`unit.kind.${organisation.kind}`)}
          {` · ${t("unit.standingCommittee", { committee: t(`unit.committee.${organisation.kind}`) })}`}
          {organisation.memberCount !== null && ` · ${t("organisation.memberCount", { count: organisation.memberCount })}`}
        </p>
        {organisation.status !== "ACTIVE" && (
          <p className="text-sm">
            <span className="font-medium">{t(`unit.status.${organisation.status}`)}</span>
            {organisation.statusChangedOn && ` ${t("unit.since", { date: formatDate(organisation.statusChangedOn) })}`}
            {organisation.successor && (
              <>
                {" · "}
                <Link href={`/organisations/${organisation.successor.id}`} className="text-blue-800 underline">
                  {t("unit.successor", { name: organisation.successor.name })}
                </Link>
              </>
            )}
            {organisation.statusNote && <span className="block text-muted">{organisation.statusNote}</span>}
          </p>
        )}
        {can(actor, "audit.read", { provinceId: organisation.provinceId, organisationId }) && (
          <Link href={`/organisations/${organisationId}/audit`} className="inline-block text-sm text-blue-800 underline">
            {t("auditLog.open")}
          </Link>
        )}
        {can(actor, "account.manage", { provinceId: organisation.provinceId, organisationId }) && (
          <Link href={`/organisations/${organisationId}/accounts`} className="ml-4 inline-block text-sm text-blue-800 underline">
            {t("setup.accounts")}
          </Link>
        )}
      </PageHeader>

      <div className="grid items-start gap-6 lg:grid-cols-3">
        <Card className="min-w-0 lg:col-span-1" aria-labelledby="congresses-title">
          <CardTitle>
            <span id="congresses-title">{t("organisation.congresses")}</span>
          </CardTitle>
          {editCongress && (!current || current.status === "HELD") && (
            <div className="mb-4 space-y-2">
              {/* A congress of a new term: the first one, or the next from the last one held. */}
              <Disclosure summary={current ? t("setup.nextTermOpen") : t("setup.newCongress")} open={!current}>
                <ClientMessages namespaces={["setup"]}>{current ? <NextTermCongress congressId={current.id} /> : <NewCongress organisationId={organisationId} />}</ClientMessages>
              </Disclosure>
            </div>
          )}
          {congresses.length === 0 ? (
            <p className="text-muted">{t("organisation.noCongress")}</p>
          ) : (
            <div className="space-y-6">
              {congresses.map((c) => (
                <CongressSummary key={c.id} congress={c} href={`/organisations/${organisationId}/congresses/${c.id}`} />
              ))}
              {current && grassrootsTotal > 0 && (
                <div className="rounded-md bg-stone-50 p-3">
                  <GrassrootsProgress size="sm" ratio={organisationRatio(counts, grassrootsTotal)} />
                </div>
              )}
            </div>
          )}
        </Card>

        <Card className="min-w-0 lg:col-span-2" aria-labelledby="units-title">
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <CardTitle className="mb-0">
              <span id="units-title">{organisation.kind === "PROVINCE" ? t("province.organisations") : t("organisation.units")}</span>
            </CardTitle>
            {/* A province's units below are organisations, added from the province's page. */}
            {organisation.kind !== "PROVINCE" && can(actor, "unit.manage", { provinceId: organisation.provinceId, organisationId }) && (
              <Link href={`/organisations/${organisationId}/units/new`} className={buttonClass("secondary")}>
                {t("unitForm.add")}
              </Link>
            )}
          </div>
          {units.length === 0 ? (
            <p className="text-muted">{t("organisation.noUnits")}</p>
          ) : (
            <>
              <p className="mb-3 text-sm text-muted">
                {t("organisation.unitsIntro", { active: active.length, inactive: units.length - active.length })}
              </p>
              <UnitTable units={units} organisationId={organisationId} />
            </>
          )}
        </Card>
      </div>

      {manageOrganisation && (
        <Card className="mt-6" aria-labelledby="record-title">
          <CardTitle>
            <span id="record-title">{t("unitForm.organisationTitle")}</span>
          </CardTitle>
          <ClientMessages namespaces={["setup", "unit", "unitForm"]}>
            <div className="grid gap-6 lg:grid-cols-2">
              <OrganisationEditForm organisation={{ id: organisation.id, version: organisation.version, kind: organisation.kind, code: organisation.code, name: organisation.name, memberCount: organisation.memberCount }} />
              <UnitStatusForm of="organisation" unitId={organisation.id} version={organisation.version} status={organisation.status} successors={successors} />
            </div>
          </ClientMessages>
        </Card>
      )}

      {history.length > 0 && (
        <Card className="mt-6" aria-labelledby="history-title">
          <CardTitle>
            <span id="history-title">{t("unit.predecessorsTitle")}</span>
          </CardTitle>
          <HistoryList units={history.map((p) => ({ ...p, href: `/organisations/${p.id}` }))} />
        </Card>
      )}
    </>
  );
}
