// Database-level chores run from scripts and tests: create, drop, check existence.
import pg from "pg";
import { type PgConnection, withDatabase } from "./connection";

async function onMaintenanceDb<T>(c: PgConnection, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(withDatabase(c, "postgres"));
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function databaseExists(c: PgConnection): Promise<boolean> {
  return onMaintenanceDb(c, async (client) => {
    const r = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [c.database]);
    return r.rowCount === 1;
  });
}

export async function createDatabase(c: PgConnection): Promise<void> {
  await onMaintenanceDb(c, async (client) => {
    // template0 so the database gets UTF8 whatever template1 says.
    await client.query(`CREATE DATABASE ${quoteIdent(c.database)} TEMPLATE template0 ENCODING 'UTF8'`);
  });
}

export async function ensureDatabase(c: PgConnection): Promise<boolean> {
  if (await databaseExists(c)) return false;
  await createDatabase(c);
  return true;
}

export async function dropDatabase(c: PgConnection): Promise<void> {
  await onMaintenanceDb(c, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(c.database)} WITH (FORCE)`);
  });
}
