// The catalog key of the message for an action's result code. Every code an action declares in
// its `errors` (lib/server/action.ts) has one here or under "errors." in the catalogs.
const CODE_KEYS: Record<string, string> = {
  FILE_EMPTY: "planningErrors.FILE_EMPTY",
  FILE_TOO_LARGE: "planningErrors.FILE_TOO_LARGE",
  FILE_TYPE: "planningErrors.FILE_TYPE",
  NAME_TAKEN: "planningErrors.NAME_TAKEN",
  KIND_TAKEN: "planningErrors.KIND_TAKEN",
  MEMBER_TAKEN: "planningErrors.MEMBER_TAKEN",
  STATUS_FLOW: "planningErrors.STATUS_FLOW",
  NO_OPENING_DATE: "planningErrors.NO_OPENING_DATE",
  NOT_GRASSROOTS: "planningErrors.NOT_GRASSROOTS",
  QUOTA_EXCEEDED: "delegates.form.overQuotaReasonRequired",
  NOT_ACCEPTED: "errors.NOT_ACCEPTED",
  NOT_SEATED: "errors.NOT_SEATED",
  NO_SCHEME: "personnel.errors.NO_SCHEME",
  SCHEME_LOCKED: "personnel.errors.SCHEME_LOCKED",
  SCHEME_NOT_LOCKED: "personnel.errors.SCHEME_NOT_LOCKED",
  TOO_FEW_CANDIDATES: "personnel.errors.TOO_FEW_CANDIDATES",
  DELEGATE_NOT_FOUND: "personnel.errors.DELEGATE_NOT_FOUND",
  VOTING_STARTED: "elections.errors.VOTING_STARTED",
  NO_CANDIDATES: "elections.errors.NO_CANDIDATES",
  ROUND_OPEN: "elections.errors.ROUND_OPEN",
  ROUND_CLOSED: "elections.errors.ROUND_CLOSED",
  NO_FURTHER_ROUND: "elections.errors.NO_FURTHER_ROUND",
  NO_COUNTS: "elections.errors.NO_COUNTS",
  COUNT_DOES_NOT_ADD_UP: "elections.errors.COUNT_DOES_NOT_ADD_UP",
  LIST_OVER_30_PERCENT: "elections.errors.LIST_OVER_30_PERCENT",
  LIST_NOT_MORE_THAN_SEATS: "elections.errors.LIST_NOT_MORE_THAN_SEATS",
  NO_NEW_COMMITTEE: "elections.errors.NO_NEW_COMMITTEE",
  NO_MEMBER_COUNT: "elections.errors.NO_MEMBER_COUNT",
  EXCLUSIONS_OVER_CONVENED: "elections.errors.EXCLUSIONS_OVER_CONVENED",
  OVER_SEATS: "elections.errors.OVER_SEATS",
  LATER_ROUND_COUNTED: "elections.errors.LATER_ROUND_COUNTED",
  ALREADY_APPROVED: "elections.errors.ALREADY_APPROVED",
  NOT_COUNTED: "elections.errors.NOT_COUNTED",
  NOT_IN_ORGANISATION: "planningErrors.notInOrganisation",
};
const SHARED_CODES = new Set(["NOT_FOUND", "FORBIDDEN", "UNAUTHENTICATED", "VALIDATION", "VERSION_CONFLICT", "RATE_LIMITED", "INTERNAL", "PASSWORD_CHANGE_REQUIRED"]);

export function resultMessageKey(code: string): string {
  return CODE_KEYS[code] ?? `errors.${SHARED_CODES.has(code) ? code : "INTERNAL"}`;
}
