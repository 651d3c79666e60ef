// Expected failures, mapped to typed results by the action wrapper and to HTTP codes by routes.
// Their `code` doubles as the message key under "errors." in the catalogs.

export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message?: string,
  ) {
    super(message ?? code);
    this.name = new.target.name;
  }
}

/** Where a refused record sits, when the access check knew it: the audit of refusals files it there. */
export type RefusedPlace = { provinceId: string | null; organisationId: string | null };

/** Missing, or in an organisation the caller may not see: the two are indistinguishable on purpose. */
export class NotFoundError extends AppError {
  constructor(
    what = "record",
    readonly place?: RefusedPlace,
  ) {
    super("NOT_FOUND", 404, `${what} not found`);
  }
}

/** The caller sees the record but may not do this to it. */
export class ForbiddenError extends AppError {
  constructor(readonly place?: RefusedPlace) {
    super("FORBIDDEN", 403);
  }
}

/** Someone saved the record since the caller loaded it; `current` holds the newer values. */
export class VersionConflictError extends AppError {
  constructor(readonly current: unknown) {
    super("VERSION_CONFLICT", 409);
  }
}

/** A rule of the domain refused the change; fieldErrors hold message keys per field. */
export class DomainError extends AppError {
  constructor(
    code: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(code, 422);
  }
}
