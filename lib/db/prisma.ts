import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import type { PgConnection } from "./connection";

export type DbClient = PrismaClient;

export const DEFAULT_POOL_SIZE = 10;

/** Called once per SQL statement Prisma sends (tests count a page's statements with it). */
export type QueryListener = (event: { query: string; duration: number }) => void;

/** One pool per process; see README "Database" for why the default size is 10. */
export function createPrismaClient(connection: PgConnection, poolSize = DEFAULT_POOL_SIZE, options: { onQuery?: QueryListener } = {}): PrismaClient {
  const adapter = new PrismaPg({
    ...connection,
    max: poolSize,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  });
  // Prisma's defaults (2 s to get a connection, 5 s per interactive transaction) abort sound work
  // on a busy 2-core server; an import of 10,000 rows is one transaction by design.
  const transactionOptions = { maxWait: 10_000, timeout: 30_000 };
  if (!options.onQuery) return new PrismaClient({ adapter, transactionOptions });
  const client = new PrismaClient({ adapter, transactionOptions, log: [{ emit: "event", level: "query" }] });
  client.$on("query", (e) => options.onQuery!({ query: e.query, duration: e.duration }));
  return client as unknown as PrismaClient;
}
