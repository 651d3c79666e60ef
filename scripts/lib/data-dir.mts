import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";

export const DATA_DIR = path.join(process.cwd(), ".data");

/** Reads a JSON file under .data/, or creates it with `make()` (mode 0600: it may hold secrets). */
export function persisted<T>(name: string, make: (previous: T | undefined) => T, isComplete: (value: T) => boolean = () => true): T {
  mkdirSync(DATA_DIR, { recursive: true, mode: 0o755 });
  const file = path.join(DATA_DIR, name);
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : undefined;
  if (previous !== undefined && isComplete(previous)) return previous;
  const value = make(previous);
  writeFileSync(file, JSON.stringify(value, null, 2), { mode: 0o600 });
  return value;
}

/** A secret kept across restarts of a local demo or dev server, never used in production. */
export function localAuthSecret(): string {
  return persisted<{ secret: string }>("auth-secret.json", () => ({ secret: randomBytes(32).toString("base64url") })).secret;
}
