import "server-only";
import { db as appDb } from "../db/client";
import type { DbClient } from "../db/prisma";
import { migrationNames } from "../db/migration-files";

export type Readiness = { ready: true } | { ready: false; reason: "database-unreachable" | "migrations-pending"; pending?: number };

const TIMEOUT_MS = 3_000;

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS).unref())]);
}

/** Ready = the database answers and has applied every migration this build ships. */
export async function checkReadiness(db: DbClient = appDb): Promise<Readiness> {
  let applied: Set<string>;
  try {
    const [table] = await withTimeout(db.$queryRaw<{ present: boolean }[]>`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present`);
    const rows = table?.present
      ? await withTimeout(
          db.$queryRaw<{ name: string }[]>`SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        )
      : [];
    applied = new Set(rows.map((r) => r.name));
  } catch {
    return { ready: false, reason: "database-unreachable" };
  }
  const pending = migrationNames().filter((n) => !applied.has(n)).length;
  return pending === 0 ? { ready: true } : { ready: false, reason: "migrations-pending", pending };
}
