import { AppError } from "../errors";
import type { Translate } from "../i18n/translate";

/**
 * An error with its HTTP status and the catalog key of its message: the API layer's own
 * (authentication, media type, body size) and those of areas that answer through it.
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
  } else if (error instanceof AppError) {
    status = error.status;
    code = error.code;
    message = t(`api.${["NOT_FOUND", "FORBIDDEN"].includes(code) ? code : "VALIDATION"}`);
  } else {
    message = t("api.INTERNAL");
  }
  const headers: Record<string, string> = { "cache-control": "no-store" };
  if (status === 401) headers["www-authenticate"] = 'Bearer realm="api"';
  if (status === 429 && typeof extra.retryAfterSeconds === "number") headers["retry-after"] = String(extra.retryAfterSeconds);
  return Response.json({ error: { code, message }, ...extra }, { status, headers });
}
