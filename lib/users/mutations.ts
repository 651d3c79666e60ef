import "server-only";
import type { Role } from "../auth/access";
import { hashPassword, verifyPassword } from "../auth/password";
import { normaliseEmail } from "../auth/sign-in";
import { recordAudit } from "../audit/record";
import { revokeAllTokens } from "../api/tokens";
import { endSignInLinks } from "./accounts";
import { db } from "../db/client";
import { LIMITS, hitRateLimit, releaseRateLimit } from "../security/rate-limit";
import { type MutationContext, auditChange } from "../db/mutation";
import { DomainError, NotFoundError } from "../errors";
import { placeOfUnit } from "../units/place";
import { roleFitsUnit } from "./grants";

type Who = { userId: string; email: string } | null;


export async function createUser(
  input: { email: string; name: string; password: string; role: Role; unitCode?: string; locale?: "vi" | "en" },
  by: Who = null,
) {
  const email = normaliseEmail(input.email);
  // Hashing is deliberately slow: done before the transaction, so it never holds one open.
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    let unit: { id: string; kind: string; provinceId: string | null; organisationId: string | null } | null = null;
    if (input.role !== "ADMIN") {
      if (!input.unitCode) throw new DomainError("UNIT_REQUIRED");
      unit = await tx.unit.findUnique({ where: { code: input.unitCode }, select: { id: true, kind: true, provinceId: true, organisationId: true } });
      if (!unit) throw new DomainError("UNIT_NOT_FOUND");
      if (!roleFitsUnit(input.role, unit.kind)) throw new DomainError("UNIT_KIND_MISMATCH");
    }
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) throw new DomainError("EMAIL_TAKEN");
    const user = await tx.user.create({
      data: {
        email,
        name: input.name.normalize("NFC").trim(),
        passwordHash,
        locale: input.locale ?? "vi",
        grants: { create: { role: input.role, unitId: unit?.id ?? null } },
      },
      select: { id: true, email: true, name: true },
    });
    await recordAudit(tx, {
      actor: by,
      action: "user.create",
      entityType: "user",
      entityId: user.id,
      place: unit ? placeOfUnit(unit) : undefined,
      after: { email: user.email, name: user.name, role: input.role, unit: input.unitCode ?? null },
    });
    return user;
  });
}

/** Sets a new password and ends every existing session of the account. */
export async function setPassword(email: string, password: string, by: Who = null, action = "user.set-password") {
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: normaliseEmail(email) }, select: { id: true } });
    if (!user) throw new NotFoundError("user");
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, mustChangePassword: false, passwordChangedAt: new Date(), sessionVersion: { increment: 1 } },
    });
    // A new password ends what the old one opened: sessions (the version above) and API tokens.
    const tokensRevoked = await revokeAllTokens(tx, user.id);
    const linksEnded = await endSignInLinks(tx, user.id);
    await recordAudit(tx, { actor: by, action, entityType: "user", entityId: user.id, after: { tokensRevoked, linksEnded } });
    return user;
  });
}

/** Disables (or re-enables) an account; disabling ends its sessions at once. */
export async function setDisabled(email: string, disabled: boolean, by: Who = null) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: normaliseEmail(email) }, select: { id: true, disabled: true } });
    if (!user) throw new NotFoundError("user");
    await tx.user.update({ where: { id: user.id }, data: { disabled, sessionVersion: { increment: 1 } } });
    // Disabling revokes the account's tokens for good: enabling it again brings none back.
    const tokensRevoked = disabled ? await revokeAllTokens(tx, user.id) : 0;
    await recordAudit(tx, {
      actor: by,
      action: disabled ? "user.disable" : "user.enable",
      entityType: "user",
      entityId: user.id,
      before: { disabled: user.disabled },
      after: { disabled, tokensRevoked },
    });
    return user;
  });
}

/**
 * The signed-in user proves their password again (to change it, to make an API token). A stolen
 * session must not become a way to guess it: checks are counted per account before the check, and
 * a success is taken back (as sign-in does per address). `field` names the form's field.
 */
export async function verifyOwnPassword(userId: string, password: string, field: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, passwordHash: true } });
  if (!user) throw new NotFoundError("user");
  const now = new Date();
  if (!(await hitRateLimit(LIMITS.passwordChecksPerUser, user.id, now)).allowed) throw new DomainError("RATE_LIMITED", { [field]: ["errors.RATE_LIMITED"] });
  if (!(await verifyPassword(user.passwordHash, password))) throw new DomainError("VALIDATION", { [field]: ["errors.wrongCurrentPassword"] });
  await releaseRateLimit(LIMITS.passwordChecksPerUser, user.id, now);
  return user;
}

/** The signed-in user changes their own password after proving the current one. */
export async function changeOwnPassword(ctx: MutationContext, currentPassword: string, newPassword: string) {
  const user = await verifyOwnPassword(ctx.actor.userId, currentPassword, "currentPassword");
  await setPassword(user.email, newPassword, { userId: user.id, email: user.email }, ctx.action);
}

/** The user has read who reset their password: the notice goes, the audit keeps it. */
export async function dismissResetNotice(ctx: MutationContext) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: ctx.actor.userId, passwordResetAt: { not: null } }, data: { passwordResetAt: null, passwordResetById: null } });
    await auditChange(tx, ctx, { entityType: "user", entityId: ctx.actor.userId, after: { dismissed: count } });
  });
}

/** The signed-in user's language, kept on the account; audited like every other change. */
export async function setOwnLocale(ctx: MutationContext, locale: "vi" | "en") {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: ctx.actor.userId }, data: { locale } });
    await auditChange(tx, ctx, { entityType: "user", entityId: ctx.actor.userId, after: { locale } });
  });
}
