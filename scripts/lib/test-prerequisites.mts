// What `npm test` needs from the machine besides the project's own packages: Debian's Chromium for
// the browser tests and PostgreSQL 15's client tools (pg_dump, pg_restore, matching the embedded
// server) for the backup tests. As root (a fresh server, CI) the test command installs what is
// missing from Debian's packages; otherwise it stops at once with the one command to run.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export type Prerequisite = { name: string; debianPackage: string; present: () => boolean };

const pgDumpIs15 = (command: string) => spawnSync(command, ["--version"], { encoding: "utf8" }).stdout?.includes(" 15.") ?? false;

export const PREREQUISITES: Prerequisite[] = [
  { name: "Chromium", debianPackage: "chromium", present: () => existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium") },
  { name: "pg_dump 15", debianPackage: "postgresql-client-15", present: () => pgDumpIs15(process.env.PG_DUMP_PATH ?? "pg_dump") },
];

/** The Debian packages missing for these suites (unit tests need none). */
export function missingPackages(suites: readonly string[], all = PREREQUISITES): string[] {
  const needed = all.filter((p) => (p.debianPackage === "chromium" ? suites.includes("e2e") : suites.includes("ops")));
  return needed.filter((p) => !p.present()).map((p) => p.debianPackage);
}

/** Installs them when running as root; otherwise returns the command a person must run. */
export function installPackages(packages: string[], log: (line: string) => void = console.log): { ok: true } | { ok: false; command: string } {
  const command = `apt-get update && apt-get install -y ${packages.join(" ")}`;
  if (packages.length === 0) return { ok: true };
  if (process.getuid?.() !== 0) return { ok: false, command: `sudo sh -c '${command}'` };
  log(`installing ${packages.join(", ")} from Debian's packages (apt-get) for the test suites`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [["update", "-qq"], ["install", "-y", "-qq", ...packages]]) {
    const r = spawnSync("apt-get", args, { stdio: ["ignore", "ignore", "inherit"], env });
    if (r.status !== 0) return { ok: false, command };
  }
  return { ok: true };
}
