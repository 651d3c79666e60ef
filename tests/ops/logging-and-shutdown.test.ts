import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/prisma";
import { createOrganisation, createProvince, createUser, type TestUser } from "@/prisma/seed/factories";
import { type AppServer, startAppServer } from "../support/app-server";
import { signInByHttp } from "../support/http-sign-in";
import { freshDatabase, logLines } from "./support";

let db: Awaited<ReturnType<typeof freshDatabase>>;
let server: AppServer;
let user: TestUser;

beforeAll(async () => {
  db = await freshDatabase("logs");
  server = await startAppServer({ databaseUrl: db.url, env: { LOG_LEVEL: "info" } });
  const client = createPrismaClient(db.connection, 1);
  const organisation = await createOrganisation(client, await createProvince(client));
  user = await createUser(client, "ORGANIZER", organisation.id);
  await client.$disconnect();
});
afterAll(async () => {
  await server?.stop("SIGKILL");
  await db?.drop();
});

describe("structured logs", () => {
  it("write one JSON line per request with id, user, route, status and duration — and no secrets or search terms", async () => {
    const { cookie } = await signInByHttp(server.url, user.email, user.password);
    const res = await fetch(`${server.url}/settings?q=${encodeURIComponent("Nguyễn Văn Đức")}`, { headers: { cookie, "x-request-id": "req-logs-1" } });
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    const lines = logLines(server.output());
    const line = lines.find((l) => l.requestId === "req-logs-1" && l.msg === "request");
    expect(line).toMatchObject({ level: 30, method: "GET", route: "/settings", status: 200, userId: user.id });
    expect(typeof line!.durationMs).toBe("number");
    const signIn = lines.find((l) => l.route === "/api/auth/callback/credentials");
    expect(signIn).toMatchObject({ method: "POST", status: 302 });
    const raw = server.output();
    expect(raw).not.toContain(user.password);
    expect(raw).not.toContain("Nguy");
    expect(raw).not.toContain(cookie.split("authjs.session-token=")[1]!.slice(0, 40));
  });
});

describe("graceful shutdown on SIGTERM", () => {
  it("stops accepting, finishes the request in flight, closes the pool and exits 0", async () => {
    // A request whose body is still arriving when SIGTERM comes.
    const body = new URLSearchParams({ email: user.email, password: "x".repeat(40) }).toString();
    const socket = connect(server.port, "127.0.0.1");
    await new Promise((r) => socket.once("connect", r));
    let response = "";
    socket.on("data", (d) => (response += d.toString()));
    const closed = new Promise((r) => socket.once("close", r));
    socket.write(
      `POST /api/auth/callback/credentials HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 10)}`,
    );
    await new Promise((r) => setTimeout(r, 300));
    const exited = server.stop("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    // No new connections once shutting down.
    const refused = await new Promise<boolean>((resolve) => {
      const probe = connect(server.port, "127.0.0.1");
      probe.once("connect", () => (probe.destroy(), resolve(false)));
      probe.once("error", () => resolve(true));
    });
    expect(refused).toBe(true);
    socket.write(body.slice(10));
    await closed;
    expect(response).toMatch(/^HTTP\/1\.1 (302|303|400|403) /);
    expect(await exited).toBe(0);
    const out = server.output();
    expect(out).toMatch(/"msg":"shutting down: no new connections, finishing in-flight requests"/);
    expect(out).toMatch(/"inFlight":1/);
    expect(out).toMatch(/"msg":"stopped"/);
  });
});
