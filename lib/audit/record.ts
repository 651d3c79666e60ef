import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { Actor, Place } from "../auth/access";
import { requestContext } from "../runtime/request-context";

type Tx = Pick<Prisma.TransactionClient, "auditEntry">;

export type AuditInput = {
  actor?: Pick<Actor, "userId" | "email"> | null;
  /** Who tried, when there is no signed-in actor (sign-in attempts). */
  actorEmail?: string;
  action: string;
  entityType?: string;
  entityId?: string;
  place?: Place;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
};

// Strips what must never reach the log, whatever a caller passes.
const SECRET_KEYS = /password|token|secret|hash/i;
function redact(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (key, v) => (SECRET_KEYS.test(key) ? undefined : typeof v === "bigint" ? v.toString() : v)),
  ) as Prisma.InputJsonValue;
}

/**
 * Writes one audit entry; call it with the transaction that makes the change. Written during a
 * request, the entry carries the request's id and, unless the caller names one, its client address.
 */
export async function recordAudit(tx: Tx, input: AuditInput): Promise<void> {
  const request = requestContext();
  await tx.auditEntry.create({
    data: {
      actorId: input.actor?.userId ?? null,
      actorEmail: input.actor?.email ?? input.actorEmail ?? null,
      action: input.action,
      entityType: input.entityType ?? null,
      entityId: input.entityId ?? null,
      provinceId: input.place?.provinceId ?? null,
      organisationId: input.place?.organisationId ?? null,
      before: redact(input.before),
      after: redact(input.after),
      ip: input.ip || request?.ip || null,
      requestId: request?.requestId ?? null,
    },
  });
}
