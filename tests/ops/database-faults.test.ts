import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDatabase } from "@/lib/db/admin";
import { formatDatabaseUrl } from "@/lib/db/connection";
import { type EmbeddedServer, startEmbeddedPostgres } from "@/lib/db/embedded-server";
import { createPrismaClient } from "@/lib/db/prisma";
import { createOrganisation, createProvince, createUser, type TestOrganisation, type TestUser } from "@/prisma/seed/factories";
import { type AppServer, startAppServer } from "../support/app-server";
import { signInByHttp } from "../support/http-sign-in";

// A PostgreSQL of its own, so stopping it harms no other test.
const dir = mkdtempSync(path.join(tmpdir(), "cp-faults-"));
let pgServer: EmbeddedServer;
let app: AppServer;
let user: TestUser;
let organisation: TestOrganisation;

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

beforeAll(async () => {
  pgServer = await startEmbeddedPostgres(path.join(dir, "pg"), "faults");
  await ensureDatabase(pgServer.connection);
  app = await startAppServer({ databaseUrl: formatDatabaseUrl(pgServer.connection) });
  const db = createPrismaClient(pgServer.connection, 1);
  organisation = await createOrganisation(db, await createProvince(db));
  user = await createUser(db, "VIEWER", organisation.id);
  await db.$disconnect();
});
afterAll(async () => {
  await app?.stop("SIGKILL");
  await pgServer?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("PostgreSQL stopping while the app runs", () => {
  it("answers a friendly 503, keeps running, and serves again by itself once PostgreSQL is back", async () => {
    const { cookie } = await signInByHttp(app.url, user.email, user.password);
    const page = () => fetch(`${app.url}/organisations/${organisation.id}`, { headers: { cookie } });
    expect((await page()).status).toBe(200);

    await pgServer.stop();
    expect(await until(async () => (await page()).status === 503, 15_000)).toBe(true);
    const down = await page();
    expect(down.headers.get("retry-after")).toBe("15");
    expect(await down.text()).toContain("Hệ thống tạm thời gián đoạn");
    expect((await fetch(`${app.url}/api/health`)).status).toBe(200);
    const ready = await fetch(`${app.url}/api/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: "unavailable", reason: "database-unreachable" });
    expect(app.process.exitCode).toBeNull();

    pgServer = await startEmbeddedPostgres(path.join(dir, "pg"), "faults", { port: pgServer.connection.port });
    expect(await until(async () => (await page()).status === 200, 20_000)).toBe(true);
    expect(await (await page()).text()).toContain(organisation.name);
    expect(app.process.exitCode).toBeNull();
    expect(app.output()).toMatch(/"msg":"database unreachable: answering 503 until it is back"/);
    expect(app.output()).toMatch(/"msg":"database reachable again: serving"/);
  });
});
