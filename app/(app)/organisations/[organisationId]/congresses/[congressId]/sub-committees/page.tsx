import type { Metadata } from "next";
import { congressTitle } from "@/lib/server/metadata";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { SectionHeader } from "@/components/planning/section-header";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { AddMemberForm, EditMemberForm } from "@/components/subcommittees/member-form";
import { CreateSubCommitteeForm, EditSubCommitteeForm } from "@/components/subcommittees/subcommittee-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Disclosure } from "@/components/ui/disclosure";
import { can } from "@/lib/auth/access";
import { formatDate } from "@/lib/dates";
import { type CongressParams, congressPage } from "@/lib/server/page";
import { organisationPeople } from "@/lib/planning/people";
import { removeMemberAction } from "@/lib/subcommittees/actions";
import { listSubCommittees } from "@/lib/subcommittees/data";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata({ params }: { params: Promise<{ organisationId: string; congressId: string }> }): Promise<Metadata> {
  return congressTitle(params, (await getTranslations("subCommittees"))("title"));
}

export default async function SubCommitteesPage({ params }: { params: CongressParams }) {
  const { actor, congressId, organisationId, place, base } = await congressPage(params);
  const manage = can(actor, "congress.manage", place);
  const [subCommittees, people, t] = await Promise.all([listSubCommittees(actor, congressId), manage ? organisationPeople(organisationId) : [], getTranslations("subCommittees")]);

  return (
    <div className="space-y-6">
      <SectionHeader title={t("title")} intro={t("intro")} />
      {subCommittees.length === 0 && <EmptyState text={t("empty")} />}
      <div className="grid gap-4 lg:grid-cols-2">
        {subCommittees.map((s) => (
          <Card key={s.id} aria-labelledby={`sub-${s.id}`}>
            <div className="mb-2 flex flex-wrap items-start justify-between gap-2">
              <h3 id={`sub-${s.id}`} className="text-lg font-semibold">
                {s.name}
              </h3>
              {s.kind === null && <Badge>{t("kinds.CUSTOM")}</Badge>}
            </div>
            <p className="mb-3 text-sm text-muted">
              {s.decisionNumber ? (s.decisionDate ? t("decision", { number: s.decisionNumber, date: formatDate(s.decisionDate) }) : t("decisionNoDate", { number: s.decisionNumber })) : t("noDecision")}
            </p>
            <Link href={`${base}/tasks?sub=${s.id}`} className="mb-3 inline-block text-sm text-blue-800 underline">
              {t("tasksLink")}
            </Link>
            {s.members.length === 0 ? (
              <p className="text-sm text-muted">{t("members.empty")}</p>
            ) : (
              <ul className="divide-y divide-stone-100">
                {s.members.map((m) => (
                  <li key={m.id} className="py-2">
                    <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                      <span className="font-medium">{m.fullName}</span>
                      <span className="text-sm">{t(`positions.${m.position}`)}</span>
                    </div>
                    <p className="text-xs text-muted">
                      {m.jobTitle}
                      {m.jobTitle && " · "}
                      {m.userId ? t("members.hasAccount") : t("members.noAccount")}
                    </p>
                    {manage && (
                      <Disclosure summary={t("members.edit", { name: m.fullName })} subtle className="mt-1">
                        <EditMemberForm member={{ id: m.id, version: m.version, userId: m.userId, fullName: m.fullName, jobTitle: m.jobTitle, position: m.position }} people={people} />
                        <div className="mt-4 border-t border-stone-200 pt-4">
                          <ConfirmButton action={removeMemberAction} input={{ id: m.id, version: m.version }} label={t("members.remove")} confirmText={t("members.removeConfirm", { name: m.fullName })} variant="danger" />
                        </div>
                      </Disclosure>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {manage && (
              <div className="mt-3 space-y-2">
                <Disclosure summary={t("members.add")} subtle>
                  <AddMemberForm subCommitteeId={s.id} people={people} />
                </Disclosure>
                <Disclosure summary={t("edit")} subtle>
                  <EditSubCommitteeForm subCommittee={{ id: s.id, version: s.version, kind: s.kind, name: s.name, decisionNumber: s.decisionNumber, decisionDate: s.decisionDate }} />
                </Disclosure>
              </div>
            )}
          </Card>
        ))}
      </div>
      {manage && (
        <Disclosure summary={t("add")}>
          <CreateSubCommitteeForm congressId={congressId} />
        </Disclosure>
      )}
    </div>
  );
}
