import pg from "pg";
import { describe, expect, it } from "vitest";
import { createDatabase, dropDatabase } from "@/lib/db/admin";
import { parseDatabaseUrl, withDatabase } from "@/lib/db/connection";
import { applyMigrations, migrationNames, pendingMigrations, schemaDrift } from "@/lib/db/migrations";

const server = parseDatabaseUrl(process.env.DATABASE_URL!);

describe("migrations", () => {
  it("take an empty database to exactly the schema in prisma/schema, and apply once", async () => {
    const fresh = withDatabase(server, `cp_test_fresh_${Date.now().toString(36)}`);
    await createDatabase(fresh);
    try {
      expect(await pendingMigrations(fresh)).toEqual(migrationNames());
      const applied = await applyMigrations(fresh);
      expect(applied).toEqual(migrationNames());
      expect(applied.length).toBeGreaterThan(0);
      expect(await schemaDrift(fresh)).toBe("");
      expect(await applyMigrations(fresh)).toEqual([]);
      expect(await pendingMigrations(fresh)).toEqual([]);
    } finally {
      await dropDatabase(fresh);
    }
  });

  it("detect drift: a database missing a column does not match", async () => {
    const fresh = withDatabase(server, `cp_test_drift_${Date.now().toString(36)}`);
    await createDatabase(fresh);
    try {
      await applyMigrations(fresh);
      const client = new pg.Client(fresh);
      await client.connect();
      await client.query('ALTER TABLE "congress" DROP COLUMN "venue"');
      await client.end();
      expect(await schemaDrift(fresh)).toMatch(/ADD COLUMN\s+"venue"/);
    } finally {
      await dropDatabase(fresh);
    }
  });

  it("record applied migrations in Prisma's own table", async () => {
    const client = new pg.Client(server);
    await client.connect();
    try {
      const rows = await client.query("SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name");
      expect(rows.rows.map((r) => r.migration_name)).toEqual(migrationNames());
      for (const r of rows.rows) {
        expect(r.checksum).toMatch(/^[0-9a-f]{64}$/);
        expect(r.finished_at).not.toBeNull();
      }
    } finally {
      await client.end();
    }
  });
});

describe("the audit table is append-only in the database itself", () => {
  it("refuses UPDATE, DELETE and TRUNCATE from the application's role", async () => {
    const client = new pg.Client(server);
    await client.connect();
    try {
      const inserted = await client.query("INSERT INTO audit_entry (action) VALUES ('test.append-only') RETURNING id");
      const id = inserted.rows[0].id;
      await expect(client.query("UPDATE audit_entry SET action = 'changed' WHERE id = $1", [id])).rejects.toThrow(/append-only/);
      await expect(client.query("DELETE FROM audit_entry WHERE id = $1", [id])).rejects.toThrow(/append-only/);
      await expect(client.query("TRUNCATE audit_entry")).rejects.toThrow(/append-only/);
      const still = await client.query("SELECT action FROM audit_entry WHERE id = $1", [id]);
      expect(still.rows[0].action).toBe("test.append-only");
    } finally {
      await client.end();
    }
  });
});
