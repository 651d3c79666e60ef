// npm test — every test suite against a real PostgreSQL, then one line "N passed, N failed".
//   npm test                      unit, integration and end-to-end
//   npm test -- unit|integration|e2e [runner args]   one suite, e.g. npm test -- e2e tests/e2e/auth.spec.ts
// PostgreSQL: the embedded server under .data/pg-test, or the server of DATABASE_URL. Each suite
// that needs a database gets a fresh one (cp_test_…), created before and dropped after.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, closeSync } from "node:fs";
import path from "node:path";
import { createDatabase, dropDatabase } from "../lib/db/admin";
import { type PgConnection, formatDatabaseUrl, isLoopback, parseDatabaseUrl, withDatabase } from "../lib/db/connection";
import { startEmbeddedPostgres } from "../lib/db/embedded-server";
import { applyMigrations } from "../lib/db/migrations";

type Suite = "unit" | "integration" | "e2e";
type Tally = { suite: Suite; passed: number; failed: number; seconds: number; note?: string };

const SUITES: Suite[] = ["unit", "integration", "e2e"];
const argv = process.argv.slice(2);
const chosen = argv.filter((a): a is Suite => SUITES.includes(a as Suite));
const runnerArgs = argv.filter((a) => !SUITES.includes(a as Suite));
const suites = chosen.length ? chosen : SUITES;
const resultsDir = path.resolve(".data/test-results");
mkdirSync(resultsDir, { recursive: true });
const bin = (name: string) => path.resolve("node_modules/.bin", name);

function run(command: string, args: string[], env: Record<string, string | undefined> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function testServer(): Promise<{ server: PgConnection; release: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const server = parseDatabaseUrl(url);
    if (!isLoopback(server) && process.env.ALLOW_REMOTE_TEST_DB !== "1") {
      throw new Error("refusing to create test databases on a non-local server (set ALLOW_REMOTE_TEST_DB=1 to allow)");
    }
    return { server, release: async () => {} };
  }
  const embedded = await startEmbeddedPostgres(".data/pg-test", "postgres");
  return { server: embedded.connection, release: embedded.stop };
}

/** A fresh, migrated database for one suite, dropped afterwards. */
async function withTestDatabase<T>(server: PgConnection, fn: (url: string) => Promise<T>): Promise<T> {
  const db = withDatabase(server, `cp_test_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`);
  await createDatabase(db);
  try {
    await applyMigrations(db);
    return await fn(formatDatabaseUrl(db));
  } finally {
    await dropDatabase(db).catch((error) => console.error("could not drop test database:", error));
  }
}

function vitestTally(suite: Suite, file: string, exitCode: number, seconds: number): Tally {
  if (!existsSync(file)) return { suite, passed: 0, failed: 1, seconds, note: `vitest exited ${exitCode} without results` };
  const r = JSON.parse(readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number; numFailedTestSuites: number };
  const failed = r.numFailedTests + (r.numFailedTests === 0 && exitCode !== 0 ? Math.max(1, r.numFailedTestSuites) : 0);
  return { suite, passed: r.numPassedTests, failed, seconds };
}

async function runVitest(suite: "unit" | "integration", env: Record<string, string | undefined> = {}): Promise<Tally> {
  const started = Date.now();
  const out = path.join(resultsDir, `${suite}.json`);
  rmSync(out, { force: true });
  const code = await run(bin("vitest"), ["run", "--project", suite, "--reporter=default", "--reporter=json", `--outputFile=${out}`, ...runnerArgs], env);
  return vitestTally(suite, out, code, (Date.now() - started) / 1000);
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { redirect: "manual" });
      if (res.status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the app did not answer at ${url} within ${timeoutMs / 1000} s`);
}

async function freePort(): Promise<number> {
  const { createServer } = await import("node:net");
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function runE2e(databaseUrl: string): Promise<Tally> {
  const started = Date.now();
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromium)) {
    return { suite: "e2e", passed: 0, failed: 1, seconds: 0, note: `no Chromium at ${chromium}: apt-get install -y chromium` };
  }
  if (process.env.E2E_SKIP_BUILD !== "1" || !existsSync(".next/BUILD_ID")) {
    const code = await run(bin("next"), ["build"], { NODE_ENV: "production" });
    if (code !== 0) return { suite: "e2e", passed: 0, failed: 1, seconds: (Date.now() - started) / 1000, note: "next build failed" };
  }
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const logFd = openSync(path.join(resultsDir, "e2e-server.log"), "w");
  const server = spawn(bin("next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    detached: true,
    stdio: ["ignore", logFd, logFd],
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl, AUTH_SECRET: randomBytes(32).toString("base64url"), PORT: String(port) },
  });
  closeSync(logFd);
  const out = path.join(resultsDir, "e2e.json");
  rmSync(out, { force: true });
  let code = 1;
  try {
    await waitForServer(`${baseUrl}/sign-in`, 60_000);
    code = await run(bin("playwright"), ["test", ...runnerArgs], { E2E_BASE_URL: baseUrl, DATABASE_URL: databaseUrl, PLAYWRIGHT_JSON_OUTPUT_NAME: out });
  } finally {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      /* gone */
    }
  }
  const seconds = (Date.now() - started) / 1000;
  if (!existsSync(out)) return { suite: "e2e", passed: 0, failed: 1, seconds, note: `playwright exited ${code} without results` };
  const stats = (JSON.parse(readFileSync(out, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number } }).stats;
  return { suite: "e2e", passed: stats.expected + stats.flaky, failed: stats.unexpected + (stats.unexpected === 0 && code !== 0 ? 1 : 0), seconds };
}

const tallies: Tally[] = [];
const startedAll = Date.now();
let release = async () => {};
try {
  if (suites.includes("unit")) tallies.push(await runVitest("unit"));
  if (suites.includes("integration") || suites.includes("e2e")) {
    const t = await testServer();
    release = t.release;
    if (suites.includes("integration")) tallies.push(await withTestDatabase(t.server, (url) => runVitest("integration", { DATABASE_URL: url })));
    if (suites.includes("e2e")) tallies.push(await withTestDatabase(t.server, (url) => runE2e(url)));
  }
} catch (error) {
  console.error(error);
  tallies.push({ suite: "e2e", passed: 0, failed: 1, seconds: 0, note: String(error) });
} finally {
  await release();
}

console.log("\nTest summary");
for (const t of tallies) console.log(`  ${t.suite.padEnd(12)} ${t.passed} passed, ${t.failed} failed (${t.seconds.toFixed(1)} s)${t.note ? ` — ${t.note}` : ""}`);
const passed = tallies.reduce((n, t) => n + t.passed, 0);
const failed = tallies.reduce((n, t) => n + t.failed, 0);
console.log(`total time ${((Date.now() - startedAll) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
