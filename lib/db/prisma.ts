import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client";
import type { PgConnection } from "./connection";

export type DbClient = PrismaClient;

export const DEFAULT_POOL_SIZE = 10;

/** Called once per SQL statement Prisma sends (tests count a page's statements with it). */
export type QueryListener = (event: { query: string; duration: number }) => void;

// The pool travels on the client under a registered symbol, not in a module-level map: Next.js
// bundles this module once per route, and a client made by one route's copy is used by all.
const POOL = Symbol.for("congress-planner.pg-pool");
type WithPool = { [POOL]?: pg.Pool };

/** The `pg` pool under a client, for what Prisma cannot do: streaming COPY out (lib/delegates/export-csv.ts). */
export function pgPoolOf(client: PrismaClient): pg.Pool {
  const pool = (client as unknown as WithPool)[POOL];
  if (!pool) throw new Error("not a client made by createPrismaClient");
  return pool;
}

function withPool<T extends object>(client: T, pool: pg.Pool): T {
  Object.defineProperty(client, POOL, { value: pool });
  return client;
}

/** One pool per process; see docs/operations.md "Database" for why the default size is 10. */
export function createPrismaClient(connection: PgConnection, poolSize = DEFAULT_POOL_SIZE, options: { onQuery?: QueryListener } = {}): PrismaClient {
  const pool = new pg.Pool({ ...connection, max: poolSize, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 30_000 });
  // $disconnect ends the pool too.
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  // Prisma's defaults (2 s to get a connection, 5 s per interactive transaction) abort sound work
  // on a busy 2-core server; an import of 10,000 rows is one transaction by design.
  const transactionOptions = { maxWait: 10_000, timeout: 30_000 };
  if (!options.onQuery) return withPool(new PrismaClient({ adapter, transactionOptions }), pool);
  const client = new PrismaClient({ adapter, transactionOptions, log: [{ emit: "event", level: "query" }] });
  client.$on("query", (e) => options.onQuery!({ query: e.query, duration: e.duration }));
  return withPool(client as unknown as PrismaClient, pool);
}
