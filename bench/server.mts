// The production server exactly as `npm start` runs it (scripts/lib/serve.mts), plus one thing
// for the benchmark: the SQL that a request sends to PostgreSQL is written down when the request
// carries an X-Request-Id starting with "bench-capture-", so bench/run.mts can replay the same
// statements through `pg` alone. Run as `node --import tsx bench/server.mts`; with
// BENCH_WORKERS > 1 it forks workers as `npm start` does (each re-runs this file, so each
// captures), and the benchmark samples the CPU and memory of every process of the tree.
import cluster from "node:cluster";
import { appendFileSync } from "node:fs";
import pg from "pg";
import { requestContext } from "../lib/runtime/request-context";
import { configOrExit, migratedDatabase, serve, serveWorker } from "../scripts/lib/serve.mts";

const captureFile = process.env.BENCH_CAPTURE_FILE;
if (captureFile) {
  // Prisma's pg adapter and the app's route bundles use this same `pg` (a server external
  // package), so wrapping Client#query sees every statement with its exact values and timing.
  const query = pg.Client.prototype.query as (this: pg.Client, ...args: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const requestId = requestContext()?.requestId;
    if (!requestId?.startsWith("bench-capture-")) return query.apply(this, args);
    const config = args[0] as { text?: string; values?: unknown[] } | string;
    const text = typeof config === "string" ? config : config.text;
    const values = (Array.isArray(args[1]) ? args[1] : typeof config === "string" ? [] : (config.values ?? [])) as unknown[];
    // Buffers (bytea) as PostgreSQL's hex text; JSON.stringify would have made them objects.
    const plain = values.map((v) => (Buffer.isBuffer(v) ? `\\x${v.toString("hex")}` : v));
    const start = performance.now();
    const record = (ok: boolean) => appendFileSync(captureFile, `${JSON.stringify({ requestId, text, values: plain, start, end: performance.now(), ok })}\n`);
    // pg-pool calls query with a callback; Prisma's transactions call it for a promise.
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (error: unknown, ...rest: unknown[]) => {
        record(!error);
        return (last as (...a: unknown[]) => unknown)(error, ...rest);
      };
      return query.apply(this, args);
    }
    const result = query.apply(this, args);
    if (result instanceof Promise) result.then(() => record(true), () => record(false));
    return result;
  } as typeof pg.Client.prototype.query;
}

(process.env as Record<string, string>).NODE_ENV = "production";
const env = configOrExit();
if (!env.AUTH_SECRET) {
  console.error("AUTH_SECRET is required");
  process.exit(1);
}
if (cluster.isWorker) await serveWorker(env);
else await serve(env, await migratedDatabase(), process.cwd(), Number(process.env.BENCH_WORKERS ?? 1));
