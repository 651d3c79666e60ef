import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { dropDatabase } from "@/lib/db/admin";
import { type PgConnection, withDatabase } from "@/lib/db/connection";
import { applyMigrations } from "@/lib/db/migrations";
import { createPrismaClient } from "@/lib/db/prisma";
import { seedDemo } from "@/prisma/seed/demo";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-data";
import { freshDatabase } from "./support";

const root = path.resolve(import.meta.dirname, "../..");
const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

/** Row count and an order-independent checksum of every table, the audit and migrations included. */
async function fingerprint(c: PgConnection): Promise<Record<string, { rows: number; md5: string }>> {
  const client = new pg.Client(c);
  await client.connect();
  try {
    const tables = (await client.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")).rows.map((r) => r.tablename as string);
    const out: Record<string, { rows: number; md5: string }> = {};
    for (const t of tables) {
      const r = await client.query(`SELECT count(*)::int AS rows, coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS md5 FROM "${t}" x`);
      out[t] = r.rows[0];
    }
    return out;
  } finally {
    await client.end();
  }
}

const npm = (args: string[], env: Record<string, string>) => spawnSync("npm", ["run", "--silent", ...args], { cwd: root, env: { ...process.env, ...env }, encoding: "utf8" });

describe("backups", () => {
  it("db:backup writes a custom-format dump that db:restore brings back identical", async () => {
    const source = await freshDatabase("backup");
    cleanups.push(source.drop);
    await applyMigrations(source.connection);
    const db = createPrismaClient(source.connection, 1);
    await seedDemo(db, Object.fromEntries(DEMO_ACCOUNTS.map((a) => [a.email, "backup-test-password"])));
    await db.$disconnect();
    const before = await fingerprint(source.connection);
    expect(before.unit!.rows).toBeGreaterThan(200);

    const backup = npm(["db:backup"], { DATABASE_URL: source.url, BACKUP_DIR: path.join(root, ".data", "test-results", "backups") });
    expect(backup.status, backup.stderr).toBe(0);
    const file = backup.stdout.trim();
    cleanups.push(() => rmSync(file, { force: true }));
    expect(file).toMatch(/congress-planner-\d{8}-\d{6}\.dump$/);
    expect(existsSync(file)).toBe(true);
    const header = spawnSync("pg_restore", ["--list", file], { encoding: "utf8" });
    expect(header.stdout).toMatch(/Format: CUSTOM/);

    const restoredName = `cp_test_restored_${Date.now().toString(36)}`;
    cleanups.push(() => dropDatabase(withDatabase(source.connection, restoredName)));
    const restore = npm(["db:restore", "--", file, "--database", restoredName], { DATABASE_URL: source.url });
    expect(restore.status, restore.stderr).toBe(0);
    expect(await fingerprint(withDatabase(source.connection, restoredName))).toEqual(before);

    // A restore never merges into a database that has data.
    const refused = npm(["db:restore", "--", file], { DATABASE_URL: source.url });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/is not empty/);
  });
});
