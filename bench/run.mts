// npm run bench [-- --smoke] [--duration S] [--connections N] [--out FILE] [--build]
// Starts the production build (bench/server.mts = npm start + SQL capture) on the seed:scale data
// set in DATABASE_URL or the embedded PostgreSQL, and measures each scenario twice in the same
// run: through the app, and as PostgreSQL alone doing the same data work (the statements the
// app sent for that request, replayed through `pg`; COPY … TO STDOUT for exports). Prints a table
// and writes bench/results.json. --smoke: short durations, for CI (figures are not asserted).
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import path from "node:path";
import { finished } from "node:stream/promises";
import autocannon from "autocannon";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { resolveDatabase } from "../lib/db/resolve";
import { organisationCode, provinceCode, scaleEmails } from "../prisma/seed/scale-data";
import { SCALE_PASSWORD } from "../scripts/lib/scale.mts";
import { freePort } from "../tests/support/app-server";
import { signInByHttp } from "../tests/support/http-sign-in";
import { firstLoadJs } from "./first-load.mts";
import { type Capture, type Latency, loadCaptures, replayLoad, replayOnce, summarise } from "./replay.mts";

const root = path.resolve(import.meta.dirname, "..");
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const option = (name: string, fallback: number | string) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? (typeof fallback === "number" ? Number(argv[i + 1]) : argv[i + 1]!) : fallback;
};
const smoke = flag("--smoke");
const duration = Number(option("--duration", smoke ? 1 : 10));
const concurrency = Number(option("--connections", smoke ? 5 : 20));
const repeats = smoke ? 1 : 3;
const outFile = path.resolve(String(option("--out", smoke ? ".data/bench-smoke.json" : "bench/results.json")));
const poolSize = Number(process.env.DATABASE_POOL_SIZE ?? 10);
// As `npm start` serves: one worker per core (the smoke run keeps one process).
const workers = Number(option("--workers", smoke ? 1 : availableParallelism()));
const captureFile = path.join(root, ".data", `bench-capture-${process.pid}.jsonl`);
// --only dashboard,roster,exports,imports,js: a subset (e.g. to compare pool sizes).
const only = new Set(String(option("--only", "")).split(",").filter(Boolean));
const wanted = (name: string) => only.size === 0 || only.has(name);
// Requests per worker before a page is measured: V8 optimises React's hot paths only after some
// dozens of renders, and a server that has been up for a while has done them.
const WARM_UP = smoke ? 1 : 30;

type Row = { scenario: string; metric: string; app: number | null; pg: number | null; unit: string; note?: string };
const rows: Row[] = [];
const ratio = (r: Row) => (r.app !== null && r.pg !== null && r.pg > 0 && Number.isFinite(r.app / r.pg) ? r.app / r.pg : null);
const round = (n: number | null, digits = 1) => (n === null ? null : Math.round(n * 10 ** digits) / 10 ** digits);
function add(row: Row) {
  rows.push(row);
  const q = ratio(row);
  console.log(`  ${row.scenario.padEnd(44)} ${row.metric.padEnd(16)} app ${String(round(row.app) ?? "—").padStart(9)} ${row.unit.padEnd(4)} pg ${String(round(row.pg) ?? "—").padStart(9)}  ×${q === null ? "—" : q.toFixed(1)}`);
}

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => spawn(command, args, { stdio: "inherit", cwd: root, env: { ...process.env, ...env } }).on("exit", (code) => resolve(code ?? 1)));
}

// ---------- the server ----------

type Server = { url: string; pid: number; child: ChildProcess; output: () => string; stop: () => Promise<void> };

/** The server's processes: the primary and, with workers, its children (every one of them serves). */
function serverPids(pid: number): number[] {
  if (workers <= 1) return [pid];
  const children = readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return readFileSync(`/proc/${d}/stat`, "utf8").split(") ")[1]!.split(" ")[1] === String(pid);
      } catch {
        return false;
      }
    })
    .map(Number);
  return [pid, ...children];
}

async function startServer(databaseUrl: string): Promise<Server> {
  const port = await freePort();
  let output = "";
  const child = spawn(process.execPath, ["--import", "tsx", "bench/server.mts"], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      PORT: String(port),
      LISTEN_HOST: "127.0.0.1",
      DATABASE_POOL_SIZE: String(poolSize),
      BENCH_WORKERS: String(workers),
      // The benchmark signs in and exports far more often than people do.
      RATE_LIMIT_SIGN_IN: "1000000",
      RATE_LIMIT_EXPORT: "1000000",
      RATE_LIMIT_API_TOKEN: "1000000",
      BENCH_CAPTURE_FILE: captureFile,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Request log lines are read and dropped, as a log shipper would; errors are kept.
  child.stdout!.on("data", (d: Buffer) => {
    const text = d.toString();
    if (/"level":(50|60)/.test(text)) output += text;
  });
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited:\n${output.slice(-3000)}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) throw new Error(`the server did not start:\n${output.slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  // Every worker listening, so the first measured requests do not wait for one to start.
  while (serverPids(child.pid!).length < (workers > 1 ? workers + 1 : 1) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
  if (workers > 1) await new Promise((r) => setTimeout(r, 3000));
  return {
    url,
    pid: child.pid!,
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 30_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}

// ---------- memory of the server process ----------

function status(pid: number): { rss: number; hwm: number } {
  try {
    const text = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(text)?.[1] ?? 0);
    return { rss: kb("VmRSS") / 1024, hwm: kb("VmHWM") / 1024 };
  } catch {
    return { rss: 0, hwm: 0 }; // the process has gone
  }
}

/**
 * Runs fn while sampling the RSS of every server process; each process's peak is the larger of
 * its samples and its VmHWM (reset first). The figures are those of the process that grew most
 * (the one that served the request): its peak and its resting RSS before.
 */
async function withPeakMemory<T>(pid: number, fn: () => Promise<T>): Promise<{ result: T; peakMb: number; baseMb: number }> {
  const pids = serverPids(pid);
  const base = new Map(pids.map((p) => [p, status(p).rss]));
  for (const p of pids) {
    try {
      writeFileSync(`/proc/${p}/clear_refs`, "5"); // resets VmHWM to the current RSS
    } catch {
      /* not permitted: the samples still give a peak */
    }
  }
  const peak = new Map(base);
  const sample = () => {
    for (const p of pids) peak.set(p, Math.max(peak.get(p)!, status(p).rss));
  };
  const timer = setInterval(sample, 10);
  try {
    const result = await fn();
    for (const p of pids) peak.set(p, Math.max(peak.get(p)!, status(p).hwm));
    const grew = pids.reduce((a, b) => (peak.get(b)! - base.get(b)! > peak.get(a)! - base.get(a)! ? b : a));
    return { result, peakMb: peak.get(grew)!, baseMb: base.get(grew)! };
  } finally {
    clearInterval(timer);
  }
}

/** The largest VmHWM of the server's processes: the memory high-water of any one since it started. */
const highWaterMb = (pid: number) => Math.max(...serverPids(pid).map((p) => status(p).hwm));

/** CPU time (user + system) the server's processes have used so far, in ms: what a request costs whatever else runs on the machine. */
function cpuMs(pid: number): number {
  let total = 0;
  for (const p of serverPids(pid)) {
    try {
      const fields = readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1]!.split(" ");
      total += ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
    } catch {
      /* gone */
    }
  }
  return total;
}

// ---------- HTTP load through the app ----------

async function appLoad(url: string, cookie: string, connections: number, seconds: number): Promise<Latency> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    // The smoke run sends a fixed number of requests and waits for every answer: on a loaded CI
    // machine a one-second window can end before the first page of 20 concurrent ones comes back.
    const length = smoke ? { amount: connections * 2 } : { duration: seconds };
    const instance = autocannon({ url, connections, ...length, headers: { cookie }, timeout: 60 }, (error, r) => (error ? reject(error) : resolve(r)));
    instance.on("response", (_client: unknown, statusCode: number, _bytes: number, time: number) => {
      if (statusCode === 200) latencies.push(time);
    });
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load`);
  return summarise(latencies, result.duration * 1000);
}

/** One request with a capture id: the SQL it sent, as the server wrote it down. */
async function capture(name: string, request: (headers: Record<string, string>) => Promise<Response>): Promise<Capture> {
  const requestId = `bench-capture-${name}-${randomBytes(3).toString("hex")}`;
  const res = await request({ "x-request-id": requestId });
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${name}: HTTP ${res.status}`);
  await new Promise((r) => setTimeout(r, 100));
  const captured = loadCaptures(captureFile).get(requestId);
  if (!captured?.length) throw new Error(`${name}: no SQL captured (is BENCH_CAPTURE_FILE honoured?)`);
  return captured;
}

async function signIn(server: Server, email: string): Promise<string> {
  const r = await signInByHttp(server.url, email, process.env.SCALE_PASSWORD ?? SCALE_PASSWORD);
  if (!/session-token=/.test(r.cookie)) throw new Error(`could not sign in as ${email} (status ${r.status})`);
  return r.cookie;
}

type Query = <T extends pg.QueryResultRow>(sql: string, values?: unknown[]) => Promise<T[]>;
type Sizes = { delegates: string; tasks: string; typical_delegates: string; typical_tasks: string; organisations: string; total_delegates: string; total_tasks: string };
/** The scale data set's landmarks: codes and accounts are deterministic (prisma/seed/scale-data.ts). */
type DataSet = {
  provinceId: string;
  stress: { organisationId: string; congressId: string; importCongressId: string };
  typical: { organisationId: string; congressId: string };
  sizes: Sizes;
};
/** What each step works with; `live.server` is replaced when a step wants a fresh server. */
type Bench = { pool: pg.Pool; q: Query; databaseUrl: string; data: DataSet; live: { server?: Server } };

async function locateDataSet(q: Query): Promise<DataSet> {
  const unitId = async (code: string) => (await q<{ id: string }>("SELECT id FROM unit WHERE code = $1", [code]))[0]?.id;
  const provinceId = await unitId(provinceCode(0));
  const stressId = await unitId(organisationCode(0, 0));
  const typicalId = (await unitId(organisationCode(0, 1))) ?? stressId;
  if (!provinceId || !stressId || !typicalId) throw new Error("no scale data set here: run `npm run seed:scale` first");
  const congressOf = async (organisationId: string, term: number) => (await q<{ id: string }>("SELECT id FROM congress WHERE unit_id = $1 AND term_start = $2", [organisationId, term]))[0]!.id;
  const stress = { organisationId: stressId, congressId: await congressOf(stressId, 2025), importCongressId: await congressOf(stressId, 2030) };
  const typical = { organisationId: typicalId, congressId: await congressOf(typicalId, 2025) };
  const sizes = (await q<Sizes>(
    `SELECT (SELECT count(*) FROM delegate WHERE congress_id = $1) AS delegates, (SELECT count(*) FROM task WHERE congress_id = $1) AS tasks,
            (SELECT count(*) FROM delegate WHERE congress_id = $2) AS typical_delegates, (SELECT count(*) FROM task WHERE congress_id = $2) AS typical_tasks,
            (SELECT count(*) FROM unit WHERE parent_id = $3 AND kind <> 'PROVINCE') AS organisations,
            (SELECT count(*) FROM delegate) AS total_delegates, (SELECT count(*) FROM task) AS total_tasks`,
    [stress.congressId, typical.congressId, provinceId],
  ))[0]!;
  return { provinceId, stress, typical, sizes };
}

async function ensureBuild(): Promise<void> {
  if (!flag("--build") && existsSync(path.join(root, ".next", "BUILD_ID"))) return;
  console.log("building the app (next build)…");
  if ((await run(path.join(root, "node_modules/.bin/next"), ["build"], { NODE_ENV: "production" })) !== 0) throw new Error("next build failed");
}

/** Pages: latency at 1 and N clients, through the app and as PostgreSQL alone. */
async function measurePages({ pool, data, live }: Bench): Promise<Record<string, unknown>> {
  const s = live.server!;
  const { sizes, stress, typical, provinceId } = data;
  const organizerTypical = await signIn(s, scaleEmails.organizer(organisationCode(0, 1 < Number(sizes.organisations) ? 1 : 0)));
  const organizerStress = await signIn(s, scaleEmails.organizer(organisationCode(0, 0)));
  const overseer = await signIn(s, scaleEmails.overseer(provinceCode(0)));
  console.log(`server pid ${s.pid} on ${s.url}, pool ${poolSize}; load ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  const pages = [
    { name: "dashboard", label: `organisation congress dashboard (${sizes.typical_tasks} tasks)`, path: `/organisations/${typical.organisationId}/congresses/${typical.congressId}`, cookie: organizerTypical, levels: [1, concurrency] },
    { name: "dashboard-stress", label: `dashboard of the ${sizes.tasks}-task congress`, path: `/organisations/${stress.organisationId}/congresses/${stress.congressId}`, cookie: organizerStress, levels: [concurrency] },
    { name: "roster", label: `roster page, ${sizes.typical_delegates} delegates`, path: `/organisations/${typical.organisationId}/congresses/${typical.congressId}/delegates`, cookie: organizerTypical, levels: [1, concurrency] },
    { name: "roster-stress", label: `roster page, ${sizes.delegates} delegates`, path: `/organisations/${stress.organisationId}/congresses/${stress.congressId}/delegates`, cookie: organizerStress, levels: [1, concurrency] },
    { name: "tasks", label: `tasks list, ${sizes.tasks} tasks`, path: `/organisations/${stress.organisationId}/congresses/${stress.congressId}/tasks`, cookie: organizerStress, levels: [1, concurrency] },
    { name: "province", label: `province page, ${sizes.organisations} organisations`, path: `/provinces/${provinceId}`, cookie: overseer, levels: [1, concurrency] },
    // The floor: the lightest signed-in page (the session, the shell, one form), what any page costs before its own content.
    { name: "floor", label: "settings page (the lightest signed-in page)", path: "/settings", cookie: organizerTypical, levels: [1, concurrency] },
    { name: "api-tasks", label: `GET /api/v1/…/tasks (${sizes.tasks} tasks, first page)`, path: `/api/v1/congresses/${stress.congressId}/tasks`, cookie: organizerStress, levels: [1] },
  ];
  const results: Record<string, unknown> = {};
  for (const page of pages.filter((p) => wanted(p.name))) {
    const url = `${s.url}${page.path}`;
    // Warm up (JIT, plans, pool; with workers, each of them) and check the page answers 200.
    let bytes = 0;
    for (let i = 0; i < WARM_UP * workers; i++) {
      const res = await fetch(url, { headers: { cookie: page.cookie } });
      bytes = (await res.arrayBuffer()).byteLength;
      if (res.status !== 200) throw new Error(`${page.name}: HTTP ${res.status} for ${page.path}`);
    }
    const captured = await capture(page.name, (headers) => fetch(url, { headers: { ...headers, cookie: page.cookie } }));
    const entry: Record<string, unknown> = { path: page.path, queries: captured.length, bytes };
    for (const c of page.levels) {
      const cpuBefore = cpuMs(s.pid);
      const app = await appLoad(url, page.cookie, c, duration);
      const serverCpuMs = (cpuMs(s.pid) - cpuBefore) / Math.max(1, app.requests);
      const alone = await replayLoad(pool, captured, c, duration);
      entry[`c${c}`] = { app: { ...app, serverCpuMs }, pg: alone };
      add({ scenario: `${page.label}, ${c} client${c > 1 ? "s" : ""}`, metric: "p50 latency", app: app.p50, pg: alone.p50, unit: "ms" });
      add({ scenario: "", metric: "p95 latency", app: app.p95, pg: alone.p95, unit: "ms" });
      add({ scenario: "", metric: "requests/s", app: app.rps, pg: alone.rps, unit: "/s" });
      if (c === 1) add({ scenario: "", metric: "server CPU/request", app: serverCpuMs, pg: null, unit: "ms", note: "server processes, user + system" });
    }
    // The document as sent (HTML with the RSC payload inlined), before compression.
    add({ scenario: "", metric: "response size", app: bytes / 1024, pg: null, unit: "KB", note: "uncompressed; a page: HTML + RSC payload" });
    console.log(`    (${captured.length} SQL statements per request)`);
    results[page.name] = entry;
  }
  const highWater = highWaterMb(s.pid);
  add({ scenario: `server memory after the pages (${workers} worker${workers > 1 ? "s" : ""})`, metric: "RSS high-water", app: highWater, pg: null, unit: "MB", note: "VmHWM, the largest of the server's processes" });
  results.highWaterRssMb = highWater;
  return results;
}

/**
 * A fresh server, so neither the page loads nor the previous scenario inflate the memory baseline;
 * returns the stress organisation organizer's cookie on it.
 */
async function freshServer(bench: Bench): Promise<string> {
  await bench.live.server?.stop();
  bench.live.server = await startServer(bench.databaseUrl);
  return signIn(bench.live.server, scaleEmails.organizer(organisationCode(0, 0)));
}

/** Exports of the stress roster: time and peak RSS; PostgreSQL alone is COPY TO STDOUT. Returns the XLSX for the import. */
async function measureExports(bench: Bench, cookie: string): Promise<{ results: Record<string, unknown>; xlsx: Uint8Array<ArrayBuffer> | undefined }> {
  const { pool, data } = bench;
  const { stress, sizes } = data;
  const copySql = `COPY (SELECT d.full_name, d.gender, d.birth_date, d.birth_year, d.ethnicity, d.party_admission_date, d.education_level, d.theory_level,
      d.position, u.name, d.category, d.credential_status, d."group", d.seat, d.note
    FROM delegate d LEFT JOIN unit u ON u.id = d.home_unit_id
    WHERE d.congress_id = '${stress.congressId}' AND d.organisation_id = '${stress.organisationId}'
    ORDER BY d.given_name COLLATE "vi-VN-x-icu", d.middle_name COLLATE "vi-VN-x-icu", d.family_name COLLATE "vi-VN-x-icu", d.birth_year) TO STDOUT (FORMAT csv, HEADER)`;
  const copyTimes: number[] = [];
  for (let i = 0; i < repeats + 1; i++) {
    const client = await pool.connect();
    try {
      const started = performance.now();
      const stream = client.query(copyTo(copySql));
      stream.resume();
      await finished(stream);
      if (i > 0) copyTimes.push(performance.now() - started);
    } finally {
      client.release();
    }
  }
  const copyMs = median(copyTimes);
  const results: Record<string, unknown> = {};
  let xlsx: Uint8Array<ArrayBuffer> | undefined;
  for (const [n, format] of (["csv", "xlsx", "pdf"] as const).entries()) {
    if (n > 0 && !smoke) cookie = await freshServer(bench);
    const s = bench.live.server!;
    const url = `${s.url}/api/v1/congresses/${stress.congressId}/delegates?format=${format}`;
    const times: number[] = [];
    let peak = 0;
    let base = 0;
    let size = 0;
    for (let i = 0; i < repeats; i++) {
      const m = await withPeakMemory(s.pid, async () => {
        const started = performance.now();
        const res = await fetch(url, { headers: { cookie } });
        const body = new Uint8Array(await res.arrayBuffer());
        if (!res.ok) throw new Error(`export ${format}: HTTP ${res.status}`);
        return { ms: performance.now() - started, body };
      });
      times.push(m.result.ms);
      peak = Math.max(peak, m.peakMb);
      if (i === 0) base = m.baseMb; // the resting server, before the first of the repeats
      size = m.result.body.byteLength;
      if (format === "xlsx") xlsx = m.result.body;
    }
    results[format] = { ms: median(times), peakRssMb: peak, baseRssMb: base, bytes: size, copyMs };
    add({ scenario: `export ${sizes.delegates} delegates as ${format.toUpperCase()}`, metric: "time", app: median(times), pg: copyMs, unit: "ms", note: "pg: COPY … TO STDOUT" });
    add({ scenario: "", metric: "peak RSS", app: peak, pg: null, unit: "MB", note: `server RSS before: ${base.toFixed(0)} MB` });
    add({ scenario: "", metric: "RSS added", app: peak - base, pg: null, unit: "MB", note: "peak minus the resting server's RSS" });
  }
  return { results, xlsx };
}

/** The exported XLSX imported into the stress organisation's empty next-term congress: dry run and commit. */
async function measureImports(bench: Bench, cookie: string, xlsx: Uint8Array<ArrayBuffer>): Promise<Record<string, unknown>> {
  const { pool, q, data } = bench;
  const { importCongressId } = data.stress;
  const results: Record<string, unknown> = {};
  const upload = (dryRun: boolean, headers: Record<string, string> = {}) => {
    const s = bench.live.server!;
    const form = new FormData();
    form.append("file", new Blob([xlsx]), "danh-sach.xlsx");
    return fetch(`${s.url}/api/v1/congresses/${importCongressId}/delegates/import?dryRun=${dryRun}&mode=all`, { method: "POST", body: form, headers: { ...headers, cookie, origin: s.url } });
  };
  for (const dryRun of [true, false]) {
    if (!smoke) cookie = await freshServer(bench);
    const name = dryRun ? "import-dry-run" : "import-commit";
    const times: number[] = [];
    let peak = 0;
    let base = 0;
    let report: { rows?: number; created?: number; validRows?: number } = {};
    for (let i = 0; i < repeats; i++) {
      await q("DELETE FROM delegate WHERE congress_id = $1", [importCongressId]);
      const m = await withPeakMemory(bench.live.server!.pid, async () => {
        const started = performance.now();
        const res = await upload(dryRun);
        const body = (await res.json()) as typeof report & { error?: unknown };
        if (!res.ok) throw new Error(`${name}: HTTP ${res.status} ${JSON.stringify(body).slice(0, 500)}`);
        return { ms: performance.now() - started, body };
      });
      times.push(m.result.ms);
      peak = Math.max(peak, m.peakMb);
      if (i === 0) base = m.baseMb; // the resting server, before the first of the repeats
      report = m.result.body;
    }
    // The same statements through pg alone (writes rolled back).
    await q("DELETE FROM delegate WHERE congress_id = $1", [importCongressId]);
    const captured = await capture(name, (headers) => upload(dryRun, headers));
    await q("DELETE FROM delegate WHERE congress_id = $1", [importCongressId]);
    const pgTimes: number[] = [];
    for (let i = 0; i < repeats; i++) pgTimes.push(await replayOnce(pool, captured));
    results[name] = { ms: median(times), peakRssMb: peak, baseRssMb: base, rows: report.rows, created: report.created, queries: captured.length, pgMs: median(pgTimes) };
    add({ scenario: `import ${report.rows ?? "?"}-row XLSX, ${dryRun ? "dry run" : `commit (${report.created} created)`}`, metric: "time", app: median(times), pg: median(pgTimes), unit: "ms", note: `${captured.length} statements replayed` });
    add({ scenario: "", metric: "peak RSS", app: peak, pg: null, unit: "MB", note: `server RSS before: ${base.toFixed(0)} MB` });
    add({ scenario: "", metric: "RSS added", app: peak - base, pg: null, unit: "MB", note: "peak minus the resting server's RSS" });
  }
  return results;
}

type Machine = { cpus: number; cpuModel: string; memoryGb: number; loadAverageAtEnd: number[]; node: string; postgres: string; date: string };

async function writeResults(q: Query, sizes: Sizes, parts: { pages: unknown; exports: unknown; imports: unknown; firstLoadJs: unknown }): Promise<Machine> {
  const machine: Machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "?",
    memoryGb: Math.round(totalmem() / 2 ** 30),
    loadAverageAtEnd: loadavg().map((l) => Number(l.toFixed(2))),
    node: process.version,
    postgres: (await q<{ server_version: string }>("SHOW server_version"))[0]!.server_version,
    date: new Date().toISOString(),
  };
  const out = { smoke, durationSeconds: duration, concurrency, poolSize, workers, machine, dataSet: sizes, ...parts, table: rows.map((r) => ({ ...r, ratio: round(ratio(r), 2) })) };
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(out, null, 2)}\n`);
  writeFileSync(outFile.replace(/\.json$/, ".md"), markdown(machine));
  return machine;
}

async function main() {
  const db = await resolveDatabase({ log: (l) => console.log(l) });
  const pool = new pg.Pool({ ...db.connection, max: poolSize });
  const q: Query = async <T extends pg.QueryResultRow>(sql: string, values: unknown[] = []) => (await pool.query<T>(sql, values)).rows;
  const live: Bench["live"] = {};
  try {
    const data = await locateDataSet(q);
    const { sizes, stress } = data;
    // Leftovers of an interrupted run.
    await q("DELETE FROM delegate WHERE congress_id = $1", [stress.importCongressId]);
    console.log(`data set: ${sizes.total_delegates} delegates, ${sizes.total_tasks} tasks; stress congress ${sizes.delegates} delegates / ${sizes.tasks} tasks; typical congress ${sizes.typical_delegates} delegates / ${sizes.typical_tasks} tasks; province ${sizes.organisations} organisations`);
    await ensureBuild();
    mkdirSync(path.dirname(captureFile), { recursive: true });
    rmSync(captureFile, { force: true });
    live.server = await startServer(db.url);
    const bench: Bench = { pool, q, databaseUrl: db.url, data, live };

    const pages = await measurePages(bench);
    let exports: Record<string, unknown> = {};
    let imports: Record<string, unknown> = {};
    if (wanted("exports") || wanted("imports")) {
      // Memory is measured on a fresh server for each scenario (in the smoke run, one for all).
      const cookie = await freshServer(bench);
      const exported = await measureExports(bench, cookie);
      exports = exported.results;
      // The smoke run keeps one server (and this cookie) for all; the full run restarts per scenario.
      if (wanted("imports")) imports = await measureImports(bench, cookie, exported.xlsx!);
      await q("DELETE FROM delegate WHERE congress_id = $1", [stress.importCongressId]);
    }
    // First-load JavaScript per route, from the build output.
    const js = wanted("js") ? firstLoadJs(root) : [];
    for (const r of js) add({ scenario: `first-load JS ${r.route}`, metric: "gzip", app: r.gzipKb, pg: null, unit: "KB" });

    const machine = await writeResults(q, sizes, { pages, exports, imports, firstLoadJs: js });
    console.log(`\nwrote ${path.relative(root, outFile)}; machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, load ${machine.loadAverageAtEnd.join(" ")}`);
  } finally {
    await live.server?.stop();
    const errors = live.server?.output().trim();
    if (errors) console.error(`server errors:\n${errors.slice(-3000)}`);
    rmSync(captureFile, { force: true });
    await pool.end();
    await db.release();
  }
}

/** The table as Markdown, for bench/README.md. */
function markdown(machine: Machine): string {
  const fmt = (n: number | null, unit: string) => (n === null || !Number.isFinite(n) ? "—" : `${n >= 100 ? Math.round(n) : n.toFixed(1)} ${unit}`);
  const lines = rows.map((r) => {
    const q = ratio(r);
    return `| ${r.scenario ? r.scenario : ""} | ${r.metric} | ${fmt(r.app, r.unit)} | ${fmt(r.pg, r.unit)} | ${q === null ? "—" : `×${q.toFixed(1)}`} | ${r.note ?? ""} |`;
  });
  return [
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB RAM, Node.js ${machine.node}, PostgreSQL ${machine.postgres}; load average at the end ${machine.loadAverageAtEnd.join(" ")}; ${machine.date}; ${duration} s per load level, ${workers} server worker${workers > 1 ? "s" : ""}, pool ${poolSize} each.`,
    "",
    "| scenario | metric | app | PostgreSQL alone | ratio | note |",
    "|---|---|---:|---:|---:|---|",
    ...lines,
    "",
  ].join("\n");
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
}

await main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
