import { optionalText, requiredText, z } from "../validation";
import { optionalId, uuid, version, vnDate } from "../planning/fields";
import { DOCUMENT_FLOW } from "./flow";

export const DOCUMENT_KINDS = ["POLITICAL_REPORT", "SELF_REVIEW", "RESOLUTION", "ACTION_PROGRAMME", "PERSONNEL_SCHEME"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

const fields = {
  title: requiredText(300),
  subCommitteeId: optionalId(),
  notes: optionalText(5000),
};

export const addStandardDocumentsSchema = z.object({ congressId: uuid() });
export const createDocumentSchema = z.object({ congressId: uuid(), ...fields });
export const updateDocumentSchema = z.object({ id: uuid(), version: version(), ...fields });
export type DocumentFormInput = z.input<typeof updateDocumentSchema>;

/** Moves a document one step along its flow; `on` is the day the step was reached. */
export const moveDocumentSchema = z.object({ id: uuid(), version: version(), to: z.enum(DOCUMENT_FLOW), on: vnDate() });
export type MoveDocumentInput = z.input<typeof moveDocumentSchema>;

export const uploadVersionSchema = z.object({
  documentId: uuid(),
  fileName: requiredText(255),
  file: z.instanceof(Blob, { message: "errors.required" }),
  note: optionalText(1000),
});
