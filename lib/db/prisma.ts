import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import type { PgConnection } from "./connection";

export type DbClient = PrismaClient;

export const DEFAULT_POOL_SIZE = 10;

/** One pool per process; see README "Database" for why the default size is 10. */
export function createPrismaClient(connection: PgConnection, poolSize = DEFAULT_POOL_SIZE): PrismaClient {
  const adapter = new PrismaPg({
    ...connection,
    max: poolSize,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter });
}
