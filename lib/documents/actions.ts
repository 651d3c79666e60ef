"use server";
import { authorize } from "../auth/access";
import { db } from "../db/client";
import { vietnamDate } from "../dates";
import { NotFoundError } from "../errors";
import { congressPaths, loadCongressRef, placeOf } from "../planning/place";
import { defineAction } from "../server/action";
import { addStandardDocuments, createDocument, moveDocument, updateDocument, uploadVersion } from "./mutations";
import { addStandardDocumentsSchema, createDocumentSchema, moveDocumentSchema, updateDocumentSchema, uploadVersionSchema } from "./schema";

async function loadDocument(id: string) {
  const row = await db.congressDocument.findUnique({ where: { id }, select: { id: true, congressId: true, provinceId: true, districtId: true } });
  if (!row) throw new NotFoundError("document");
  return row;
}

export const addStandardDocumentsAction = defineAction({
  name: "document.add-standard",
  input: addStandardDocumentsSchema,
  async run(ctx, input) {
    const congress = await loadCongressRef(input.congressId);
    authorize(ctx.actor, "congress.manage", congress);
    return addStandardDocuments(ctx, congress, vietnamDate());
  },
  revalidate: (_input, result) => congressPaths(result),
});

export const createDocumentAction = defineAction({
  name: "document.create",
  input: createDocumentSchema,
  async run(ctx, input) {
    const congress = await loadCongressRef(input.congressId);
    authorize(ctx.actor, "congress.manage", congress);
    return createDocument(ctx, congress, input, vietnamDate());
  },
  revalidate: (_input, result) => congressPaths(result),
});

export const updateDocumentAction = defineAction({
  name: "document.update",
  input: updateDocumentSchema,
  async run(ctx, input) {
    const doc = await loadDocument(input.id);
    authorize(ctx.actor, "congress.manage", placeOf(doc));
    return updateDocument(ctx, doc, input);
  },
  revalidate: (_input, result) => congressPaths(result),
});

export const moveDocumentAction = defineAction({
  name: "document.move",
  input: moveDocumentSchema,
  async run(ctx, input) {
    const doc = await loadDocument(input.id);
    authorize(ctx.actor, "congress.manage", placeOf(doc));
    return moveDocument(ctx, doc, input);
  },
  revalidate: (_input, result) => congressPaths(result),
});

export const uploadVersionAction = defineAction({
  name: "document.upload",
  input: uploadVersionSchema,
  async run(ctx, input) {
    const doc = await loadDocument(input.documentId);
    authorize(ctx.actor, "congress.manage", placeOf(doc));
    return uploadVersion(ctx, doc, input);
  },
  revalidate: (_input, result) => congressPaths(result),
});
