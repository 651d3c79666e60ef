import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor, Role } from "../auth/access";
import { hashPassword } from "../auth/password";
import { hashToken, revokeAllTokens } from "../api/tokens";
import { db } from "../db/client";
import { recordAudit } from "../audit/record";
import { type MutationContext, type Tx, auditChange } from "../db/mutation";
import { DomainError, ForbiddenError, NotFoundError } from "../errors";
import { isOrganisationKind } from "../units/levels";
import { placeOfUnit } from "../units/place";
import type { z } from "../validation";
import { type GrantUnit, mayGrant, mayGrantTo, mayManageAccount, mayResetPassword, mayRevoke } from "./grants";
import type { createAccountSchema, grantSchema, resetPasswordSchema } from "./schema";

// Accounts and grants managed in the UI, within the caller's reach (lib/users/grants.ts). The CLI
// (lib/users/mutations.ts) stays for the first admin.

const LINK_PREFIX = "csl_";
/** How long a one-time sign-in link stays valid. */
export const SIGN_IN_LINK_HOURS = 72;

type UnitRow = { id: string; kind: string; provinceId: string | null; organisationId: string | null };
type LoadedAccount = { id: string; grants: { id: string; role: Role; unit: UnitRow | null }[] };

export function grantUnitOf(unit: UnitRow | null): GrantUnit {
  if (!unit) return null;
  const place = placeOfUnit(unit);
  if (isOrganisationKind(unit.kind) && place.provinceId && place.organisationId) return { kind: unit.kind, provinceId: place.provinceId, organisationId: place.organisationId };
  // Roles never sit below an organisation: such a grant is one nobody but an admin may touch.
  return { kind: unit.kind, provinceId: "", organisationId: "" };
}
const placeOf = (unit: GrantUnit) => (unit ? { provinceId: unit.provinceId, organisationId: unit.organisationId } : { provinceId: null, organisationId: null });

async function grantUnit(tx: Tx, unitId: string | null): Promise<GrantUnit> {
  if (!unitId) return null;
  const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { id: true, kind: true, provinceId: true, organisationId: true, status: true } });
  if (!unit || unit.status !== "ACTIVE" || !isOrganisationKind(unit.kind)) throw new DomainError("VALIDATION", { unitId: ["errors.invalid"] });
  return grantUnitOf(unit);
}

/** The caller may hand out this role on this unit, or the refusal (filed under the unit's place). */
function assertMayGrant(actor: Actor, role: Role, unit: GrantUnit) {
  if (!mayGrant(actor, role, unit)) throw new ForbiddenError(placeOf(unit));
}

/** `rule` is mayManageAccount (disable, enable) or mayResetPassword (a password or link the actor would know). */
function assertMayManage(actor: Actor, account: LoadedAccount, rule: typeof mayManageAccount = mayManageAccount) {
  const target = { userId: account.id, grants: account.grants.map((g) => ({ role: g.role, unit: grantUnitOf(g.unit) })) };
  if (!rule(actor, target)) throw new ForbiddenError(placeOf(target.grants[0]?.unit ?? null));
}

/** A password nobody knows, for an account that signs in first through a link. */
const unusablePassword = () => hashPassword(randomBytes(32).toString("base64url"));

async function newSignInLink(tx: Tx, userId: string, now = new Date()): Promise<string> {
  const token = LINK_PREFIX + randomBytes(32).toString("base64url");
  // Older links of the account stop: only the newest one is valid.
  await tx.signInLink.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
  await tx.signInLink.create({ data: { userId, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + SIGN_IN_LINK_HOURS * 3_600_000) } });
  return token;
}

type FirstSignIn = { firstSignIn: "PASSWORD" | "LINK"; password?: string | undefined };
const firstHash = (input: FirstSignIn) => (input.firstSignIn === "PASSWORD" ? hashPassword(input.password!) : unusablePassword());

/**
 * A new account with its first role. A first password must be changed at first sign-in; a link
 * token is returned once (only its hash is kept) and lets the user choose their password.
 */
export async function createAccount(ctx: MutationContext & { actor: Actor }, input: z.output<typeof createAccountSchema>) {
  const passwordHash = await firstHash(input);
  return db.$transaction(async (tx) => {
    const unit = await grantUnit(tx, input.unitId);
    assertMayGrant(ctx.actor, input.role, unit);
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw new DomainError("VALIDATION", { email: ["accountErrors.emailTaken"] });
    const user = await tx.user.create({
      data: {
        email: input.email,
        name: input.name,
        passwordHash,
        mustChangePassword: input.firstSignIn === "PASSWORD",
        grants: { create: { role: input.role, unitId: input.unitId } },
      },
      select: { id: true, email: true, name: true },
    });
    const signInToken = input.firstSignIn === "LINK" ? await newSignInLink(tx, user.id) : null;
    await auditChange(tx, ctx, { entityType: "user", entityId: user.id, place: placeOf(unit), after: { email: user.email, name: user.name, role: input.role, unitId: input.unitId, firstSignIn: input.firstSignIn } });
    return { ...user, signInToken };
  });
}

export async function grantRole(ctx: MutationContext & { actor: Actor }, input: z.output<typeof grantSchema>) {
  return db.$transaction(async (tx) => {
    const unit = await grantUnit(tx, input.unitId);
    if (!mayGrantTo(ctx.actor, input.userId, input.role, unit)) throw new ForbiddenError(placeOf(unit));
    const existing = await tx.grant.findFirst({ where: { userId: input.userId, role: input.role, unitId: input.unitId }, select: { id: true } });
    const grant = existing ?? (await tx.grant.create({ data: { userId: input.userId, role: input.role, unitId: input.unitId }, select: { id: true } }));
    await auditChange(tx, ctx, { entityType: "user", entityId: input.userId, place: placeOf(unit), after: { grant: { id: grant.id, role: input.role, unitId: input.unitId } } });
    return { id: input.userId, grantId: grant.id };
  });
}

export async function revokeGrant(ctx: MutationContext & { actor: Actor }, account: LoadedAccount, grantId: string) {
  return db.$transaction(async (tx) => {
    const grant = account.grants.find((g) => g.id === grantId);
    if (!grant) throw new NotFoundError("grant");
    const unit = grantUnitOf(grant.unit);
    if (!mayRevoke(ctx.actor, grant.role, unit)) throw new ForbiddenError(placeOf(unit));
    if (account.id === ctx.actor.userId && grant.role === "ADMIN") throw new DomainError("VALIDATION", { grantId: ["accountErrors.ownAdmin"] });
    await tx.grant.delete({ where: { id: grantId } });
    await auditChange(tx, ctx, { entityType: "user", entityId: account.id, place: placeOf(unit), before: { grant: { id: grantId, role: grant.role, unitId: grant.unit?.id ?? null } } });
    return { id: account.id };
  });
}

/** Disabling ends the account's sessions and stops its API tokens at once (both check the flag). */
export async function setAccountDisabled(ctx: MutationContext & { actor: Actor }, account: LoadedAccount & { disabled: boolean }, disabled: boolean) {
  assertMayManage(ctx.actor, account);
  if (account.id === ctx.actor.userId) throw new DomainError("VALIDATION", { userId: ["accountErrors.ownAccount"] });
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: account.id }, data: { disabled, sessionVersion: { increment: 1 } } });
    // Disabling revokes the account's tokens for good: enabling it again brings none back.
    const tokensRevoked = disabled ? await revokeAllTokens(tx, account.id) : 0;
    await auditChange(tx, ctx, { entityType: "user", entityId: account.id, place: placeOf(grantUnitOf(account.grants[0]?.unit ?? null)), before: { disabled: account.disabled }, after: { disabled, tokensRevoked } });
    return { id: account.id };
  });
}

/**
 * A new first password (to be changed at sign-in) or a new link; every session of the account ends.
 * Only for accounts strictly below the caller (mayResetPassword); the account is told who did it
 * and when at its next sign-in (passwordResetAt/ById, until dismissed), and the audit says who.
 */
export async function resetAccountPassword(ctx: MutationContext & { actor: Actor }, account: LoadedAccount, input: z.output<typeof resetPasswordSchema>) {
  assertMayManage(ctx.actor, account, mayResetPassword);
  const passwordHash = await firstHash(input);
  return db.$transaction(async (tx) => {
    const now = new Date();
    await tx.user.update({
      where: { id: account.id },
      data: { passwordHash, mustChangePassword: input.firstSignIn === "PASSWORD", passwordChangedAt: now, sessionVersion: { increment: 1 }, passwordResetAt: now, passwordResetById: ctx.actor.userId },
    });
    const tokensRevoked = await revokeAllTokens(tx, account.id);
    await endSignInLinks(tx, account.id, now);
    const signInToken = input.firstSignIn === "LINK" ? await newSignInLink(tx, account.id) : null;
    await auditChange(tx, ctx, { entityType: "user", entityId: account.id, place: placeOf(grantUnitOf(account.grants[0]?.unit ?? null)), after: { firstSignIn: input.firstSignIn, tokensRevoked } });
    return { id: account.id, signInToken };
  });
}

/** Every outstanding one-time link of the account stops: called wherever its password changes. */
export async function endSignInLinks(tx: Tx, userId: string, now = new Date()): Promise<number> {
  return (await tx.signInLink.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } })).count;
}

/**
 * The user of a one-time link chooses their password: the link is used up, the account's sessions
 * end. Unknown, used or expired links, and disabled accounts, all answer the same, and are
 * recorded (audit, with the address) like a failed sign-in. The link is looked up by its hash
 * before the slow password hash is computed, so junk tokens cost one indexed read; and it is used
 * up by one conditional update, so two redeems sent together cannot both succeed.
 */
export async function redeemSignInLink(token: string, password: string, meta: { ip?: string | null } = {}, now = new Date()) {
  const tokenHash = hashToken(token);
  const invalid = async (userId?: string, email?: string) => {
    await recordAudit(db, { actor: null, actorEmail: email, action: "auth.sign-in-link.failed", entityType: "user", entityId: userId, ip: meta.ip ?? null });
    return new DomainError("VALIDATION", { _form: ["accountErrors.linkInvalid"] });
  };
  const found = await db.signInLink.findUnique({ where: { tokenHash }, select: { usedAt: true, expiresAt: true, user: { select: { id: true, email: true, disabled: true } } } });
  if (!found || found.usedAt || found.expiresAt <= now || found.user.disabled) throw await invalid(found?.user.id, found?.user.email);
  const passwordHash = await hashPassword(password);
  const redeemed = await db.$transaction(async (tx) => {
    const { count } = await tx.signInLink.updateMany({ where: { tokenHash, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (count !== 1) return null;
    const link = await tx.signInLink.findUniqueOrThrow({ where: { tokenHash }, select: { id: true, user: { select: { id: true, email: true, disabled: true } } } });
    if (link.user.disabled) return null;
    await endSignInLinks(tx, link.user.id, now);
    await tx.user.update({ where: { id: link.user.id }, data: { passwordHash, mustChangePassword: false, passwordChangedAt: now, sessionVersion: { increment: 1 } } });
    await revokeAllTokens(tx, link.user.id, now);
    await auditChange(tx, { actor: { userId: link.user.id, email: link.user.email }, ip: meta.ip ?? null, action: "account.redeem-link" }, { entityType: "user", entityId: link.user.id });
    return { email: link.user.email };
  });
  if (!redeemed) throw await invalid(found.user.id, found.user.email);
  return redeemed;
}
