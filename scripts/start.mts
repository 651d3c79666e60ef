// npm start — applies pending migrations and serves the production build on PORT (default 3000),
// against DATABASE_URL or, when it is unset, the embedded PostgreSQL under .data/.
import { existsSync } from "node:fs";
import { ConfigError, parseEnv } from "../lib/config";
import { applyMigrations } from "../lib/db/migrations";
import { resolveDatabase } from "../lib/db/resolve";
import { runNext } from "./lib/next-process.mts";

(process.env as Record<string, string>).NODE_ENV = "production";
let env;
try {
  env = parseEnv();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
if (!env.AUTH_SECRET) {
  console.error("configuration error: AUTH_SECRET is required in production (e.g. AUTH_SECRET=$(openssl rand -base64 32) npm start)");
  process.exit(1);
}
if (!existsSync(".next/BUILD_ID")) {
  console.error("no production build: run `npm run build` first");
  process.exit(1);
}

const db = await resolveDatabase({ log: console.log });
try {
  const started = Date.now();
  const applied = await applyMigrations(db.connection);
  console.log(applied.length ? `applied ${applied.length} migration(s) in ${Date.now() - started} ms` : "database schema is up to date");
} catch (error) {
  console.error("migration failed:", error);
  await db.release();
  process.exit(1);
}
runNext("start", { ...process.env, DATABASE_URL: db.url, PORT: String(env.PORT) }, db.release);
