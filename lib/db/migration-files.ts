import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** The migrations folder: prisma/migrations under the app's root (the working directory). */
export function migrationsDir(): string {
  return path.join(process.env.APP_ROOT ?? process.cwd(), "prisma", "migrations");
}

/** Names of the migrations in the folder, in the order they apply. */
export function migrationNames(): string[] {
  const dir = migrationsDir();
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => statSync(path.join(dir, d)).isDirectory())
    .sort();
}
