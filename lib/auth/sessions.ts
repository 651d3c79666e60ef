import "server-only";
import { env } from "../config";
import { db } from "../db/client";
import type { Actor } from "./access";
import { actorInclude, usableActor } from "./actor";

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
 * The actor of a living session: not ended, younger than the maximum age, used within the idle
 * time, and its account usable with the session version the cookie carries. One statement (the
 * session with its user and grants); a living session's last use is noted.
 */
export async function sessionActor(sessionId: string | undefined, userId: string, sessionVersion: number | undefined, now = new Date(), limits = sessionLimits()): Promise<Actor | null> {
  if (!sessionId || !/^[0-9a-f-]{36}$/i.test(sessionId)) return null;
  const session = await db.userSession.findFirst({
    where: { id: sessionId, userId, endedAt: null, createdAt: { gt: new Date(now.getTime() - limits.maxAgeMs) }, lastSeenAt: { gt: new Date(now.getTime() - limits.idleMs) } },
    select: { lastSeenAt: true, user: { include: actorInclude } },
  });
  const actor = usableActor(session?.user ?? null, sessionVersion, now);
  if (!session || !actor) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.userSession.updateMany({ where: { id: sessionId, lastSeenAt: { lt: now } }, data: { lastSeenAt: now } });
  }
  return actor;
}

export async function endSession(sessionId: string | undefined, now = new Date()): Promise<void> {
  if (!sessionId || !/^[0-9a-f-]{36}$/i.test(sessionId)) return;
  await db.userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: now } });
}
