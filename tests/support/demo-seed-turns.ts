import pg from "pg";
import { afterEach, beforeEach } from "vitest";
import { parseDatabaseUrl } from "@/lib/db/connection";

/**
 * The demo seed is idempotent but not meant to run twice at the same moment (it looks a record up,
 * then creates it). Test files that seed the demo on the shared test database take turns: each
 * test holds a PostgreSQL advisory lock while it runs.
 */
export function takeTurnsWithTheDemoSeed() {
  let client: pg.Client | null = null;
  beforeEach(async () => {
    client = new pg.Client(parseDatabaseUrl(process.env.DATABASE_URL!));
    await client.connect();
    await client.query("SELECT pg_advisory_lock(hashtext('tests:demo-seed'))");
  }, 180_000);
  afterEach(async () => {
    await client?.query("SELECT pg_advisory_unlock(hashtext('tests:demo-seed'))");
    await client?.end();
    client = null;
  });
}
