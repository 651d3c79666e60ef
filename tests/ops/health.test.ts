import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDatabaseUrl } from "@/lib/db/connection";
import { createPrismaClient } from "@/lib/db/prisma";
import { migrationNames } from "@/lib/db/migration-files";
import { checkReadiness } from "@/lib/ops/readiness";
import { type AppServer, startAppServer } from "../support/app-server";
import { freshDatabase } from "./support";

let db: Awaited<ReturnType<typeof freshDatabase>>;
let server: AppServer;

beforeAll(async () => {
  db = await freshDatabase("health");
  server = await startAppServer({ databaseUrl: db.url });
});
afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

describe("health and readiness", () => {
  it("/api/health answers without touching the database and tells nothing else", async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
    expect(res.headers.get("x-powered-by")).toBeNull();
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("/api/ready is 200 when the database answers and every migration is applied", async () => {
    const res = await fetch(`${server.url}/api/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ready" });
  });

  it("/api/ready is 503 with a reason when a migration is missing, and ready again once it is back", async () => {
    const client = new pg.Client(db.connection);
    await client.connect();
    const last = migrationNames().at(-1)!;
    const saved = await client.query("SELECT * FROM _prisma_migrations WHERE migration_name = $1", [last]);
    await client.query("DELETE FROM _prisma_migrations WHERE migration_name = $1", [last]);
    try {
      const res = await fetch(`${server.url}/api/ready`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: "unavailable", reason: "migrations-pending", pending: 1 });
    } finally {
      const row = saved.rows[0];
      await client.query(
        "INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)",
        [row.id, row.checksum, row.finished_at, row.migration_name, row.logs, row.rolled_back_at, row.started_at, row.applied_steps_count],
      );
      await client.end();
    }
    expect((await fetch(`${server.url}/api/ready`)).status).toBe(200);
  });

  it("readiness reports an unreachable database without waiting forever", async () => {
    const dead = createPrismaClient({ ...parseDatabaseUrl(db.url), port: 1 }, 1);
    const started = Date.now();
    expect(await checkReadiness(dead)).toEqual({ ready: false, reason: "database-unreachable" });
    expect(Date.now() - started).toBeLessThan(6_000);
    await dead.$disconnect();
  });

  it("every response carries a request id, echoing a well-formed one from the caller", async () => {
    const res = await fetch(`${server.url}/api/health`, { headers: { "x-request-id": "lb-1234.abc" } });
    expect(res.headers.get("x-request-id")).toBe("lb-1234.abc");
    const generated = await fetch(`${server.url}/api/health`, { headers: { "x-request-id": "bad id with spaces" } });
    expect(generated.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});
