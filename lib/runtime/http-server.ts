// The production HTTP server: Next.js's request handler inside a plain Node server, so that every
// request gets an id and one structured log line, and SIGTERM shuts down gracefully: stop
// accepting, let in-flight requests finish, close the database pool, then run `onStopped`.
import { clientAddress } from "../security/client-address";
import { actionBodyRefusal, uploadActionIds } from "./action-body-limit";
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import path from "node:path";
import next from "next";
import type { PgConnection } from "../db/connection";
import { logger } from "../logger";
import { type DatabaseMonitor, watchDatabase } from "./db-monitor";
import { type RequestContext, runWithRequestContext } from "./request-context";
import { answerUnavailable, servableWithoutDatabase } from "./unavailable";

export type ServerOptions = {
  dir: string;
  port: number;
  hostname: string;
  /** The database to watch: while it is unreachable, requests get a friendly 503 at once. */
  database?: PgConnection;
  /** Take the client address from X-Forwarded-For (set by a trusted reverse proxy). */
  trustProxy?: boolean;
  /** Trusted proxies in front of the app (their entries, from the right of X-Forwarded-For). */
  trustedProxyHops?: number;
  /** Next.js in development mode (`npm run dev`): compiled on demand, no build to read. */
  dev?: boolean;
  /** Runs after the server has stopped and the pool is closed (e.g. stop the embedded database). */
  onStopped?: () => Promise<void>;
  shutdownTimeoutMs?: number;
};

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * The config the build was made with, as the build recorded it: the server then runs exactly
 * that, and the install bundle (which has no next.config.js) works the same way.
 */
function builtConfig(dir: string) {
  const file = path.join(dir, ".next", "required-server-files.json");
  if (!existsSync(file)) return undefined;
  const config = (JSON.parse(readFileSync(file, "utf8")) as { config: Record<string, unknown> }).config;
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
  return config;
}

export async function startHttpServer(options: ServerOptions): Promise<{ stop: (reason: string) => Promise<void> }> {
  const conf = options.dev ? undefined : builtConfig(options.dir);
  const app = next({ dev: options.dev ?? false, dir: options.dir, hostname: options.hostname, port: options.port, ...(conf ? { conf } : {}) });
  await app.prepare();
  const handle = app.getRequestHandler();
  const active = new Set<ServerResponse>();
  const uploads = uploadActionIds(options.dir);
  let stopping = false;
  const monitor: DatabaseMonitor | undefined = options.database ? watchDatabase(options.database) : undefined;

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const given = req.headers["x-request-id"];
    // The app sees one address, the client's as lib/security/client-address.ts decides it: what
    // the client wrote into X-Forwarded-For never reaches rate limits or the audit.
    const ip = clientAddress(req.headers["x-forwarded-for"], req.socket.remoteAddress, { trustProxy: options.trustProxy ?? false, hops: options.trustedProxyHops ?? 1 });
    req.headers["x-forwarded-for"] = ip ?? "";
    const route = (req.url ?? "/").split("?")[0];
    const context: RequestContext = { requestId: typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID(), ip, path: route };
    res.setHeader("x-request-id", context.requestId);
    if (stopping) res.shouldKeepAlive = false;
    const started = process.hrtime.bigint();
    active.add(res);
    res.once("close", () => {
      active.delete(res);
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      const line = { requestId: context.requestId, userId: context.userId, method: req.method, route, status: res.statusCode, durationMs: Math.round(durationMs * 10) / 10 };
      if (res.statusCode >= 500) {
        logger.error(line, "request");
        monitor?.probeNow();
      } else logger.info(line, "request");
    });
    if (monitor && !monitor.isUp() && !servableWithoutDatabase(req.url)) {
      answerUnavailable(req, res);
      return;
    }
    // Not in development: there the upload action's id is not in a build's manifest yet.
    const refused = req.method === "POST" && !options.dev ? actionBodyRefusal(req.headers, uploads, req.url) : null;
    if (refused) {
      res.writeHead(refused, { "content-type": "text/plain; charset=utf-8", connection: "close" });
      res.end(refused === 413 ? "Request body too large.\n" : "Length required.\n");
      return;
    }
    runWithRequestContext(context, () => {
      handle(req, res).catch((error: unknown) => {
        logger.error({ err: error }, "unhandled error in request");
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
    });
  });
  server.keepAliveTimeout = 65_000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.hostname, () => resolve());
  });
  logger.info({ port: options.port, hostname: options.hostname }, "listening");

  const stop = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason, inFlight: active.size }, "shutting down: no new connections, finishing in-flight requests");
    server.close();
    server.closeIdleConnections();
    for (const res of active) if (!res.headersSent) res.shouldKeepAlive = false;
    const deadline = Date.now() + (options.shutdownTimeoutMs ?? 25_000);
    while (active.size > 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      server.closeIdleConnections();
    }
    if (active.size > 0) logger.warn({ abandoned: active.size }, "shutdown timeout: closing remaining connections");
    server.closeAllConnections();
    await monitor?.stop();
    const db = (globalThis as unknown as { __congressDb?: { $disconnect: () => Promise<void> } }).__congressDb;
    await db?.$disconnect().catch(() => {});
    await options.onStopped?.();
    logger.info("stopped");
  };
  return { stop };
}

/**
 * Wires SIGINT/SIGTERM to a graceful stop, then exits. A second signal while stopping (systemd
 * signals every process of the service, and a primary forwards it to its workers) changes nothing:
 * the shutdown timeout bounds the wait.
 */
export function stopOnSignals(stop: (reason: string) => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    void stop(signal).finally(() => process.exit(0));
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}
