import "server-only";
import type { Actor, Place } from "../auth/access";
import { recordAudit } from "../audit/record";
import { VersionConflictError } from "../errors";
import type { Prisma } from "../generated/prisma/client";

// What every write shares: the transaction type, who is writing under which name, and the
// optimistic version check.

export type Tx = Prisma.TransactionClient;

/**
 * Who changes what: the actor, their address, and the name of the change — the registered name
 * of the server action (or CLI command, import) that makes it, which is also its audit name.
 */
export type MutationContext = { actor: Pick<Actor, "userId" | "email">; ip: string | null; action: string };

/** Increments the version column in an update's data. */
export const nextVersion = { version: { increment: 1 } } as const;

/**
 * Writes (updateMany or deleteMany) the row only if it still has the version the caller loaded;
 * otherwise someone saved it since, and the conflict carries the current values.
 */
export async function updateVersioned(
  write: (where: { id: string; version: number }) => Promise<{ count: number }>,
  key: { id: string; version: number },
  current: unknown | (() => Promise<unknown>),
): Promise<void> {
  // Only the two columns: a caller's input object may carry more fields than the where should.
  const { count } = await write({ id: key.id, version: key.version });
  if (count === 0) throw new VersionConflictError(typeof current === "function" ? await (current as () => Promise<unknown>)() : current);
}

type Change = { entityType: string; entityId: string; place?: Place; before?: unknown; after?: unknown };

/** The audit entry of a change, under the context's action name. */
export function auditChange(tx: Tx, ctx: MutationContext, change: Change): Promise<void> {
  return recordAudit(tx, { actor: ctx.actor, ip: ctx.ip, action: ctx.action, ...change });
}
