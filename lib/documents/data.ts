import "server-only";
import { type IdPage, idPageArgs } from "../db/keyset";
import { type Actor, scopeWhere } from "../auth/access";
import { db } from "../db/client";
import { NotFoundError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { isoOrNull } from "../planning/place";
import { DOCUMENT_FLOW, type DocumentStatus, STEP_DATE_FIELD } from "./flow";
import type { DocumentKind } from "./schema";

export type DocumentVersionDto = {
  id: string;
  number: number;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  note: string | null;
  uploadedBy: string | null;
  createdAt: string;
  href: string;
};

export type DocumentDto = {
  id: string;
  congressId: string;
  organisationId: string | null;
  kind: DocumentKind | null;
  title: string;
  subCommittee: { id: string; name: string } | null;
  status: DocumentStatus;
  notes: string | null;
  /** The day each step was reached, YYYY-MM-DD or null. */
  steps: Record<DocumentStatus, string | null>;
  version: number;
  versions: DocumentVersionDto[];
};

export const documentSelect = {
  id: true,
  congressId: true,
  organisationId: true,
  kind: true,
  title: true,
  status: true,
  notes: true,
  draftOn: true,
  internalReviewOn: true,
  sentUpOn: true,
  commentsReceivedOn: true,
  finalOn: true,
  version: true,
  subCommittee: { select: { id: true, name: true } },
  // Never the file content here: only the download route reads it.
  versions: {
    select: { id: true, number: true, fileName: true, contentType: true, size: true, sha256: true, note: true, createdAt: true, uploadedBy: { select: { name: true } } },
    orderBy: { number: "desc" as const },
  },
} satisfies Prisma.CongressDocumentSelect;

export const fileHref = (organisationId: string | null, congressId: string, documentId: string, versionId: string) =>
  `/organisations/${organisationId}/congresses/${congressId}/documents/${documentId}/files/${versionId}`;

export function toDocumentDto(row: Prisma.CongressDocumentGetPayload<{ select: typeof documentSelect }>): DocumentDto {
  return {
    id: row.id,
    congressId: row.congressId,
    organisationId: row.organisationId,
    kind: row.kind,
    title: row.title,
    subCommittee: row.subCommittee,
    status: row.status,
    notes: row.notes,
    steps: Object.fromEntries(DOCUMENT_FLOW.map((s) => [s, isoOrNull(row[STEP_DATE_FIELD[s]])])) as DocumentDto["steps"],
    version: row.version,
    versions: row.versions.map(({ uploadedBy, createdAt, ...v }) => ({
      ...v,
      uploadedBy: uploadedBy?.name ?? null,
      createdAt: createdAt.toISOString(),
      href: fileHref(row.organisationId, row.congressId, row.id, v.id),
    })),
  };
}

const ORDER: Prisma.CongressDocumentOrderByWithRelationInput[] = [{ kind: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }];

/** The documents register of a congress: the five standard documents first, then custom ones. */
export async function listDocuments(actor: Actor, congressId: string, page?: IdPage): Promise<DocumentDto[]> {
  const paged = page ? idPageArgs(page) : null;
  const rows = await db.congressDocument.findMany({ where: { congressId, ...scopeWhere(actor), ...paged?.where }, select: documentSelect, orderBy: paged?.orderBy ?? ORDER, take: paged?.take });
  return rows.map(toDocumentDto);
}

export async function getDocument(actor: Actor, congressId: string, documentId: string): Promise<DocumentDto> {
  const row = await db.congressDocument.findFirst({ where: { id: documentId, congressId, ...scopeWhere(actor) }, select: documentSelect });
  if (!row) throw new NotFoundError("document");
  return toDocumentDto(row);
}

/** Where a stored file sits, unscoped: only for filing a refused download in the audit. */
export async function placeOfDocumentVersion(versionId: string) {
  return (await db.documentVersion.findUnique({ where: { id: versionId }, select: { provinceId: true, organisationId: true } })) ?? undefined;
}

/** One stored file with its bytes, for the download route; 404 outside the caller's scope. */
export async function getDocumentFile(actor: Actor, ids: { organisationId: string; congressId: string; documentId: string; versionId: string }) {
  const file = await db.documentVersion.findFirst({
    where: { id: ids.versionId, documentId: ids.documentId, organisationId: ids.organisationId, document: { congressId: ids.congressId }, ...scopeWhere(actor) },
    select: { fileName: true, contentType: true, size: true, content: true },
  });
  if (!file) throw new NotFoundError("file");
  return file;
}
