import "server-only";
import { type PgConnection, parseDatabaseUrl } from "./connection";
import type pg from "pg";
import { type DbClient, createPrismaClient, pgPoolOf } from "./prisma";
import { env } from "../config";

// One client per process. Created on first use, not at import, so `next build` can load modules
// without a database; kept on globalThis so dev-mode reloads do not open new pools.
const holder = globalThis as unknown as { __congressDb?: DbClient };

function connection(): PgConnection {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start` or `npm run demo`");
  return parseDatabaseUrl(url);
}

export function getDb(): DbClient {
  holder.__congressDb ??= createPrismaClient(connection(), env().DATABASE_POOL_SIZE);
  return holder.__congressDb;
}

/** The pool under `db`: only for what Prisma cannot do (streaming COPY out). */
export function getPool(): pg.Pool {
  return pgPoolOf(getDb());
}

export const db: DbClient = new Proxy({} as DbClient, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
