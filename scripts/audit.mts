// npm run audit — `npm audit --omit=dev`, saying plainly when the advisory service cannot be
// reached (these machines' registry answers 405), instead of failing with a cryptic error.
import { spawnSync } from "node:child_process";

const r = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8" });
let report: { vulnerabilities?: Record<string, { severity: string; via: unknown[] }>; error?: { code?: string; summary?: string }; message?: string } = {};
try {
  report = JSON.parse(r.stdout || "{}");
} catch {
  /* not JSON: treated as unreachable below */
}
if (report.error || !report.vulnerabilities) {
  const why = report.message ?? report.error?.summary ?? report.error?.code ?? (r.stderr.trim().split("\n").pop() || "no answer");
  console.log(`npm audit: the advisory service could not be reached (${why}).`);
  console.log("No advisory data: review the production dependencies listed in SECURITY.md by hand.");
  process.exit(2);
}
const found = Object.entries(report.vulnerabilities);
if (found.length === 0) {
  console.log("npm audit: no known vulnerabilities in production dependencies.");
} else {
  for (const [name, v] of found) console.log(`${v.severity.padEnd(8)} ${name}`);
  process.exitCode = 1;
}
