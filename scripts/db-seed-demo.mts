// npm run db:seed-demo — loads the demo data (idempotent) into DATABASE_URL or the embedded database.
import { applyMigrations } from "../lib/db/migrations";
import { resolveDatabase } from "../lib/db/resolve";
import { loadDemoData } from "./lib/seed-demo.mts";

const db = await resolveDatabase({ log: console.log });
try {
  await applyMigrations(db.connection);
  await loadDemoData(db.connection);
} finally {
  await db.release();
}
