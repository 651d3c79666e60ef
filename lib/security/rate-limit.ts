import "server-only";
import { db } from "../db/client";

export type RateLimit = { name: string; max: number; windowSeconds: number };

/** The limits, in one place. Counters live in PostgreSQL, so they hold across app instances. */
export const LIMITS = {
  /**
   * Failed sign-ins from one address, on any accounts (the per-account lock-out is apart).
   * Offices share one address behind NAT, so successes do not count. RATE_LIMIT_SIGN_IN tunes it.
   */
  signInFailuresPerAddress: { name: "sign-in-address", max: Number(process.env.RATE_LIMIT_SIGN_IN) || 30, windowSeconds: 600 },
  /** API requests made with one personal access token (RATE_LIMIT_API_TOKEN per minute). */
  apiToken: { name: "api-token", max: Number(process.env.RATE_LIMIT_API_TOKEN) || 600, windowSeconds: 60 },
  /** Wrong current passwords given by one signed-in account (change-password): 5 per 15 minutes. */
  passwordChecksPerUser: { name: "password-check-user", max: 5, windowSeconds: 900 },
  /** Bulk exports (whole rosters) by one user (RATE_LIMIT_EXPORT per 10 minutes). */
  exportPerUser: { name: "export-user", max: Number(process.env.RATE_LIMIT_EXPORT) || 30, windowSeconds: 600 },
} satisfies Record<string, RateLimit>;

export type RateLimitResult = { allowed: boolean; count: number; retryAfterSeconds: number };

function windowOf(limit: RateLimit, now: Date) {
  const windowMs = limit.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
  return { windowStart, retryAfterSeconds };
}

/** Whether `subject` is still under the limit, without counting a hit. */
export async function checkRateLimit(limit: RateLimit, subject: string, now = new Date()): Promise<RateLimitResult> {
  const { windowStart, retryAfterSeconds } = windowOf(limit, now);
  const bucket = await db.rateLimitBucket.findUnique({ where: { key_windowStart: { key: `${limit.name}:${subject}`, windowStart } } });
  const count = bucket?.count ?? 0;
  return { allowed: count < limit.max, count, retryAfterSeconds };
}

/** Takes back a hit counted at `now` (a sign-in that succeeded: only failures count). */
export async function releaseRateLimit(limit: RateLimit, subject: string, now: Date): Promise<void> {
  const { windowStart } = windowOf(limit, now);
  await db.$executeRaw`UPDATE rate_limit_bucket SET count = count - 1 WHERE key = ${`${limit.name}:${subject}`} AND window_start = ${windowStart} AND count > 0`;
}

/**
 * Counts one hit on `subject` and says whether it is within the limit. One atomic statement per
 * hit: two instances counting at once cannot both slip under it.
 */
export async function hitRateLimit(limit: RateLimit, subject: string, now = new Date()): Promise<RateLimitResult> {
  const { windowStart, retryAfterSeconds } = windowOf(limit, now);
  const key = `${limit.name}:${subject}`;
  const [row] = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO rate_limit_bucket (key, window_start, count) VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_bucket.count + 1
    RETURNING count`;
  const count = row!.count;
  // Now and then, forget windows that ended long ago.
  if (Math.random() < 0.01) {
    // Not the anonymous refusals' summaries: lib/audit/refusal.ts writes each to the audit first.
    await db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - 86_400_000) }, NOT: { key: { startsWith: "anonymous-refusals-summary:" } } } });
  }
  return { allowed: count <= limit.max, count, retryAfterSeconds };
}
