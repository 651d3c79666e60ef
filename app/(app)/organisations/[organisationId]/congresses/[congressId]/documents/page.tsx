import type { Metadata } from "next";
import { congressTitle } from "@/lib/server/metadata";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { SectionHeader } from "@/components/planning/section-header";
import { CreateDocumentForm } from "@/components/documents/document-forms";
import { StepTrack } from "@/components/documents/step-track";
import { DocumentStatusBadge } from "@/components/planning/badges";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { Card } from "@/components/ui/card";
import { Disclosure } from "@/components/ui/disclosure";
import { can } from "@/lib/auth/access";
import { formatDateTime } from "@/lib/dates";
import { addStandardDocumentsAction } from "@/lib/documents/actions";
import { listDocuments } from "@/lib/documents/data";
import { type CongressParams, congressPage } from "@/lib/server/page";
import { subCommitteeOptions } from "@/lib/subcommittees/data";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata({ params }: { params: Promise<{ organisationId: string; congressId: string }> }): Promise<Metadata> {
  return congressTitle(params, (await getTranslations("documents"))("title"));
}

export default async function DocumentsPage({ params }: { params: CongressParams }) {
  const { actor, congressId, place, base } = await congressPage(params);
  const manage = can(actor, "congress.manage", place);
  const [documents, subCommittees, t] = await Promise.all([listDocuments(actor, congressId), manage ? subCommitteeOptions(actor, congressId) : [], getTranslations("documents")]);
  const standardMissing = 5 - documents.filter((d) => d.kind !== null).length;

  return (
    <div className="space-y-6">
      <SectionHeader title={t("title")} intro={t("intro")}>
        {manage && standardMissing > 0 && <ConfirmButton action={addStandardDocumentsAction} input={{ congressId }} label={t("addStandard", { count: standardMissing })} variant="primary" />}
      </SectionHeader>
      {documents.length === 0 && <EmptyState text={t("empty")} />}
      <ul className="grid gap-4 md:grid-cols-2">
        {documents.map((d) => {
          const latest = d.versions[0];
          return (
            <li key={d.id}>
              <Card className="h-full space-y-3">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h3 className="font-semibold break-words">
                    <Link href={`${base}/documents/${d.id}`} className="text-blue-800 hover:underline">
                      {d.title}
                    </Link>
                  </h3>
                  <DocumentStatusBadge status={d.status} />
                </div>
                <StepTrack status={d.status} steps={d.steps} compact />
                <p className="text-sm text-muted">{d.subCommittee ? t("ownedBy", { name: d.subCommittee.name }) : t("noOwner")}</p>
                <p className="text-sm">
                  {latest ? (
                    <>
                      {t("latestFile", { number: latest.number, date: formatDateTime(new Date(latest.createdAt)) })}{" "}
                      <a href={latest.href} className="text-blue-800 underline" download>
                        {latest.fileName}
                      </a>
                    </>
                  ) : (
                    <span className="text-muted">{t("noFile")}</span>
                  )}
                </p>
              </Card>
            </li>
          );
        })}
      </ul>
      {manage && (
        <Disclosure summary={t("add")}>
          <CreateDocumentForm congressId={congressId} subCommittees={subCommittees} />
        </Disclosure>
      )}
    </div>
  );
}
