import type { Metadata } from "next";
import { organisationTitle } from "@/lib/server/metadata";
import { getTranslations } from "@/lib/i18n/server";
import { UnitStatusBadge } from "@/components/shell/status-badges";
import { UnitForm } from "@/components/units/unit-form";
import { UnitStatusForm } from "@/components/units/unit-status-form";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/access";
import { requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/dates";
import { idParam, orNotFound } from "@/lib/server/page";
import { getOrganisation, getUnitForEdit, listActiveUnitChoices } from "@/lib/units/data";

export async function generateMetadata({ params }: { params: Promise<{ organisationId: string; unitId: string }> }): Promise<Metadata> {
  return organisationTitle((await params).organisationId, (await getTranslations("meta"))("unit"), (await params).unitId);
}

export default async function UnitPage({ params }: { params: Promise<{ organisationId: string; unitId: string }> }) {
  const actor = await requireActor();
  const p = await params;
  const organisationId = idParam(p.organisationId);
  const [organisation, unit] = await Promise.all([orNotFound(getOrganisation(actor, organisationId)), orNotFound(getUnitForEdit(actor, organisationId, idParam(p.unitId)))]);
  const manage = can(actor, "unit.manage", { provinceId: organisation.provinceId, organisationId });
  const [choices, t] = await Promise.all([manage ? listActiveUnitChoices(actor, organisationId) : [], getTranslations()]);
  return (
    <>
      <PageHeader
        title={unit.name}
        navLabel={t("nav.breadcrumb")}
        crumbs={[{ href: "/", label: t("nav.home") }, { href: `/organisations/${organisationId}`, label: organisation.name }, { label: unit.name }]}
      >
        <div className="flex flex-wrap items-center gap-2 text-sm text-muted">
          <span>{t(`unit.kind.${unit.kind}`)}</span>
          <span aria-hidden>·</span>
          <span>{unit.code}</span>
          <UnitStatusBadge status={unit.status} />
          {unit.parent && unit.kind === "CELL" && <span>{t("unitForm.under", { name: unit.parent.name })}</span>}
        </div>
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardTitle>{t("unitForm.details")}</CardTitle>
          {manage ? (
            <UnitForm
              organisationId={organisationId}
              committees={[]}
              edit={{
                unitId: unit.id,
                version: unit.version,
                kind: unit.kind,
                values: { name: unit.name, block: unit.block ?? "", memberCount: unit.memberCount?.toString() ?? "", foundedOn: unit.foundedOn ? formatDate(unit.foundedOn) : "" },
              }}
            />
          ) : (
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              {unit.block && (
                <>
                  <dt className="text-muted">{t("unitForm.block")}</dt>
                  <dd>{t(`unit.block.${unit.block}`)}</dd>
                </>
              )}
              <dt className="text-muted">{t("unitForm.memberCount")}</dt>
              <dd>{unit.memberCount ?? t("common.none")}</dd>
              <dt className="text-muted">{t("unitForm.foundedOn")}</dt>
              <dd>{unit.foundedOn ? formatDate(unit.foundedOn) : t("common.none")}</dd>
            </dl>
          )}
        </Card>
        <Card>
          <CardTitle>{t("unitForm.lifeTitle")}</CardTitle>
          {unit.status !== "ACTIVE" && (
            <p className="mb-4 text-sm">
              {t(`unit.status.${unit.status}`)}
              {unit.statusChangedOn ? ` ${t("unit.since", { date: formatDate(unit.statusChangedOn) })}` : ""}
              {unit.successor ? ` — ${t("unit.mergedInto", { name: unit.successor.name })}` : ""}
              {unit.statusNote ? ` — ${unit.statusNote}` : ""}
            </p>
          )}
          {unit.predecessors.length > 0 && (
            <p className="mb-4 text-sm">{t("unitForm.predecessors", { names: unit.predecessors.map((u) => u.name).join(", ") })}</p>
          )}
          {manage ? (
            <UnitStatusForm unitId={unit.id} version={unit.version} status={unit.status} successors={choices.filter((c) => c.id !== unit.id)} />
          ) : (
            unit.status === "ACTIVE" && <p className="text-sm text-muted">{t("unit.status.ACTIVE")}</p>
          )}
        </Card>
      </div>
    </>
  );
}
