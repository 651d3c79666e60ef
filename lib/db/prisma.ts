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
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  if (!options.onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  client.$on("query", (e) => options.onQuery!({ query: e.query, duration: e.duration }));
  return client as unknown as PrismaClient;
}
