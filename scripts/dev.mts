// npm run dev — next dev on the same database set-up as npm start (embedded unless DATABASE_URL).
import { spawn } from "node:child_process";
import { applyMigrations } from "../lib/db/migrations";
import { resolveDatabase } from "../lib/db/resolve";
import { localAuthSecret } from "./lib/data-dir.mts";

const db = await resolveDatabase({ log: console.log });
await applyMigrations(db.connection);
const child = spawn("node_modules/.bin/next", ["dev"], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: db.url, AUTH_SECRET: process.env.AUTH_SECRET || localAuthSecret() },
});
const stop = () => child.kill("SIGTERM");
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
child.on("exit", async (code) => {
  await db.release();
  process.exit(code ?? 0);
});
