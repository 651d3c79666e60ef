"use server";
import { vietnamDate } from "../dates";
import { congressPaths } from "../planning/place";
import { defineAction } from "../server/action";
import { addStandardDocuments, createDocument, moveDocument, updateDocument, uploadVersion } from "./mutations";
import { addStandardDocumentsSchema, createDocumentSchema, moveDocumentSchema, updateDocumentSchema, uploadVersionSchema } from "./schema";

export const addStandardDocumentsAction = defineAction({
  name: "document.add-standard",
  input: addStandardDocumentsSchema,
  access: { right: "congress.manage", resource: (i) => ({ kind: "congress", id: i.congressId }) },
  run: (ctx, _input, congress) => addStandardDocuments(ctx, congress, vietnamDate()),
  revalidate: (_input, result) => congressPaths(result),
});

export const createDocumentAction = defineAction({
  name: "document.create",
  input: createDocumentSchema,
  access: { right: "congress.manage", resource: (i) => ({ kind: "congress", id: i.congressId }) },
  run: (ctx, input, congress) => createDocument(ctx, congress, input, vietnamDate()),
  revalidate: (_input, result) => congressPaths(result),
});

export const updateDocumentAction = defineAction({
  name: "document.update",
  input: updateDocumentSchema,
  access: { right: "congress.manage", resource: (i) => ({ kind: "document", id: i.id }) },
  errors: ["VERSION_CONFLICT"],
  run: (ctx, input, doc) => updateDocument(ctx, doc, input),
  revalidate: (_input, result) => congressPaths(result),
});

export const moveDocumentAction = defineAction({
  name: "document.move",
  input: moveDocumentSchema,
  access: { right: "congress.manage", resource: (i) => ({ kind: "document", id: i.id }) },
  errors: ["VERSION_CONFLICT", "STATUS_FLOW"],
  run: (ctx, input, doc) => moveDocument(ctx, doc, input),
  revalidate: (_input, result) => congressPaths(result),
});

export const uploadVersionAction = defineAction({
  name: "document.upload",
  input: uploadVersionSchema,
  access: { right: "congress.manage", resource: (i) => ({ kind: "document", id: i.documentId }) },
  errors: ["FILE_EMPTY", "FILE_TOO_LARGE", "FILE_TYPE"],
  run: (ctx, input, doc) => uploadVersion(ctx, doc, input),
  revalidate: (_input, result) => congressPaths(result),
});
