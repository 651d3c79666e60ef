import { AppError } from "../errors";
import { ImportFileError } from "../import/errors";
import type { Translate } from "../i18n/translate";
import { logger } from "../logger";

/**
 * An error of the API layer itself (authentication, media type, body size, rate limit), with its
 * HTTP status and the catalog key of its message. Domain errors stay domain errors (lib/errors.ts,
 * lib/import/errors.ts): apiErrorResponse maps them.
 */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly params: Record<string, string | number> = {},
    readonly extra: Record<string, unknown> = {},
    readonly messageKey = `api.${code}`,
  ) {
    super(code);
  }
}

export type ApiErrorBody = { error: { code: string; message: string } };

/** Every failure as `{ "error": { "code", "message" } }`; the message in the caller's language. */
export function apiErrorResponse(error: unknown, t: Translate): Response {
  let status = 500;
  let code = "INTERNAL";
  let message: string;
  let extra: Record<string, unknown> = {};
  if (error instanceof ApiError) {
    ({ status, code } = error);
    message = t(error.messageKey, error.params);
    extra = error.extra;
  } else if (error instanceof ImportFileError) {
    // A file refused by the import module: its own status, the catalog's words for its code.
    ({ status, code } = error);
    message = t(`delegateImport.fileErrors.${error.code}`, error.params);
  } else if (error instanceof AppError) {
    status = error.status;
    code = error.code;
    message = t(`api.${["NOT_FOUND", "FORBIDDEN"].includes(code) ? code : "VALIDATION"}`);
  } else {
    // A bug or an outage, not the caller's doing: the answer says little, the log says what.
    logger.error({ err: error }, "API request failed");
    message = t("api.INTERNAL");
  }
  const headers: Record<string, string> = { "cache-control": "no-store" };
  if (status === 401) headers["www-authenticate"] = 'Bearer realm="api"';
  if (status === 429 && typeof extra.retryAfterSeconds === "number") headers["retry-after"] = String(extra.retryAfterSeconds);
  return Response.json({ error: { code, message }, ...extra }, { status, headers });
}
