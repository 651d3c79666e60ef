import type { Metadata } from "next";
import { provinceTitle } from "@/lib/server/metadata";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { FigureTiles } from "@/components/dashboard/figures";
import { NewOrganisation, OrganisationEditForm } from "@/components/setup/organisation-admin";
import { HistoryList } from "@/components/units/history-list";
import { UnitStatusForm } from "@/components/units/unit-status-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { Disclosure } from "@/components/ui/disclosure";
import { can } from "@/lib/auth/access";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { toRoman } from "@/lib/congresses/roman";
import { formatDate } from "@/lib/dates";
import { provinceDashboard } from "@/lib/dashboard/data";
import { idParam, orNotFound } from "@/lib/server/page";
import { getProvince, listSuccessorChoices } from "@/lib/units/data";

export async function generateMetadata({ params }: { params: Promise<{ provinceId: string }> }): Promise<Metadata> {
  return provinceTitle((await params).provinceId, (await getTranslations("meta"))("province"));
}

/** The province overseer's view: every organisation side by side with the same figures. */
export default async function ProvincePage({ params }: { params: Promise<{ provinceId: string }> }) {
  const actor = await requireActor();
  const provinceId = idParam((await params).provinceId);
  const [province, t] = await Promise.all([orNotFound(getProvince(actor, provinceId)), getTranslations()]);
  const organisations = await provinceDashboard(actor, provinceId);
  const manageProvince = can(actor, "province.manage", { provinceId, organisationId: provinceId });
  const successors = manageProvince ? await listSuccessorChoices(actor, province) : [];
  // The map before 1/7/2025: organisations that ended (the districts) and provinces merged into this one.
  const ended = province.provinceUnits.filter((u) => u.status !== "ACTIVE");
  const merged = province.predecessors.filter((p) => p.kind === "PROVINCE");
  return (
    <>
      <PageHeader title={province.name} navLabel={t("nav.breadcrumb")} crumbs={[{ href: "/", label: t("nav.home") }, { label: province.name }]}>
        <p className="text-muted">{t("dashboard.provinceIntro")}</p>
      </PageHeader>
      {province.status !== "ACTIVE" && province.successor && (
        <p className="mb-4">
          {t(`unit.status.${province.status}`)}
          {province.statusChangedOn && ` ${t("unit.since", { date: formatDate(province.statusChangedOn) })}`} ·{" "}
          <Link href={`/provinces/${province.successor.id}`} className="text-blue-800 underline">
            {t("unit.successor", { name: province.successor.name })}
          </Link>
        </p>
      )}
      <p className="mb-4">
        <Link href={`/organisations/${province.id}`} className="font-medium text-blue-800 underline">
          {t("province.ownCongress")}
        </Link>
      </p>
      {manageProvince && (
        <div className="mb-6">
          <Disclosure summary={t("unitForm.organisationTitle")}>
            <ClientMessages namespaces={["setup", "unit", "unitForm"]}>
              <div className="grid gap-6 lg:grid-cols-2">
                <OrganisationEditForm organisation={{ id: province.id, version: province.version, kind: "PROVINCE", code: province.code, name: province.name, memberCount: province.memberCount }} />
                <UnitStatusForm of="province" unitId={province.id} version={province.version} status={province.status} successors={successors} />
              </div>
            </ClientMessages>
          </Disclosure>
        </div>
      )}
      <h2 className="mb-3 text-lg font-semibold">{t("province.today")}</h2>
      {province.status === "ACTIVE" && can(actor, "organisation.manage", { provinceId, organisationId: provinceId }) && (
        <div className="mb-4">
          <Disclosure summary={t("setup.newOrganisation")}>
            <ClientMessages namespaces={["setup"]}>
              <NewOrganisation provinceId={provinceId} />
            </ClientMessages>
          </Disclosure>
        </div>
      )}
      {organisations.length === 0 ? (
        <Card>
          <p className="text-muted">{t("province.noOrganisations")}</p>
        </Card>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {organisations.map((d) => (
            <li key={d.organisationId}>
              <Card aria-labelledby={`d-${d.organisationId}`} className="h-full space-y-3">
                <h3 id={`d-${d.organisationId}`} className="text-lg font-semibold">
                  <Link href={`/organisations/${d.organisationId}`} className="text-blue-800 hover:underline">
                    {d.organisationName}
                  </Link>
                </h3>
                {d.congress && d.figures ? (
                  <>
                    <Link href={`/organisations/${d.organisationId}/congresses/${d.congress.id}`} className="block text-sm text-blue-800 underline">
                      {t("congress.title", { ordinal: toRoman(d.congress.ordinal) })} ({d.congress.termStart}–{d.congress.termEnd})
                    </Link>
                    <FigureTiles figures={d.figures} compact />
                  </>
                ) : (
                  <p className="text-sm text-muted">{t("organisation.noCongress")}</p>
                )}
              </Card>
            </li>
          ))}
        </ul>
      )}
      {(ended.length > 0 || merged.length > 0) && (
        <section aria-labelledby="history-title" className="mt-8">
          <h2 id="history-title" className="mb-3 text-lg font-semibold">
            {t("province.history")}
          </h2>
          <Card>
            <HistoryList
              units={[
                ...merged.map((p) => ({ ...p, href: `/provinces/${p.id}` })),
                ...ended.map((u) => ({ ...u, href: `/organisations/${u.id}`, successorName: u.successor?.name ?? null })),
              ]}
            />
          </Card>
        </section>
      )}
    </>
  );
}
