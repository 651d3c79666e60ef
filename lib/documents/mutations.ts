import "server-only";
import { createHash } from "node:crypto";
import { db } from "../db/client";
import { type MutationContext, type Tx, auditChange, nextVersion, updateVersioned } from "../db/mutation";
import { isoToDateOnly } from "../dates";
import { DomainError, NotFoundError, VersionConflictError } from "../errors";
import { defaultName } from "../planning/default-names";
import type { LoadedCongress } from "../auth/resources";
import { placeOf } from "../planning/place";
import type { z } from "../validation";
import { documentSelect, toDocumentDto } from "./data";
import { checkUpload, sanitizeFileName } from "./files";
import { canMoveDocument, stepDatesAfterMove } from "./flow";
import { DOCUMENT_KINDS, type DocumentKind, type createDocumentSchema, type moveDocumentSchema, type updateDocumentSchema, type uploadVersionSchema } from "./schema";

type DocumentPlace = { id: string; congressId: string; provinceId: string | null; organisationId: string | null };

async function current(tx: Tx, id: string) {
  const row = await tx.congressDocument.findUnique({ where: { id }, select: documentSelect });
  if (!row) throw new NotFoundError("document");
  return toDocumentDto(row);
}

/** The audit keeps the register's fields, not the list of files. */
const auditView = ({ versions, ...d }: Awaited<ReturnType<typeof current>>) => ({ ...d, files: versions.length });

async function assertSubCommittee(tx: Tx, congressId: string, subCommitteeId: string | null) {
  if (subCommitteeId && !(await tx.subCommittee.findFirst({ where: { id: subCommitteeId, congressId }, select: { id: true } }))) {
    throw new DomainError("VALIDATION", { subCommitteeId: ["errors.invalid"] });
  }
}

// The usual owner of each standard document: the documents sub-committee drafts them, the
// personnel sub-committee the personnel scheme.
const OWNER_KIND: Record<DocumentKind, "DOCUMENTS" | "PERSONNEL"> = {
  POLITICAL_REPORT: "DOCUMENTS",
  SELF_REVIEW: "DOCUMENTS",
  RESOLUTION: "DOCUMENTS",
  ACTION_PROGRAMME: "DOCUMENTS",
  PERSONNEL_SCHEME: "PERSONNEL",
};

/** Adds the standard documents the congress lacks, as drafts; one audit entry. */
export async function addStandardDocuments(ctx: MutationContext, congress: LoadedCongress, today: string) {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM congress WHERE id = ${congress.id}::uuid FOR UPDATE`;
    const [existing, owners] = await Promise.all([
      tx.congressDocument.findMany({ where: { congressId: congress.id, kind: { not: null } }, select: { kind: true } }),
      tx.subCommittee.findMany({ where: { congressId: congress.id, kind: { in: ["DOCUMENTS", "PERSONNEL"] } }, select: { id: true, kind: true } }),
    ]);
    const have = new Set(existing.map((d) => d.kind));
    const missing = DOCUMENT_KINDS.filter((k) => !have.has(k));
    const place = placeOf(congress);
    await tx.congressDocument.createMany({
      data: missing.map((kind) => ({
        congressId: congress.id,
        ...place,
        kind,
        title: defaultName.document(kind),
        subCommitteeId: owners.find((o) => o.kind === OWNER_KIND[kind])?.id ?? null,
        draftOn: isoToDateOnly(today),
      })),
    });
    await auditChange(tx, ctx, { entityType: "congress", entityId: congress.id, place, after: { added: missing } });
    return { added: missing.length, congressId: congress.id, organisationId: congress.organisationId };
  });
}

export async function createDocument(ctx: MutationContext, congress: LoadedCongress, input: z.output<typeof createDocumentSchema>, today: string) {
  return db.$transaction(async (tx) => {
    await assertSubCommittee(tx, congress.id, input.subCommitteeId);
    const place = placeOf(congress);
    const { id } = await tx.congressDocument.create({
      data: { congressId: congress.id, ...place, title: input.title, subCommitteeId: input.subCommitteeId, notes: input.notes ?? null, draftOn: isoToDateOnly(today) },
      select: { id: true },
    });
    const after = await current(tx, id);
    await auditChange(tx, ctx, { entityType: "congress_document", entityId: id, place, after: auditView(after) });
    return after;
  });
}

export async function updateDocument(ctx: MutationContext, doc: DocumentPlace, input: z.output<typeof updateDocumentSchema>) {
  return db.$transaction(async (tx) => {
    const before = await current(tx, doc.id);
    await assertSubCommittee(tx, doc.congressId, input.subCommitteeId);
    const data = { title: input.title, subCommitteeId: input.subCommitteeId, notes: input.notes ?? null, ...nextVersion };
    await updateVersioned((where) => tx.congressDocument.updateMany({ where, data }), { id: doc.id, version: input.version }, before);
    const after = await current(tx, doc.id);
    await auditChange(tx, ctx, { entityType: "congress_document", entityId: doc.id, place: placeOf(doc), before: auditView(before), after: auditView(after) });
    return after;
  });
}

export async function moveDocument(ctx: MutationContext, doc: DocumentPlace, input: z.output<typeof moveDocumentSchema>) {
  return db.$transaction(async (tx) => {
    const before = await current(tx, doc.id);
    if (before.version !== input.version) throw new VersionConflictError(before);
    if (!canMoveDocument(before.status, input.to)) throw new DomainError("STATUS_FLOW");
    const dates = Object.fromEntries(Object.entries(stepDatesAfterMove(before.status, input.to, input.on)).map(([k, v]) => [k, v ? isoToDateOnly(v) : null]));
    await updateVersioned((where) => tx.congressDocument.updateMany({ where, data: { status: input.to, ...dates, ...nextVersion } }), { id: doc.id, version: input.version }, before);
    const after = await current(tx, doc.id);
    await auditChange(tx, ctx, { entityType: "congress_document", entityId: doc.id, place: placeOf(doc), before: { status: before.status, steps: before.steps }, after: { status: after.status, steps: after.steps } });
    return after;
  });
}

/** Stores a new version of the document's file after checking what the bytes really are. */
export async function uploadVersion(ctx: MutationContext, doc: DocumentPlace, input: z.output<typeof uploadVersionSchema>) {
  const fileName = sanitizeFileName(input.fileName);
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const check = checkUpload(fileName, bytes);
  if (!check.ok) throw new DomainError(check.code, { file: [`planningErrors.${check.code}`] });
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return db.$transaction(async (tx) => {
    // Numbers are given under a lock on the document, so two uploads never share one.
    await tx.$queryRaw`SELECT id FROM congress_document WHERE id = ${doc.id}::uuid FOR UPDATE`;
    const last = await tx.documentVersion.aggregate({ where: { documentId: doc.id }, _max: { number: true } });
    const place = placeOf(doc);
    const version = await tx.documentVersion.create({
      data: {
        documentId: doc.id,
        ...place,
        number: (last._max.number ?? 0) + 1,
        fileName,
        contentType: check.contentType,
        size: bytes.length,
        sha256,
        content: bytes,
        note: input.note ?? null,
        uploadedById: ctx.actor.userId,
      },
      select: { id: true, number: true, fileName: true, contentType: true, size: true, sha256: true },
    });
    await auditChange(tx, ctx, { entityType: "document_version", entityId: version.id, place, after: { documentId: doc.id, ...version } });
    return { ...version, congressId: doc.congressId, organisationId: doc.organisationId };
  });
}
