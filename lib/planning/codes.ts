// Maps an action's result code to the catalog key of its message: the codes of the planning
// areas live under "planningErrors", the shared ones under "errors".
const PLANNING_CODES = new Set([
  "FILE_EMPTY",
  "FILE_TOO_LARGE",
  "FILE_TYPE",
  "NAME_TAKEN",
  "KIND_TAKEN",
  "MEMBER_TAKEN",
  "STATUS_FLOW",
  "NO_OPENING_DATE",
  "NOT_GRASSROOTS",
]);
const SHARED_CODES = new Set(["NOT_FOUND", "FORBIDDEN", "UNAUTHENTICATED", "VALIDATION", "VERSION_CONFLICT", "INTERNAL"]);

export function resultMessageKey(code: string): string {
  if (PLANNING_CODES.has(code)) return `planningErrors.${code}`;
  return `errors.${SHARED_CODES.has(code) ? code : "INTERNAL"}`;
}
