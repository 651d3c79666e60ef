// npm test — every test suite against a real PostgreSQL, then one line "N passed, N failed".
//   npm test                      unit, integration and end-to-end
//   npm test -- unit|integration|e2e|ops|bench [runner args]   one suite, e.g. npm test -- e2e tests/e2e/auth.spec.ts
// unit also runs the date logic under TZ=UTC and TZ=America/Los_Angeles; e2e runs the browser
// tests against two production servers on one database; ops starts servers and the install
// bundle as an operator would (it reuses the build that e2e made); bench seeds a tiny scale data
// set and runs `npm run bench -- --smoke` on that build (it must work; figures are not asserted).
// PostgreSQL: the embedded server under .data/pg-test, or the server of DATABASE_URL. Each suite
// that needs a database gets a fresh one (cp_test_…), created before and dropped after.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createDatabase, dropDatabase } from "../lib/db/admin";
import { type PgConnection, formatDatabaseUrl, isLoopback, parseDatabaseUrl, withDatabase } from "../lib/db/connection";
import { startEmbeddedPostgres } from "../lib/db/embedded-server";
import { applyMigrations } from "../lib/db/migrations";
import { startAppServer } from "../tests/support/app-server.ts";
import { installPackages, missingPackages } from "./lib/test-prerequisites.mts";

type Suite = "unit" | "integration" | "e2e" | "ops" | "bench";
type Tally = { suite: string; passed: number; failed: number; seconds: number; note?: string };

const SUITES: Suite[] = ["unit", "integration", "e2e", "ops", "bench"];
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

function vitestTally(suite: string, file: string, exitCode: number, seconds: number): Tally {
  if (!existsSync(file)) return { suite, passed: 0, failed: 1, seconds, note: `vitest exited ${exitCode} without results` };
  const r = JSON.parse(readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number; numFailedTestSuites: number };
  const failed = r.numFailedTests + (r.numFailedTests === 0 && exitCode !== 0 ? Math.max(1, r.numFailedTestSuites) : 0);
  return { suite, passed: r.numPassedTests, failed, seconds };
}

async function runVitest(project: "unit" | "integration" | "ops", env: Record<string, string | undefined> = {}, label: string = project, files: string[] = runnerArgs): Promise<Tally> {
  const started = Date.now();
  const out = path.join(resultsDir, `${label}.json`);
  rmSync(out, { force: true });
  const code = await run(bin("vitest"), ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile=${out}`, ...files], env);
  return vitestTally(label, out, code, (Date.now() - started) / 1000);
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
  const out = path.join(resultsDir, "e2e.json");
  rmSync(out, { force: true });
  let code = 1;
  // Two instances on one database, started together (they race to migrate; one lock wins),
  // sharing AUTH_SECRET like instances behind one load balancer.
  const authSecret = randomBytes(32).toString("base64url");
  // The browser tests sign in from one address far more often than people do.
  const env = { RATE_LIMIT_SIGN_IN: "1000" };
  const servers = await Promise.all([startAppServer({ databaseUrl, authSecret, env }), startAppServer({ databaseUrl, authSecret, env })]);
  try {
    code = await run(bin("playwright"), ["test", ...runnerArgs], {
      E2E_BASE_URL: servers[0].url,
      E2E_BASE_URL_B: servers[1].url,
      DATABASE_URL: databaseUrl,
      PLAYWRIGHT_JSON_OUTPUT_NAME: out,
    });
  } finally {
    for (const [i, server] of servers.entries()) {
      await server.stop();
      writeFileSync(path.join(resultsDir, `e2e-server-${i + 1}.log`), server.output());
    }
  }
  const seconds = (Date.now() - started) / 1000;
  if (!existsSync(out)) return { suite: "e2e", passed: 0, failed: 1, seconds, note: `playwright exited ${code} without results` };
  const stats = (JSON.parse(readFileSync(out, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number } }).stats;
  return { suite: "e2e", passed: stats.expected + stats.flaky, failed: stats.unexpected + (stats.unexpected === 0 && code !== 0 ? 1 : 0), seconds };
}

/** The benchmark's smoke run: a two-organisation data set, short durations, one pass or one failure. */
async function runBenchSmoke(databaseUrl: string): Promise<Tally> {
  const started = Date.now();
  const seconds = () => (Date.now() - started) / 1000;
  if (!existsSync(".next/BUILD_ID") && (await run(bin("next"), ["build"], { NODE_ENV: "production" })) !== 0) {
    return { suite: "bench (smoke)", passed: 0, failed: 1, seconds: seconds(), note: "next build failed" };
  }
  const tiny = ["--organisations", "2", "--provinces", "1", "--grassroots-per-organisation", "5", "--delegates-per-congress", "30", "--large-roster", "300", "--tasks", "200", "--large-tasks", "150", "--milestones", "20"];
  if ((await run(bin("tsx"), ["scripts/seed-scale.mts", ...tiny], { DATABASE_URL: databaseUrl })) !== 0) {
    return { suite: "bench (smoke)", passed: 0, failed: 1, seconds: seconds(), note: "seed:scale failed" };
  }
  const code = await run(bin("tsx"), ["bench/run.mts", "--smoke", ...runnerArgs], { DATABASE_URL: databaseUrl });
  return { suite: "bench (smoke)", passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, seconds: seconds(), ...(code === 0 ? {} : { note: `bench exited ${code}` }) };
}

// The runtime the suites run on: the project's own Node.js 24 (package `node`), whatever the system's.
console.log(`npm test on Node.js ${process.version}`);
const missing = missingPackages(suites);
if (missing.length > 0) {
  const installed = installPackages(missing);
  if (!installed.ok) {
    console.error(`npm test needs ${missing.join(" and ")} from Debian's packages. Run:\n  ${installed.command}\nthen npm test again.`);
    console.log("0 passed, 1 failed");
    process.exit(1);
  }
}

const tallies: Tally[] = [];
const startedAll = Date.now();
let release = async () => {};
try {
  if (suites.includes("unit")) {
    tallies.push(await runVitest("unit"));
    for (const tz of ["UTC", "America/Los_Angeles"]) {
      tallies.push(await runVitest("unit", { TZ: tz }, `unit TZ=${tz}`, ["tests/unit/time-zone.test.ts", "tests/unit/dates.test.ts"]));
    }
  }
  if (suites.some((s) => s !== "unit")) {
    const t = await testServer();
    release = t.release;
    if (suites.includes("integration")) tallies.push(await withTestDatabase(t.server, (url) => runVitest("integration", { DATABASE_URL: url })));
    if (suites.includes("e2e")) tallies.push(await withTestDatabase(t.server, (url) => runE2e(url)));
    if (suites.includes("ops")) {
      if (!existsSync(".next/BUILD_ID")) await run(bin("next"), ["build"], { NODE_ENV: "production" });
      tallies.push(await withTestDatabase(t.server, (url) => runVitest("ops", { DATABASE_URL: url })));
    }
    if (suites.includes("bench")) tallies.push(await withTestDatabase(t.server, (url) => runBenchSmoke(url)));
  }
} catch (error) {
  console.error(error);
  tallies.push({ suite: "e2e", passed: 0, failed: 1, seconds: 0, note: String(error) });
} finally {
  await release();
}

console.log("\nTest summary");
for (const t of tallies) console.log(`  ${t.suite.padEnd(26)} ${t.passed} passed, ${t.failed} failed (${t.seconds.toFixed(1)} s)${t.note ? ` — ${t.note}` : ""}`);
const passed = tallies.reduce((n, t) => n + t.passed, 0);
const failed = tallies.reduce((n, t) => n + t.failed, 0);
console.log(`total time ${((Date.now() - startedAll) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
