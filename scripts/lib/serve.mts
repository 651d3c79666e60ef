// What `npm start`, `npm run demo` and the install bundle share: configuration checked, the
// database resolved (external or embedded) and migrated, then the HTTP server in this process.
import { existsSync } from "node:fs";
import path from "node:path";
import { ConfigError, type Env, parseEnv } from "../../lib/config";
import { applyMigrations } from "../../lib/db/migrations";
import { type ResolvedDatabase, resolveDatabase } from "../../lib/db/resolve";
import { logger } from "../../lib/logger";
import { startHttpServer, stopOnSignals } from "../../lib/runtime/http-server";

export function configOrExit(): Env {
  try {
    return parseEnv();
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : String(error));
    process.exit(1);
  }
}

export async function migratedDatabase(): Promise<ResolvedDatabase> {
  const db = await resolveDatabase({ log: (line) => logger.info(line) });
  try {
    const started = Date.now();
    const applied = await applyMigrations(db.connection);
    logger.info({ applied, ms: Date.now() - started }, applied.length ? "migrations applied" : "database schema is up to date");
  } catch (error) {
    logger.fatal({ err: error }, "migration failed");
    await db.release();
    process.exit(1);
  }
  return db;
}

export async function serve(env: Env, db: ResolvedDatabase, dir = process.cwd()): Promise<void> {
  if (!existsSync(path.join(dir, ".next", "BUILD_ID"))) {
    console.error("no production build: run `npm run build` first");
    await db.release();
    process.exit(1);
  }
  // The Next.js modules in this process read their settings from the environment.
  process.env.DATABASE_URL = db.url;
  const server = await startHttpServer({
    dir,
    port: env.PORT,
    hostname: env.LISTEN_HOST,
    database: db.connection,
    trustProxy: env.TRUST_PROXY,
    trustedProxyHops: env.TRUSTED_PROXY_HOPS,
    onStopped: db.release,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
  });
  stopOnSignals(server.stop);
}
