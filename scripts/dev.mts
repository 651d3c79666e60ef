// npm run dev — next dev on the same database set-up as npm start (embedded unless DATABASE_URL).
import { applyMigrations } from "../lib/db/migrations";
import { resolveDatabase } from "../lib/db/resolve";
import { localAuthSecret } from "./lib/data-dir.mts";
import { runNext } from "./lib/next-process.mts";

const db = await resolveDatabase({ log: console.log });
await applyMigrations(db.connection);
runNext("dev", { ...process.env, DATABASE_URL: db.url, AUTH_SECRET: process.env.AUTH_SECRET || localAuthSecret() }, db.release);
