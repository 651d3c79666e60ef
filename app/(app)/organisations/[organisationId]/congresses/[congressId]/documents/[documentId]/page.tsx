import type { Metadata } from "next";
import { congressTitle } from "@/lib/server/metadata";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { EditDocumentForm, MoveDocumentForm } from "@/components/documents/document-forms";
import { StepTrack } from "@/components/documents/step-track";
import { UploadForm } from "@/components/documents/upload-form";
import { DocumentStatusBadge } from "@/components/planning/badges";
import { Card, CardTitle } from "@/components/ui/card";
import { Disclosure } from "@/components/ui/disclosure";
import { can } from "@/lib/auth/access";
import { formatDateTime, vietnamDate } from "@/lib/dates";
import { getDocument } from "@/lib/documents/data";
import { type CongressParams, congressPage } from "@/lib/server/page";
import { idParam, orNotFound } from "@/lib/server/page";
import { subCommitteeOptions } from "@/lib/subcommittees/data";

export async function generateMetadata({ params }: { params: Promise<{ organisationId: string; congressId: string; documentId: string }> }): Promise<Metadata> {
  return congressTitle(params, (await getTranslations("documents"))("title"), { kind: "document", id: (await params).documentId });
}

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

export default async function DocumentPage({ params }: { params: Promise<{ organisationId: string; congressId: string; documentId: string }> }) {
  const { actor, congressId, place, base } = await congressPage(params as CongressParams);
  const doc = await orNotFound(getDocument(actor, congressId, idParam((await params).documentId)));
  const manage = can(actor, "congress.manage", place);
  const [subCommittees, t] = await Promise.all([manage ? subCommitteeOptions(actor, congressId) : [], getTranslations("documents")]);

  return (
    <div className="space-y-6">
      <p>
        <Link href={`${base}/documents`} className="text-sm text-blue-800 underline">
          ‹ {t("backToList")}
        </Link>
      </p>
      <Card className="space-y-3">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h2 className="text-xl font-semibold break-words">{doc.title}</h2>
          <DocumentStatusBadge status={doc.status} />
        </div>
        <p className="text-sm text-muted">{doc.subCommittee ? t("ownedBy", { name: doc.subCommittee.name }) : t("noOwner")}</p>
        <StepTrack status={doc.status} steps={doc.steps} />
        {doc.notes && <p className="whitespace-pre-line">{doc.notes}</p>}
      </Card>

      {manage && (
        <Card>
          <CardTitle>{t("moveTitle")}</CardTitle>
          <MoveDocumentForm key={doc.version} document={{ id: doc.id, version: doc.version, status: doc.status }} today={vietnamDate()} />
        </Card>
      )}

      <Card aria-labelledby="files-title">
        <CardTitle>
          <span id="files-title">{t("files")}</span>
        </CardTitle>
        {doc.versions.length === 0 ? (
          <p className="mb-4 text-sm text-muted">{t("noFile")}</p>
        ) : (
          <ul className="mb-4 divide-y divide-stone-100">
            {doc.versions.map((v) => (
              <li key={v.id} className="flex flex-col gap-1 py-2 sm:flex-row sm:items-baseline sm:justify-between">
                <div className="min-w-0">
                  <a href={v.href} download className="font-medium break-all text-blue-800 underline">
                    {t("versionLabel", { number: v.number })} — {v.fileName}
                  </a>
                  {v.note && <p className="text-sm">{v.note}</p>}
                </div>
                <p className="shrink-0 text-xs text-muted">
                  {size(v.size)} · {formatDateTime(new Date(v.createdAt))}
                  {v.uploadedBy && ` · ${v.uploadedBy}`}
                </p>
              </li>
            ))}
          </ul>
        )}
        {manage && <UploadForm documentId={doc.id} />}
      </Card>

      {manage && (
        <Disclosure summary={t("edit")}>
          <EditDocumentForm document={{ id: doc.id, version: doc.version, title: doc.title, subCommittee: doc.subCommittee, notes: doc.notes, status: doc.status }} subCommittees={subCommittees} />
        </Disclosure>
      )}
    </div>
  );
}
