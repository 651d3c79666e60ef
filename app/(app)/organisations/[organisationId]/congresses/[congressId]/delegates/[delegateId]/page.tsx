import type { Metadata } from "next";
import { congressTitle } from "@/lib/server/metadata";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { CredentialBadge } from "@/components/delegates/credential-badge";
import { EditDelegate } from "@/components/delegates/edit-delegate";
import { Card } from "@/components/ui/card";
import { formatDate, formatDateTime, vietnamDate } from "@/lib/dates";
import { getDelegate, listReplaceable, quotaOverview } from "@/lib/delegates/data";
import { ReplacementForm } from "@/components/delegates/replacement-form";
import { ReplacementNote } from "@/components/delegates/replacement-note";
import { ETHNIC_GROUPS } from "@/lib/delegates/ethnicity";
import { delegateFormValues } from "@/lib/delegates/form";
import { congressPage } from "@/lib/server/page";
import { idParam, orNotFound } from "@/lib/server/page";

export async function generateMetadata({ params }: { params: Promise<{ organisationId: string; congressId: string; delegateId: string }> }): Promise<Metadata> {
  return congressTitle(params, (await getTranslations("delegates"))("edit.details"), { kind: "delegate", id: (await params).delegateId });
}

type Params = { organisationId: string; congressId: string; delegateId: string };

// No loading boundary above this page: a delegate of another organisation must answer a real 404.
export default async function DelegatePage({ params }: { params: Promise<Params> }) {
  const { actor, congress, base, can } = await congressPage(params, "delegate.read");
  const delegateId = idParam((await params).delegateId);
  const [d, t] = await Promise.all([orNotFound(getDelegate(actor, congress, delegateId)), getTranslations()]);
  const manage = can("delegate.manage");

  let units = null;
  if (manage) {
    const quotas = await quotaOverview(actor, congress);
    units = quotas.rows.map((q) => ({ id: q.unitId, name: q.name, seatsLeft: q.seats === null ? null : q.seats - q.elected }));
    // A unit dissolved or merged since stays selectable for the delegates it sent.
    if (d.homeUnitId && d.homeUnit && !units.some((u) => u.id === d.homeUnitId)) units.push({ id: d.homeUnitId, name: t("delegates.edit.inactiveUnit", { name: d.homeUnit.name }), seatsLeft: null });
  }

  const replaceable = manage && d.alternate && !d.replacesId ? await listReplaceable(actor, congress) : [];
  const none = t("common.none");
  const facts: [string, string][] = [
    [t("delegates.form.gender"), t(`delegates.gender.${d.gender}`)],
    [t("delegates.form.birth"), d.birthDate ? formatDate(d.birthDate) : String(d.birthYear)],
    [t("delegates.form.ethnicity"), d.ethnicity],
    [t("delegates.form.partyAdmissionDate"), formatDate(d.partyAdmissionDate) || none],
    [t("delegates.form.educationLevel"), d.educationLevel ?? none],
    [t("delegates.form.theoryLevel"), d.theoryLevel ? t(`delegates.theory.${d.theoryLevel}`) : t("delegates.theory.NONE")],
    [t("delegates.form.position"), d.position ?? none],
    [t("delegates.form.homeUnit"), d.homeUnit?.name ?? none],
    [t("delegates.form.category"), t(`delegates.category.${d.category}`)],
    [t("delegates.form.alternate"), d.alternate ? t("common.yes") : t("common.no")],
    [t("delegates.form.group"), d.group ?? none],
    [t("delegates.form.seat"), d.seat ?? none],
    [t("delegates.form.note"), d.note ?? none],
  ];

  return (
    <div className="space-y-4">
      <Link href={`${base}/delegates`} className="inline-block text-sm underline-offset-2 hover:underline">
        ← {t("delegates.edit.back")}
      </Link>
      <div className="space-y-2">
        <h2 className="text-xl font-semibold">{d.fullName}</h2>
        <ReplacementNote delegate={d} base={base} />
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
          <span className="flex items-center gap-2">
            <span className="text-muted">{t("delegates.edit.credential")}:</span>
            <CredentialBadge status={d.credentialStatus} />
            {d.credentialStatus === "REJECTED" && d.credentialReason}
          </span>
          <span>
            <span className="text-muted">{t("delegates.edit.checkIn")}:</span>{" "}
            {d.checkedInAt ? t("delegates.checkIn.arrivedAt", { time: formatDateTime(d.checkedInAt) }) : t("delegates.edit.notCheckedIn")}
          </span>
          {d.overQuotaReason && <span>{t("delegates.edit.overQuotaStored", { reason: d.overQuotaReason })}</span>}
        </div>
      </div>
      {manage && d.alternate && (
        <Card>
          <h3 className="mb-2 text-lg font-semibold">{t("delegates.replacement.legend")}</h3>
          <ReplacementForm
            alternate={{ id: d.id, version: d.version }}
            current={d.replaces ? { name: d.replaces.fullName, date: formatDate(d.replacedOn), reason: d.replacementReason ?? "" } : null}
            officials={replaceable.map((o) => ({ id: o.id, label: [o.fullName, String(o.birthYear), o.homeUnit?.name].filter(Boolean).join(" · ") }))}
            todayText={formatDate(vietnamDate())}
          />
        </Card>
      )}
      <Card>
        {manage && units ? (
          <EditDelegate id={d.id} version={d.version} values={delegateFormValues(d)} units={units} ethnicGroups={[...ETHNIC_GROUPS]} />
        ) : (
          <>
            <p className="mb-3 text-sm text-muted">{t("delegates.edit.readOnly")}</p>
            <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
              {facts.map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="text-muted">{label}</dt>
                  <dd className="mb-1 sm:mb-0">{value}</dd>
                </div>
              ))}
            </dl>
          </>
        )}
      </Card>
    </div>
  );
}
