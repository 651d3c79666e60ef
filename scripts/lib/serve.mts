// What `npm start`, `npm run demo` and the install bundle share: configuration checked, the
// database resolved (external or embedded) and migrated, then the HTTP server: in this process, or
// in WEB_CONCURRENCY worker processes (default: one per core) sharing the port.
import "./source-maps-off.mts";
import cluster from "node:cluster";
import { existsSync } from "node:fs";
import path from "node:path";
import { ConfigError, type Env, parseEnv } from "../../lib/config";
import { parseDatabaseUrl } from "../../lib/db/connection";
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

function checkBuild(dir: string): boolean {
  if (existsSync(path.join(dir, ".next", "BUILD_ID"))) return true;
  console.error("no production build: run `npm run build` first");
  return false;
}

const serverOptions = (env: Env, dir: string) => ({
  dir,
  port: env.PORT,
  hostname: env.LISTEN_HOST,
  trustProxy: env.TRUST_PROXY,
  trustedProxyHops: env.TRUSTED_PROXY_HOPS,
  shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
});

/** `workers`: the processes to serve with; workers re-run the entry script, so only `npm start` (and the bundle's start.sh) has more than one. */
export async function serve(env: Env, db: ResolvedDatabase, dir = process.cwd(), workers = 1): Promise<void> {
  if (!checkBuild(dir)) {
    await db.release();
    process.exit(1);
  }
  // The Next.js modules in this process (and the workers) read their settings from the environment.
  process.env.DATABASE_URL = db.url;
  if (workers > 1) return supervise(workers, env, db);
  const server = await startHttpServer({ ...serverOptions(env, dir), database: db.connection, onStopped: db.release });
  stopOnSignals(server.stop);
}

/** A worker process: the server on the shared port, with the database the primary migrated. */
export async function serveWorker(env: Env, dir = process.cwd()): Promise<void> {
  const server = await startHttpServer({ ...serverOptions(env, dir), database: parseDatabaseUrl(process.env.DATABASE_URL!) });
  stopOnSignals(server.stop);
}

/**
 * The primary process: forks the workers, replaces one that dies, and on SIGTERM/SIGINT asks every
 * worker to stop gracefully (each finishes its in-flight requests), then stops the database.
 */
function supervise(count: number, env: Env, db: ResolvedDatabase): void {
  let stopping = false;
  // V8 grows a heap lazily towards a limit set from the machine's memory (gigabytes here): a
  // worker whose live data is ~100 MB reached 670-810 MB under load. A limit makes it collect
  // sooner; 320 MB holds the largest import (20,000 rows) and the 10,000-row exports.
  cluster.setupPrimary({ execArgv: [...process.execArgv, `--max-old-space-size=${env.WORKER_HEAP_MB}`] });
  const fork = () => {
    const worker = cluster.fork({ DATABASE_URL: db.url });
    logger.info({ worker: worker.process.pid }, "worker started");
  };
  for (let i = 0; i < count; i++) fork();
  logger.info({ workers: count, poolPerWorker: env.DATABASE_POOL_SIZE }, "serving with worker processes");
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    logger.warn({ pid: worker.process.pid, code, signal }, "a worker stopped: starting another");
    // A worker that dies at once (a broken build, a taken port) is not restarted in a tight loop.
    setTimeout(() => !stopping && fork(), 1000);
  });
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const running = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
    logger.info({ signal, workers: running.length }, "shutting down the workers");
    const exited = running.map((w) => new Promise<void>((resolve) => (w.isDead() ? resolve() : w.once("exit", () => resolve()))));
    for (const w of running) w.process.kill("SIGTERM");
    const deadline = new Promise<void>((resolve) => setTimeout(resolve, env.SHUTDOWN_TIMEOUT_MS + 5000).unref());
    await Promise.race([Promise.all(exited), deadline]);
    for (const w of running) if (!w.isDead()) w.process.kill("SIGKILL");
    await db.release();
    logger.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}
