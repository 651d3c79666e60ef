// The status flow of a document (văn kiện): draft → internal review → sent up for comments →
// comments received → final. A document moves one step forward, or one step back to correct a
// mistake or to revise after comments; each step records the day it was reached.

export const DOCUMENT_FLOW = ["DRAFT", "INTERNAL_REVIEW", "SENT_UP", "COMMENTS_RECEIVED", "FINAL"] as const;
export type DocumentStatus = (typeof DOCUMENT_FLOW)[number];

/** The column holding the day each status was reached. */
export const STEP_DATE_FIELD = {
  DRAFT: "draftOn",
  INTERNAL_REVIEW: "internalReviewOn",
  SENT_UP: "sentUpOn",
  COMMENTS_RECEIVED: "commentsReceivedOn",
  FINAL: "finalOn",
} as const satisfies Record<DocumentStatus, string>;

export function nextStatus(status: DocumentStatus): DocumentStatus | null {
  return DOCUMENT_FLOW[DOCUMENT_FLOW.indexOf(status) + 1] ?? null;
}

export function previousStatus(status: DocumentStatus): DocumentStatus | null {
  const i = DOCUMENT_FLOW.indexOf(status);
  return i > 0 ? DOCUMENT_FLOW[i - 1]! : null;
}

export function canMoveDocument(from: DocumentStatus, to: DocumentStatus): boolean {
  return to === nextStatus(from) || to === previousStatus(from);
}

export type StepDates = Partial<Record<(typeof STEP_DATE_FIELD)[DocumentStatus], string | null>>;

/**
 * The step dates after a move: forward records the day the new step was reached; back clears the
 * day of the step left, since it will be reached again.
 */
export function stepDatesAfterMove(from: DocumentStatus, to: DocumentStatus, on: string): StepDates {
  if (!canMoveDocument(from, to)) throw new RangeError(`cannot move a document from ${from} to ${to}`);
  return to === nextStatus(from) ? { [STEP_DATE_FIELD[to]]: on } : { [STEP_DATE_FIELD[from]]: null };
}
