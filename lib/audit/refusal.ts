import "server-only";
import type { Actor } from "../auth/access";
import { db } from "../db/client";
import type { RefusedPlace } from "../errors";
import { logger } from "../logger";
import { requestContext } from "../runtime/request-context";
import { recordAudit } from "./record";
import { addressKey, networkKey } from "../security/client-address";
import { hitRateLimit } from "../security/rate-limit";

export const REFUSED_ACTION = "access.refused";

/** Anonymous refusals written in full per address and minute; beyond, only every power of ten. */
const ANONYMOUS_REFUSALS = { name: "anonymous-refusals", max: 5, windowSeconds: 60 };
/**
 * Rows so written are capped per minute per network (an IPv6 /48 holds 65,536 /64s, each an
 * "address" above) and overall; beyond either cap a refusal is only counted, in one summary per
 * minute, written to the audit as one row once that minute is over.
 */
export const ANONYMOUS_REFUSAL_CAPS = {
  perNetwork: { name: "anonymous-refusals-network", max: 20, windowSeconds: 60 },
  overall: { name: "anonymous-refusals-all", max: 300, windowSeconds: 60 },
  summary: { name: "anonymous-refusals-summary", max: Number.MAX_SAFE_INTEGER, windowSeconds: 60 },
};
const isPowerOfTen = (n: number) => /^10*$/.test(String(n));

export type Refusal = {
  /** The caller, or null when nobody was signed in (or the token was not valid). */
  actor: Pick<Actor, "userId" | "email"> | null;
  /** What was refused: an action name ("task.delete"), an endpoint ("GET /api/v1/units") or a page path. */
  target: string;
  /** As the caller saw it: UNAUTHENTICATED (401), FORBIDDEN (403), NOT_FOUND (404), BAD_ORIGIN. */
  code: string;
  /** The record named by the call, when it is an id (anything else a caller typed is not kept). */
  entityId?: unknown;
  entityType?: string;
  /** Where the record sits, when the access check knew it: that organisation's organizers see the entry. */
  place?: RefusedPlace;
  ip?: string | null;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The id of the record an action's input names: its own id first, then the record it belongs to. */
export function entityIdOf(input: unknown): string | undefined {
  if (typeof input !== "object" || input === null) return undefined;
  const fields = input as Record<string, unknown>;
  for (const key of ["id", "taskId", "documentId", "subCommitteeId", "unitId", "organisationCongressId", "congressId", "organisationId"]) {
    if (typeof fields[key] === "string" && UUID.test(fields[key])) return fields[key];
  }
  return undefined;
}

/**
 * The summaries of minutes that are over: each is taken (deleted) by one statement, so exactly
 * one instance writes it, as one audit row with the number of refusals counted beyond the caps.
 */
async function writeSummaries(now: Date): Promise<void> {
  const windowMs = ANONYMOUS_REFUSAL_CAPS.summary.windowSeconds * 1000;
  const current = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const key = `${ANONYMOUS_REFUSAL_CAPS.summary.name}:all`;
  const over = await db.$queryRaw<{ window_start: Date; count: number }[]>`
    DELETE FROM rate_limit_bucket WHERE key = ${key} AND window_start < ${current} RETURNING window_start, count`;
  for (const minute of over) {
    await recordAudit(db, { actor: null, action: REFUSED_ACTION, after: { target: "anonymous refusals beyond the caps", code: "UNAUTHENTICATED", summary: { minute: minute.window_start.toISOString(), count: minute.count } } });
  }
}

/**
 * Records a refused access: who tried, what, on which record, from where. It runs outside any
 * transaction (the refused call wrote nothing), once per request and target (a page's layout and
 * body may both refuse), and never turns the refusal into an error of its own.
 */
export async function recordRefusal(refusal: Refusal, now = new Date()): Promise<void> {
  const entityId = typeof refusal.entityId === "string" && UUID.test(refusal.entityId) ? refusal.entityId : undefined;
  const target = refusal.target.slice(0, 300);
  const context = requestContext();
  if (context) {
    const key = `${target} ${entityId ?? ""} ${refusal.code}`;
    context.refusals ??= new Set();
    if (context.refusals.has(key)) return;
    context.refusals.add(key);
  }
  try {
    // Without a session the caller pays nothing per request: count those refusals per address and
    // minute and keep a sample (the first few, then the 10th, 100th, 1000th… with the count).
    // (Every request the server answers has an address; a call without one is not from outside.)
    let countThisMinute: number | undefined;
    const address = refusal.ip ?? context?.ip;
    if (!refusal.actor && address) {
      const { count } = await hitRateLimit(ANONYMOUS_REFUSALS, addressKey(address), now);
      if (count > ANONYMOUS_REFUSALS.max && !isPowerOfTen(count)) return;
      if (count > 1) countThisMinute = count;
      const caps = ANONYMOUS_REFUSAL_CAPS;
      const [network, overall] = await Promise.all([hitRateLimit(caps.perNetwork, networkKey(address), now), hitRateLimit(caps.overall, "all", now)]);
      if (!network.allowed || !overall.allowed) {
        await hitRateLimit(caps.summary, "all", now);
        return;
      }
      await writeSummaries(now);
    }
    await recordAudit(db, {
      actor: refusal.actor,
      action: REFUSED_ACTION,
      entityType: refusal.entityType,
      entityId,
      place: refusal.place,
      after: { target, code: refusal.code, ...(countThisMinute ? { countThisMinute } : {}) },
      ip: refusal.ip,
    });
  } catch (error) {
    logger.error({ err: error, target, code: refusal.code }, "could not record a refused access");
  }
}
