import "server-only";
import { z } from "../validation";
import { ApiError } from "./errors";
import { pageResult } from "../db/keyset";

// Every list endpoint takes `limit` and `cursor` and answers `next` (and a Link header) — the
// opaque cursor of the following page, or null on the last.

export const PAGE_LIMIT = { default: 100, max: 1000 } as const;

const cursor = z
  .string()
  .max(400)
  .transform((value, ctx) => {
    try {
      return JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "cursor" });
      return z.NEVER;
    }
  });

/** The paging part of a list endpoint's query. */
export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(PAGE_LIMIT.max).default(PAGE_LIMIT.default),
  cursor: cursor.optional(),
};

export const encodeCursor = (value: unknown): string => Buffer.from(JSON.stringify(value), "utf8").toString("base64url");

/** The cursor's position, checked for the list's shape: one made up or from another list is a 400. */
export function cursorAs<T>(value: unknown, schema: z.ZodType<T>): T | undefined {
  if (value === undefined) return undefined;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ApiError("VALIDATION", 400, { fields: "cursor" });
  return parsed.data;
}

/** The JSON body with `next`, and the RFC 8288 Link header pointing at the next page. */
export function pagedResponse(request: Request, body: Record<string, unknown>, next: unknown | null): Response {
  const token = next === null ? null : encodeCursor(next);
  const headers = new Headers({ "cache-control": "no-store" });
  if (token) {
    const url = new URL(request.url);
    url.searchParams.set("cursor", token);
    headers.set("link", `<${url.pathname}${url.search}>; rel="next"`);
  }
  return Response.json({ ...body, next: token }, { headers });
}

/** One page read with one row more than `limit` (lib/db/keyset.ts), answered under `key`. */
export function idPageResponse<T extends { id: string }>(request: Request, key: string, rows: T[], limit: number): Response {
  const { rows: page, nextAfter } = pageResult(rows, limit);
  return pagedResponse(request, { [key]: page }, nextAfter);
}

/** OpenAPI: what paging adds to a list's description. */
export const PAGING_NOTE = `Paged: limit (default ${PAGE_LIMIT.default}, at most ${PAGE_LIMIT.max}) and cursor; the answer's next (also a Link header, rel="next") is the cursor of the following page, null on the last. Pages follow a stable key, so rows added meanwhile never repeat or shift a page.`;
