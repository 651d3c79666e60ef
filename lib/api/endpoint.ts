import "server-only";
import type { Actor, Right } from "../auth/access";
import { type LoadedRecord, load } from "../auth/load";
import type { ResourceKind } from "../auth/resources";
import { getActor } from "../auth/session";
import { recordRefusal } from "../audit/refusal";
import { AppError, ForbiddenError, NotFoundError } from "../errors";
import type { Locale } from "../i18n/config";
import { localeFromAcceptLanguage, translator } from "../i18n/translate";
import { isUuid } from "../server/page";
import { z } from "../validation";
import { ApiError, apiErrorResponse } from "./errors";
import { type RateLimit, LIMITS, hitRateLimit } from "../security/rate-limit";
import { type TokenScope, actorFromToken, hashToken } from "./tokens";

export type ApiContext<Q, K extends ResourceKind = never> = {
  actor: Actor;
  params: Record<string, string>;
  query: Q;
  request: Request;
  locale: Locale;
  ip: string | null;
  /** The record the path names, loaded with the caller's scope and checked for the right. */
  record: [K] extends [never] ? null : LoadedRecord<K>;
};

/**
 * What the endpoint reads and the right it needs: the record a path parameter names, or a list
 * filtered by the caller's scope (`resource: "scope"`, each row then within the caller's reach).
 */
export type EndpointAccess<K extends ResourceKind> = { right: Right; resource: { kind: K; param: string } } | { right: Right; resource: "scope" };

export type EndpointSpec<Q extends z.ZodType, K extends ResourceKind = never> = {
  method: "GET" | "POST";
  /** OpenAPI path under /api/v1, e.g. "/congresses/{id}/delegates"; every {param} is a uuid. */
  path: string;
  access: EndpointAccess<K>;
  summary: string;
  description?: string;
  query?: Q;
  /** OpenAPI fragments for what the generic parts cannot derive. */
  requestBody?: Record<string, unknown>;
  responses: Record<string, { description: string; content?: Record<string, unknown> }>;
  /** Counted per caller in PostgreSQL (e.g. bulk exports), or for some queries only; beyond it 429. */
  rateLimit?: RateLimit | ((query: z.output<Q>) => RateLimit | null);
  handle: (ctx: ApiContext<z.output<Q>, K>) => Promise<Response | unknown>;
};

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Endpoint = EndpointSpec<z.ZodType, any> & { handler: (request: Request, context: RouteContext) => Promise<Response> };

/**
 * Session cookie or `Authorization: Bearer <token>`; a bad token never falls back to the cookie.
 * An expired token is told so (401 TOKEN_EXPIRED).
 */
async function authenticate(request: Request): Promise<{ actor: Actor; via: "token" | "cookie"; scope?: TokenScope } | null> {
  const authorization = request.headers.get("authorization");
  if (authorization !== null) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    const caller = m ? await actorFromToken(m[1]!) : null;
    if (caller === "expired") throw new ApiError("TOKEN_EXPIRED", 401);
    if (caller) await enforce(LIMITS.apiToken, hashToken(m![1]!).slice(0, 32));
    return caller ? { actor: caller.actor, via: "token", scope: caller.scope } : null;
  }
  if (!request.headers.get("cookie")) return null;
  const actor = await getActor();
  return actor ? { actor, via: "cookie" } : null;
}

async function enforce(limit: RateLimit, subject: string): Promise<void> {
  const result = await hitRateLimit(limit, subject);
  if (!result.allowed) throw new ApiError("RATE_LIMITED", 429, { seconds: result.retryAfterSeconds }, { retryAfterSeconds: result.retryAfterSeconds });
}

/** A cookie-authenticated write must come from this site (SameSite=Lax cookies aside). */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  try {
    return new URL(origin).host === (request.headers.get("x-forwarded-host") ?? request.headers.get("host"));
  } catch {
    return false;
  }
}

export function defineEndpoint<Q extends z.ZodType = z.ZodObject<Record<string, never>>, K extends ResourceKind = never>(spec: EndpointSpec<Q, K>): Endpoint {
  if (!spec.access) throw new Error(`endpoint ${spec.method} ${spec.path} declares no access`);
  const handler = async (request: Request, context: RouteContext): Promise<Response> => {
    const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
    const ip = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || null;
    let auth: Awaited<ReturnType<typeof authenticate>> = null;
    let params: Record<string, string> = {};
    try {
      auth = await authenticate(request);
      if (!auth) throw new ApiError("UNAUTHENTICATED", 401);
      // A password someone else chose opens nothing but its own change, which the API does not offer.
      if (auth.actor.mustChangePassword) throw new ApiError("PASSWORD_CHANGE_REQUIRED", 403);
      if (spec.method !== "GET" && auth.via === "cookie" && !sameOrigin(request)) throw new ApiError("BAD_ORIGIN", 403);
      const raw = (await context?.params) ?? {};
      for (const [k, v] of Object.entries(raw)) {
        // A malformed id is as unknown as any other: 404, not 400.
        if (typeof v !== "string" || !isUuid(v)) throw new ApiError("NOT_FOUND", 404);
        params = { ...params, [k]: v };
      }
      const search = Object.fromEntries(new URL(request.url).searchParams);
      const parsed = (spec.query ?? z.object({})).safeParse(search);
      if (!parsed.success) throw new ApiError("VALIDATION", 400, { fields: parsed.error.issues.map((i) => i.path.join(".")).join(", ") });
      const limit = typeof spec.rateLimit === "function" ? spec.rateLimit(parsed.data as z.output<Q>) : spec.rateLimit;
      if (limit) await enforce(limit, auth.actor.userId);
      const { resource } = spec.access;
      // Access before anything else: another organisation's record answers 404 before a body is read.
      const record = resource === "scope" ? null : await load(auth.actor, resource.kind, params[resource.param]!, spec.access.right);
      // A read-only token reads; only a token made for imports may write.
      if (spec.method !== "GET" && auth.via === "token" && auth.scope !== "READ_IMPORT") throw new ApiError("TOKEN_SCOPE", 403);
      const result = await spec.handle({ actor: auth.actor, params, query: parsed.data as z.output<Q>, request, locale, ip, record: record as ApiContext<z.output<Q>, K>["record"] });
      return result instanceof Response ? result : Response.json(result, { headers: { "cache-control": "no-store" } });
    } catch (error) {
      if (!(error instanceof ApiError) && !(error instanceof AppError)) console.error(`api ${spec.method} ${spec.path} failed`, error);
      const response = apiErrorResponse(error, await translator(locale));
      if ([401, 403, 404].includes(response.status)) {
        const code = error instanceof ApiError || error instanceof AppError ? error.code : String(response.status);
        const place = error instanceof ForbiddenError || error instanceof NotFoundError ? error.place : undefined;
        await recordRefusal({ actor: auth?.actor ?? null, target: `${spec.method} /api/v1${spec.path}`, code, entityId: params.id, place, ip });
      }
      return response;
    }
  };
  return { ...(spec as unknown as Endpoint), handler };
}
