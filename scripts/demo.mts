// npm run demo — embedded PostgreSQL + migrations + demo data + production build (if missing)
// + the app on http://localhost:3000, printing the demo accounts.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { localAuthSecret } from "./lib/data-dir.mts";
import { loadDemoData } from "./lib/seed-demo.mts";
import { configOrExit, migratedDatabase, serve } from "./lib/serve.mts";

const total = Date.now();
(process.env as Record<string, string>).NODE_ENV = "production";
process.env.DEMO_MODE = "1";
process.env.AUTH_SECRET ||= localAuthSecret();
const env = configOrExit();
const db = await migratedDatabase();
try {
  await loadDemoData(db.connection);
} catch (error) {
  await db.release();
  throw error;
}

if (!existsSync(".next/BUILD_ID")) {
  console.log("building the app (first run only)…");
  const started = Date.now();
  const build = spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit", env: process.env });
  if (build.status !== 0) {
    await db.release();
    process.exit(build.status ?? 1);
  }
  console.log(`build done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

await serve(env, db);
console.log(`demo ready in ${((Date.now() - total) / 1000).toFixed(1)} s — open http://localhost:${env.PORT}`);
