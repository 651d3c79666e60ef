// npm run db:new-migration -- NAME — writes prisma/migrations/<timestamp>_NAME/migration.sql with
// the SQL that takes the existing migrations to prisma/schema. Needs no download: the schema
// engine runs as WebAssembly and replays the history in a temporary shadow database.
//   --empty   create an empty migration for hand-written SQL (triggers, extensions, data)
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createMigration } from "../lib/db/migrations";
import { resolveDatabase } from "../lib/db/resolve";

const args = process.argv.slice(2);
const empty = args.includes("--empty");
const name = args.find((a) => !a.startsWith("--"));
if (!name) {
  console.error("usage: npm run db:new-migration -- NAME [--empty]");
  process.exit(2);
}
if (empty) {
  const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const dir = path.join("prisma", "migrations", `${stamp}_${name.toLowerCase().replace(/[^a-z0-9]+/g, "_")}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), "-- Hand-written migration\n");
  console.log(`created ${dir}/migration.sql`);
  process.exit(0);
}
const db = await resolveDatabase({ log: console.log });
try {
  const dir = await createMigration(db.connection, name);
  console.log(dir ? `created ${path.relative(process.cwd(), dir)}/migration.sql` : "no changes: the migrations already match prisma/schema");
} finally {
  await db.release();
}
