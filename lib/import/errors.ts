import { AppError } from "../errors";

export type ImportFileCode = "FILE_TOO_LARGE" | "TOO_MANY_ROWS" | "TOO_MANY_COLUMNS" | "UNSUPPORTED_TYPE" | "NOT_UTF8" | "CORRUPT" | "EMPTY" | "NO_HEADER" | "MISSING_COLUMNS" | "NO_FILE";

/**
 * An uploaded file refused as a whole. A domain error: the REST layer maps it to its status and
 * to the message "delegateImport.fileErrors.<code>" (lib/api/errors.ts).
 */
export class ImportFileError extends AppError {
  constructor(
    readonly code: ImportFileCode,
    status: 400 | 413 | 415 | 422,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code, status);
  }
}
