// npm run demo — embedded PostgreSQL + migrations + demo data + production build (if missing)
// + next start on http://localhost:3000, printing the demo accounts.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { parseEnv } from "../lib/config";
import { applyMigrations } from "../lib/db/migrations";
import { resolveDatabase } from "../lib/db/resolve";
import { localAuthSecret } from "./lib/data-dir.mts";
import { runNext } from "./lib/next-process.mts";
import { loadDemoData } from "./lib/seed-demo.mts";

const total = Date.now();
const env = parseEnv();
const db = await resolveDatabase({ log: console.log });
try {
  const applied = await applyMigrations(db.connection);
  if (applied.length) console.log(`applied ${applied.length} migration(s)`);
  await loadDemoData(db.connection);
} catch (error) {
  await db.release();
  throw error;
}

if (!existsSync(".next/BUILD_ID")) {
  console.log("building the app (first run only)…");
  const started = Date.now();
  const build = spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  if (build.status !== 0) {
    await db.release();
    process.exit(build.status ?? 1);
  }
  console.log(`build done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const port = String(env.PORT);
console.log(`demo ready in ${((Date.now() - total) / 1000).toFixed(1)} s — open http://localhost:${port}`);
runNext(
  "start",
  {
    ...process.env,
    NODE_ENV: "production",
    DEMO_MODE: "1",
    DATABASE_URL: db.url,
    AUTH_SECRET: process.env.AUTH_SECRET || localAuthSecret(),
    PORT: port,
  },
  db.release,
);
