// npm run db:restore -- FILE [--database NAME]
// Restores a dump made by db:backup into the configured database, which must be empty, or into
// a new database NAME created on the same server.
import { existsSync } from "node:fs";
import { createDatabase } from "../lib/db/admin";
import { restoreDatabase } from "../lib/db/backup";
import { withDatabase } from "../lib/db/connection";
import { resolveDatabase } from "../lib/db/resolve";

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--") && args[args.indexOf(a) - 1] !== "--database");
const named = args.includes("--database") ? args[args.indexOf("--database") + 1] : undefined;
if (!file || !existsSync(file)) {
  console.error("usage: npm run db:restore -- FILE [--database NEW_NAME]");
  process.exit(2);
}
const db = await resolveDatabase();
try {
  const target = named ? withDatabase(db.connection, named) : db.connection;
  if (named) await createDatabase(target);
  const started = Date.now();
  await restoreDatabase(target, file);
  console.log(`restored ${file} into ${target.database} in ${Date.now() - started} ms`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await db.release();
}
