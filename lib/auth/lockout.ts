// Brute-force guard kept in PostgreSQL so it holds whichever app instance answers: after
// MAX_FAILURES failed attempts on an account within WINDOW, attempts are refused for LOCK.
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;

const FAILURES = new Set(["WRONG_PASSWORD", "UNKNOWN_ACCOUNT", "DISABLED"]);

export type AttemptLike = { outcome: string; createdAt: Date };

/**
 * When the account is locked, the moment it unlocks; otherwise null. `attempts` are the
 * account's attempts since now - (WINDOW + LOCK), newest first.
 */
export function lockedUntil(attempts: AttemptLike[], now: Date): Date | null {
  // Failures since the last success count; a success wipes the slate.
  const failures: Date[] = [];
  for (const attempt of attempts) {
    if (attempt.outcome === "SUCCESS") break;
    if (FAILURES.has(attempt.outcome)) failures.push(attempt.createdAt);
  }
  // Find the newest run of MAX_FAILURES failures that fit in one window.
  for (let i = 0; i + MAX_FAILURES - 1 < failures.length; i++) {
    const newest = failures[i]!;
    const oldest = failures[i + MAX_FAILURES - 1]!;
    if (newest.getTime() - oldest.getTime() <= WINDOW_MS) {
      const until = new Date(newest.getTime() + LOCK_MS);
      return until > now ? until : null;
    }
  }
  return null;
}
