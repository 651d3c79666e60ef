import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Actor } from "../auth/access";
import { actorInclude, toActor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { db } from "../db/client";
import { AppError, NotFoundError } from "../errors";

// Personal access tokens: "cpt_" + 32 random bytes (base64url). Only the SHA-256 hash is stored;
// a random 256-bit secret needs no slow hash. The first 12 characters stay visible as a label.
const PREFIX = "cpt_";
const VISIBLE = 12;

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function looksLikeToken(value: string): boolean {
  return value.startsWith(PREFIX) && value.length >= 40 && value.length <= 64 && /^[A-Za-z0-9_-]+$/.test(value);
}

type Who = { userId: string; email: string };

export const TOKEN_DAYS = { default: 90, max: 365 } as const;
export type TokenScope = "READ" | "READ_IMPORT";

/**
 * Creates a token for `userId`; the token itself is returned once and never stored. With
 * `sessionVersion` (the caller's session), the account row is read and share-locked in the same
 * transaction as the insert: a password change or a disabling that ended that session, even one
 * committed a moment ago, refuses the token; one still running waits and then revokes it.
 */
export async function createApiToken(userId: string, name: string, by: Who, options: { days?: number; scope?: TokenScope; sessionVersion?: number } = {}, now = new Date()) {
  const token = PREFIX + randomBytes(32).toString("base64url");
  const days = Math.min(TOKEN_DAYS.max, Math.max(1, options.days ?? TOKEN_DAYS.default));
  const expiresAt = new Date(now.getTime() + days * 86_400_000);
  const record = await db.$transaction(async (tx) => {
    if (options.sessionVersion !== undefined) {
      const [account] = await tx.$queryRaw<{ session_version: number; disabled: boolean }[]>`SELECT session_version, disabled FROM app_user WHERE id = ${userId}::uuid FOR SHARE`;
      if (!account || account.disabled || account.session_version !== options.sessionVersion) throw new AppError("UNAUTHENTICATED", 401);
    }
    const created = await tx.apiToken.create({
      data: { userId, name: name.normalize("NFC").trim(), prefix: token.slice(0, VISIBLE), tokenHash: hashToken(token), expiresAt, scope: options.scope ?? "READ" },
      select: { id: true, name: true, prefix: true, createdAt: true, expiresAt: true, scope: true },
    });
    await recordAudit(tx, { actor: by, action: "api-token.create", entityType: "api_token", entityId: created.id, after: { name: created.name, prefix: created.prefix, expiresAt, scope: created.scope } });
    return created;
  });
  return { token, ...record };
}

/** Revokes every live token of the account (password changed, account disabled, an admin's act). */
export async function revokeAllTokens(tx: Pick<typeof db, "apiToken">, userId: string, now = new Date()): Promise<number> {
  const { count } = await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  return count;
}

/** The owner revokes one of their tokens; it stops working on the next request. */
export async function revokeApiToken(actor: Pick<Actor, "userId" | "email">, id: string) {
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id, userId: actor.userId }, select: { id: true, revokedAt: true } });
    if (!token) throw new NotFoundError("token");
    if (!token.revokedAt) await tx.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, { actor, action: "api-token.revoke", entityType: "api_token", entityId: id });
    return null;
  });
}

/** The account's tokens, newest first, each saying whether it has expired at `now`. */
export async function listApiTokens(userId: string, now = new Date()) {
  const rows = await db.apiToken.findMany({
    where: { userId },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true, expiresAt: true, scope: true },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((r) => ({ ...r, expired: r.expiresAt <= now }));
}

export type TokenCaller = { actor: Actor; scope: TokenScope };

/**
 * The actor a bearer token stands for, with what the token may do; "expired" for a token past its
 * expiry (the caller is told so), null when unknown, revoked, or its owner disabled.
 */
export async function actorFromToken(token: string, now = new Date()): Promise<TokenCaller | "expired" | null> {
  if (!looksLikeToken(token)) return null;
  const record = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, revokedAt: true, lastUsedAt: true, expiresAt: true, scope: true, user: { include: actorInclude } },
  });
  if (!record || record.revokedAt || record.user.disabled) return null;
  if (record.expiresAt <= now) return "expired";
  // Last use to the minute is enough, and spares a write on every call of a busy integration.
  if (!record.lastUsedAt || Date.now() - record.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: record.id }, data: { lastUsedAt: new Date() } });
  }
  return { actor: toActor(record.user), scope: record.scope };
}
