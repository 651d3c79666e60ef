// npm run db:backup — a timestamped custom-format dump of DATABASE_URL or the embedded database,
// under BACKUP_DIR (default .data/backups); prints the file's path.
import { mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { dumpDatabase } from "../lib/db/backup";
import { resolveDatabase } from "../lib/db/resolve";

const db = await resolveDatabase();
try {
  const dir = path.resolve(process.env.BACKUP_DIR ?? ".data/backups");
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  const file = path.join(dir, `congress-planner-${stamp}.dump`);
  const started = Date.now();
  dumpDatabase(db.connection, file);
  console.error(`backup of ${db.connection.database}: ${(statSync(file).size / 1048576).toFixed(1)} MB in ${Date.now() - started} ms`);
  console.log(file);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await db.release();
}
