// npm run db:migrate — applies pending migrations to DATABASE_URL or the embedded database.
import { applyMigrations } from "../lib/db/migrations";
import { resolveDatabase } from "../lib/db/resolve";

const db = await resolveDatabase({ log: console.log });
try {
  const started = Date.now();
  const applied = await applyMigrations(db.connection);
  console.log(
    applied.length ? `applied ${applied.length} migration(s) in ${Date.now() - started} ms: ${applied.join(", ")}` : "database is up to date",
  );
} finally {
  await db.release();
}
