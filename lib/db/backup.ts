// Backups in PostgreSQL's custom format through Debian's pg_dump/pg_restore (version 15, the
// embedded server's major version: pg_dump refuses to dump a newer server).
import { spawnSync } from "node:child_process";
import pg from "pg";
import type { PgConnection } from "./connection";

function clientEnv(c: PgConnection): NodeJS.ProcessEnv {
  return { ...process.env, PGHOST: c.host, PGPORT: String(c.port), PGUSER: c.user, PGPASSWORD: c.password, PGDATABASE: c.database };
}

function run(tool: string, args: string[], c: PgConnection): void {
  const r = spawnSync(tool, args, { env: clientEnv(c), encoding: "utf8" });
  if (r.error) throw new Error(`${tool} not found: install Debian's postgresql-client (apt-get install -y postgresql-client)`);
  if (r.status !== 0) throw new Error(`${tool} failed: ${r.stderr.trim()}`);
}

export function dumpDatabase(c: PgConnection, file: string): void {
  run(process.env.PG_DUMP ?? "pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`], c);
}

/** Restores into `c`, which must be empty (a restore never merges into live data). */
export async function restoreDatabase(c: PgConnection, file: string): Promise<void> {
  const client = new pg.Client(c);
  await client.connect();
  try {
    const r = await client.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'");
    if (r.rows[0].n > 0) throw new Error(`database ${c.database} is not empty: restore into an empty database (--database NEW_NAME creates one)`);
  } finally {
    await client.end();
  }
  run(process.env.PG_RESTORE ?? "pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${c.database}`, file], c);
}
