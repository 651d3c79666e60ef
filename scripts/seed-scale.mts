// npm run seed:scale [-- --organisations 50 --reset …] — loads the national-size synthetic data set
// (prisma/seed/scale-data.ts) into DATABASE_URL or the embedded database, with COPY FROM STDIN.
// Refuses a database that already holds data unless --reset, which truncates every table and is
// allowed on a loopback server only. Prints the time per table and in total.
import { once } from "node:events";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { hashPassword } from "../lib/auth/password";
import { isLoopback } from "../lib/db/connection";
import { applyMigrations } from "../lib/db/migrations";
import { resolveDatabase } from "../lib/db/resolve";
import { NATIONAL, SCALE_CODE_PREFIX, SCALE_EMAIL_DOMAIN, type ScaleOptions, type TableRows, scaleTables } from "../prisma/seed/scale-data";
import { SCALE_PASSWORD } from "./lib/scale.mts";

const FLAGS: Record<string, keyof ScaleOptions> = {
  "--provinces": "provinces",
  "--organisations": "organisations",
  "--stress-province-organisations": "stressProvinceOrganisations",
  "--grassroots-per-organisation": "grassrootsPerOrganisation",
  "--delegates-per-congress": "delegatesPerCongress",
  "--large-roster": "largeRoster",
  "--tasks": "tasks",
  "--large-tasks": "largeTasks",
  "--milestones": "milestones",
  "--sub-committees-per-congress": "subCommitteesPerCongress",
  "--seed": "seed",
};

function parseArgs(argv: string[]): { options: ScaleOptions; reset: boolean } {
  const given: Partial<ScaleOptions> = {};
  let reset = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--reset") {
      reset = true;
      continue;
    }
    if (arg === "--help" || arg === "-h") {
      console.log(`usage: npm run seed:scale -- [--reset] ${Object.keys(FLAGS).map((f) => `[${f} N]`).join(" ")}`);
      process.exit(0);
    }
    const [flag, inline] = arg.split("=", 2) as [string, string | undefined];
    const key = FLAGS[flag];
    const value = Number(inline ?? argv[++i]);
    if (!key || !Number.isInteger(value) || value < 0) {
      console.error(`seed:scale: unknown flag or bad number: ${arg}`);
      process.exit(2);
    }
    given[key] = value;
  }
  // A smaller country keeps the per-organisation figures; totals shrink with the number of organisations.
  const organisations = given.organisations ?? NATIONAL.organisations;
  const ratio = organisations / NATIONAL.organisations;
  const options: ScaleOptions = {
    ...NATIONAL,
    provinces: Math.max(1, Math.min(organisations, Math.round(NATIONAL.provinces * ratio))),
    tasks: Math.round(NATIONAL.tasks * ratio),
    milestones: Math.round(NATIONAL.milestones * ratio),
    ...given,
  };
  options.largeTasks = Math.min(options.largeTasks, options.tasks);
  return { options, reset };
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
/** COPY's text format: backslash, tab, newline and carriage return escaped; \N is NULL. */
const copyValue = (v: unknown) => (v === null || v === undefined ? "\\N" : String(v).replace(/[\\\t\n\r]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c]!));

async function copyTable(client: pg.Client, t: TableRows): Promise<number> {
  const stream = client.query(copyFrom(`COPY ${quote(t.table)} (${t.columns.map(quote).join(", ")}) FROM STDIN`));
  const done = new Promise<void>((resolve, reject) => {
    stream.on("finish", resolve);
    stream.on("error", reject);
  });
  let n = 0;
  let lines: string[] = [];
  for (const row of t.rows()) {
    lines.push(row.map(copyValue).join("\t"));
    n += 1;
    if (lines.length === 5_000) {
      if (!stream.write(`${lines.join("\n")}\n`)) await once(stream, "drain");
      lines = [];
    }
  }
  if (lines.length) stream.write(`${lines.join("\n")}\n`);
  stream.end();
  await done;
  return n;
}

const { options, reset } = parseArgs(process.argv.slice(2));
const startedAll = Date.now();
const db = await resolveDatabase({ log: console.log });
const client = new pg.Client(db.connection);
try {
  await applyMigrations(db.connection);
  await client.connect();
  const tables = (await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'")).rows.map((r) => r.name);
  const existing = (
    await client.query<{ units: string; foreign: string; users: string }>(
      `SELECT (SELECT count(*) FROM unit) AS units, (SELECT count(*) FROM unit WHERE code NOT LIKE $1) AS foreign,
              (SELECT count(*) FROM app_user WHERE email NOT LIKE $2) AS users`,
      [`${SCALE_CODE_PREFIX}%`, `%@${SCALE_EMAIL_DOMAIN}`],
    )
  ).rows[0]!;
  const hasData = Number(existing.units) > 0 || Number(existing.users) > 0;
  if (hasData && !reset) {
    const what = Number(existing.foreign) + Number(existing.users) > 0 ? "data that is not from seed:scale (e.g. the demo or real records)" : "a scale data set already";
    console.error(`seed:scale: database ${db.connection.database} holds ${what}. Pass --reset to empty every table first (loopback servers only).`);
    process.exitCode = 1;
  } else {
    if (reset && !isLoopback(db.connection)) {
      throw new Error(`seed:scale: --reset truncates every table; refused on a non-loopback server (${db.connection.host})`);
    }
    // Our rows are consistent by construction: skipping the foreign-key triggers (superusers
    // only) makes loading several times faster. TRUNCATE also needs it for audit_entry's guard.
    const superuser = (await client.query<{ s: boolean }>("SELECT rolsuper AS s FROM pg_roles WHERE rolname = current_user")).rows[0]!.s;
    if (superuser) await client.query("SET session_replication_role = replica");
    if (reset) {
      const started = Date.now();
      await client.query(`TRUNCATE ${tables.map(quote).join(", ")} CASCADE`);
      console.log(`reset: truncated ${tables.length} tables in ${Date.now() - started} ms`);
    }
    console.log(`seed:scale into ${db.connection.database} on ${db.connection.host}:${db.connection.port}:`, JSON.stringify(options));
    let started = Date.now();
    const passwordHash = await hashPassword(process.env.SCALE_PASSWORD ?? SCALE_PASSWORD);
    console.log(`${"password hash (once)".padEnd(24)} ${String(Date.now() - started).padStart(7)} ms`);
    const { tables: data } = scaleTables(options, passwordHash);
    await client.query("BEGIN");
    const totals: [string, number, number][] = [];
    for (const t of data) {
      started = Date.now();
      const n = await copyTable(client, t);
      totals.push([t.table, n, Date.now() - started]);
      console.log(`${t.table.padEnd(24)} ${String(Date.now() - started).padStart(7)} ms  ${n.toLocaleString("en")} rows`);
    }
    started = Date.now();
    await client.query("COMMIT");
    console.log(`${"commit".padEnd(24)} ${String(Date.now() - started).padStart(7)} ms`);
    started = Date.now();
    // Fresh statistics and visibility maps, so the first plans are the real ones.
    await client.query(`VACUUM (ANALYZE) ${data.map((t) => quote(t.table)).join(", ")}`);
    console.log(`${"vacuum analyze".padEnd(24)} ${String(Date.now() - started).padStart(7)} ms`);
    const rows = totals.reduce((s, [, n]) => s + n, 0);
    console.log(`seed:scale done: ${rows.toLocaleString("en")} rows in ${((Date.now() - startedAll) / 1000).toFixed(1)} s (accounts: *@${SCALE_EMAIL_DOMAIN}, password from SCALE_PASSWORD or the default in scripts/lib/scale.mts)`);
  }
} finally {
  await client.end().catch(() => {});
  await db.release();
}
