import "server-only";
import { db } from "../db/client";
import { recordAudit } from "../audit/record";
import { LOCK_MS, WINDOW_MS, lockedUntil } from "./lockout";
import { dummyPasswordHash, verifyPassword } from "./password";
import { firstPasswordExpired } from "./first-password";

export type SignInUser = { id: string; email: string; name: string; sessionVersion: number; locale: string };
export type SignInCheck = { ok: true; user: SignInUser } | { ok: false; reason: "invalid" | "expired" } | { ok: false; reason: "locked"; until: Date };
export type AttemptMeta = { ip?: string | null; userAgent?: string | null };

export function normaliseEmail(email: string): string {
  return email.normalize("NFC").trim().toLowerCase();
}

async function recentAttempts(tx: Pick<typeof db, "signInAttempt">, email: string, now: Date) {
  return tx.signInAttempt.findMany({
    where: { email, createdAt: { gt: new Date(now.getTime() - WINDOW_MS - LOCK_MS) } },
    orderBy: { createdAt: "desc" },
    select: { outcome: true, createdAt: true },
    take: 50,
  });
}

/** Read-only: when the account unlocks, if it is locked now. */
export async function lockoutStatus(rawEmail: string, now = new Date()): Promise<Date | null> {
  return lockedUntil(await recentAttempts(db, normaliseEmail(rawEmail), now), now);
}

/**
 * Checks an email and password, enforcing the lock-out and recording the attempt. Attempts on
 * one account are serialised by a transaction-scoped advisory lock, so parallel guesses cannot
 * slip past the count.
 */
export async function checkCredentials(rawEmail: string, password: string, meta: AttemptMeta = {}, now = new Date()): Promise<SignInCheck> {
  const email = normaliseEmail(rawEmail);
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sign-in:${email}`}))`;
      const record = async (outcome: "SUCCESS" | "WRONG_PASSWORD" | "UNKNOWN_ACCOUNT" | "DISABLED" | "LOCKED" | "PASSWORD_EXPIRED", userId?: string) => {
        await tx.signInAttempt.create({
          data: { email, userId: userId ?? null, outcome, ip: meta.ip ?? null, userAgent: meta.userAgent?.slice(0, 300) ?? null, createdAt: now },
        });
        await recordAudit(tx, {
          actorEmail: email,
          actor: outcome === "SUCCESS" && userId ? { userId, email } : null,
          action: outcome === "SUCCESS" ? "auth.sign-in" : outcome === "LOCKED" ? "auth.sign-in.locked" : "auth.sign-in.failed",
          entityType: "user",
          entityId: userId,
          after: outcome === "SUCCESS" ? undefined : { outcome },
          ip: meta.ip,
        });
      };

      const until = lockedUntil(await recentAttempts(tx, email, now), now);
      const user = await tx.user.findUnique({ where: { email } });
      if (until) {
        await record("LOCKED", user?.id);
        return { ok: false as const, reason: "locked" as const, until };
      }
      if (!user) {
        await verifyPassword(await dummyPasswordHash(), password);
        await record("UNKNOWN_ACCOUNT");
        return { ok: false as const, reason: "invalid" as const };
      }
      const valid = await verifyPassword(user.passwordHash, password);
      if (!valid || user.disabled) {
        await record(valid ? "DISABLED" : "WRONG_PASSWORD", user.id);
        return { ok: false as const, reason: "invalid" as const };
      }
      if (firstPasswordExpired(user, now)) {
        await record("PASSWORD_EXPIRED", user.id);
        return { ok: false as const, reason: "expired" as const };
      }
      await record("SUCCESS", user.id);
      return {
        ok: true as const,
        user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion, locale: user.locale },
      };
    },
    { timeout: 15_000 },
  );
}
