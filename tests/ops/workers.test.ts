import { readFileSync } from "node:fs";
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startAppServer } from "../support/app-server";
import { freshDatabase } from "./support";

// `npm start` serves with one worker process per core (WEB_CONCURRENCY): a worker that dies is
// replaced while the others answer, and SIGTERM stops them all after their in-flight requests.
let db: Awaited<ReturnType<typeof freshDatabase>>;
let server: AppServer;

const workersStarted = () =>
  server
    .output()
    .split("\n")
    .filter((l) => l.includes('"msg":"worker started"'))
    .map((l) => (JSON.parse(l) as { worker: number }).worker);

async function waitFor(what: string, condition: () => boolean | Promise<boolean>, ms = 30_000) {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${server.output().slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  db = await freshDatabase("workers");
  server = await startAppServer({ databaseUrl: db.url, env: { WEB_CONCURRENCY: "2" }, readyTimeoutMs: 180_000 });
  await waitFor("two workers", () => workersStarted().length === 2);
});
afterAll(async () => {
  await server?.stop("SIGKILL");
  await db?.drop();
});

describe("worker processes", () => {
  it("run with the heap limit of WORKER_HEAP_MB (default 320 MB)", async () => {
    for (const pid of workersStarted()) {
      const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      expect(args, `worker ${pid}`).toContain("--max-old-space-size=320");
    }
  });

  it("a killed worker is replaced, and the server keeps answering meanwhile", async () => {
    const [first] = workersStarted();
    process.kill(first!, "SIGKILL");
    // Once the primary has seen the death (a connection handed over in that instant dies with the
    // worker, as a keep-alive one does): fresh connections, each given twenty seconds.
    await waitFor("the primary to see the worker stop", () => server.output().includes("a worker stopped"));
    for (let i = 0; i < 20; i++) {
      const res = await fetch(`${server.url}/api/health`, { headers: { connection: "close" }, signal: AbortSignal.timeout(20_000) }).catch((e: unknown) => String(e));
      expect(typeof res === "string" ? `${res}\n${server.output().slice(-1500)}` : res.status, `request ${i}`).toBe(200);
    }
    await waitFor("a third worker", () => workersStarted().length === 3);
    await waitFor("the replacement ready", async () => (await fetch(`${server.url}/api/ready`, { signal: AbortSignal.timeout(5000) }).catch(() => null))?.ok === true);
  });

  it("SIGTERM stops every worker after its in-flight request is answered", async () => {
    // A request whose body is still arriving when the signal comes.
    const body = "csrfToken=x&email=a%40b.vn&password=sai";
    const answered = new Promise<number>((resolve, reject) => {
      const req = request(`${server.url}/api/auth/callback/credentials`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", "content-length": Buffer.byteLength(body) } }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode!));
      });
      req.on("error", reject);
      req.write(body.slice(0, 10));
      setTimeout(() => req.end(body.slice(10)), 1500);
    });
    await new Promise((r) => setTimeout(r, 300));
    const exited = server.stop("SIGTERM");
    expect(await answered).toBeGreaterThanOrEqual(200);
    expect(await exited).toBe(0);
    expect(server.output()).toContain('"msg":"shutting down the workers"');
    for (const pid of workersStarted()) expect(() => process.kill(pid, 0)).toThrow();
  });
});
