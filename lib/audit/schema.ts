import { parseVietnameseDate } from "../dates";
import { z } from "../validation";

/** Kinds of entries the log filters by: the first part of the recorded action ("task.update" → task). */
export const AUDIT_KINDS = ["auth", "access", "account", "user", "api-token", "unit", "congress", "delegate", "subcommittee", "task", "milestone", "document", "grassroots", "personnel", "election", "ballot-count"] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

/** A date as the filter form sends it (dd/mm/yyyy) or as links carry it (YYYY-MM-DD), to YYYY-MM-DD. */
const isoDate = z
  .string()
  .transform((value) => {
    const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
    return parseVietnameseDate(ymd ? `${ymd[3]}/${ymd[2]}/${ymd[1]}` : value);
  })
  .pipe(z.string());

/** The log's filters, read leniently from the URL: anything malformed is ignored. */
export const auditFilterSchema = z.object({
  kind: z.enum(AUDIT_KINDS).optional().catch(undefined),
  /** The account that acted. */
  user: z.uuid().optional().catch(undefined),
  /** Calendar dates in Vietnam, both included. */
  from: isoDate.optional().catch(undefined),
  to: isoDate.optional().catch(undefined),
  /** The record's id. */
  record: z.uuid().optional().catch(undefined),
  /** Only in the log of all organisations. */
  organisation: z.uuid().optional().catch(undefined),
  /** Paging: the last entry id seen. */
  before: z.string().regex(/^\d{1,19}$/).optional().catch(undefined),
});
export type AuditFilters = z.output<typeof auditFilterSchema>;

/** The filters as URL parameters, without paging (for links that keep them). */
export function auditQuery(filters: AuditFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const key of ["kind", "user", "from", "to", "record", "organisation"] as const) if (filters[key]) params.set(key, filters[key]!);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const text = params.toString();
  return text ? `?${text}` : "";
}
