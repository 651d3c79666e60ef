import "server-only";
import { env } from "../config";
import { db } from "../db/client";

// Server-side sessions. The signed cookie only names one; whether it still lives is decided here,
// so signing out ends it for every copy of the cookie, and no activity keeps it past its lifetime.

/** Refreshing last-seen more often than this would write on every request. */
const TOUCH_EVERY_MS = 60_000;

export type SessionLimits = { maxAgeMs: number; idleMs: number };

export function sessionLimits(): SessionLimits {
  const e = env();
  return { maxAgeMs: e.SESSION_MAX_HOURS * 3_600_000, idleMs: e.SESSION_IDLE_MINUTES * 60_000 };
}

export async function startSession(userId: string, now = new Date()): Promise<string> {
  const { id } = await db.userSession.create({ data: { userId, createdAt: now, lastSeenAt: now }, select: { id: true } });
  return id;
}

/**
 * Whether the session still lives for this user at `now`: not ended, younger than the maximum
 * age, and used within the idle time. A living session's last use is noted.
 */
export async function touchSession(sessionId: string | undefined, userId: string, now = new Date(), limits = sessionLimits()): Promise<boolean> {
  if (!sessionId || !/^[0-9a-f-]{36}$/i.test(sessionId)) return false;
  const session = await db.userSession.findFirst({
    where: { id: sessionId, userId, endedAt: null, createdAt: { gt: new Date(now.getTime() - limits.maxAgeMs) }, lastSeenAt: { gt: new Date(now.getTime() - limits.idleMs) } },
    select: { lastSeenAt: true },
  });
  if (!session) return false;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.userSession.updateMany({ where: { id: sessionId, lastSeenAt: { lt: now } }, data: { lastSeenAt: now } });
  }
  return true;
}

export async function endSession(sessionId: string | undefined, now = new Date()): Promise<void> {
  if (!sessionId || !/^[0-9a-f-]{36}$/i.test(sessionId)) return;
  await db.userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: now } });
}
