import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../support/app-server";
import { signInByHttp } from "../support/http-sign-in";
import { readFileSync } from "node:fs";
import { createPrismaClient } from "@/lib/db/prisma";
import { createDelegates, createOrganisation, createProvince } from "@/prisma/seed/factories";

const root = path.resolve(import.meta.dirname, "../..");
const work = mkdtempSync(path.join(tmpdir(), "cp-bundle-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The system's own programs without any Node.js (the bundle brings its own): a folder of links to
// everything in the system's bin folders but node, nodejs, npm, npx and corepack.
const sysbin = path.join(work, "sysbin");
mkdirSync(sysbin);
for (const dir of ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"].filter(existsSync)) {
  for (const name of readdirSync(dir)) {
    if (!/^(node|nodejs|npm|npx|corepack)$/.test(name) && !existsSync(path.join(sysbin, name))) symlinkSync(path.join(dir, name), path.join(sysbin, name));
  }
}

// Nothing from the repository, no Node.js on the PATH, and npm (were it there) told it is offline.
const offlineEnv = (extra: Record<string, string> = {}) => ({
  NODE_ENV: "production" as const,
  PATH: sysbin,
  HOME: work,
  npm_config_offline: "true",
  npm_config_registry: "http://127.0.0.1:9/",
  ...extra,
});

describe("the offline install bundle", () => {
  it("unpacks, creates an account, migrates its own database, serves, signs in and stops cleanly", async () => {
    const built = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/bundle.mts", "--no-build"], { cwd: root, encoding: "utf8" });
    expect(built.status, built.stderr).toBe(0);
    const archive = path.join(root, /bundle: (\S+\.tar\.gz)/.exec(built.stdout)![1]!);
    const sizeMb = statSync(archive).size / 1048576;

    // The machine it is installed on needs no Node.js: there is none on this PATH.
    expect(spawnSync("sh", ["-c", "command -v node || echo none"], { env: offlineEnv(), encoding: "utf8" }).stdout.trim()).toBe("none");
    const t0 = Date.now();
    expect(spawnSync("tar", ["-xzf", archive, "-C", work]).status).toBe(0);
    const app = path.join(work, "congress-planner");
    expect(spawnSync(path.join(app, "bin", "node"), ["-v"], { encoding: "utf8" }).stdout).toMatch(/^v24\./);

    const cli = spawnSync("./cli.sh", ["user:create", "--email", "admin@bundle.example", "--name", "Quản trị Bundle", "--role", "ADMIN"], {
      cwd: app,
      env: offlineEnv(),
      input: "mat-khau-cai-dat-2025\n",
      encoding: "utf8",
    });
    expect(cli.status, cli.stderr).toBe(0);
    expect(cli.stdout).toContain("created admin@bundle.example (ADMIN)");

    const port = await freePort();
    const child = spawn("./start.sh", [], {
      cwd: app,
      detached: true,
      env: offlineEnv({ AUTH_SECRET: "bundle-test-secret-0123456789abcdef", PORT: String(port), LISTEN_HOST: "127.0.0.1" }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const exited = new Promise<number | null>((r) => child.once("exit", r));
    const url = `http://127.0.0.1:${port}`;
    let ready = false;
    for (let i = 0; i < 240 && !ready; i++) {
      ready = await fetch(`${url}/api/ready`).then((r) => r.ok, () => false);
      if (!ready) await new Promise((r) => setTimeout(r, 250));
    }
    expect(ready, output).toBe(true);
    const secondsToServe = (Date.now() - t0) / 1000;

    const { cookie } = await signInByHttp(url, "admin@bundle.example", "mat-khau-cai-dat-2025");
    const home = await fetch(`${url}/`, { headers: { cookie } });
    expect(home.status).toBe(200);
    expect(await home.text()).toContain("Đang đăng nhập: Quản trị Bundle");

    // Exports need files read by path at run time (the PDF font, pdfkit's data): put a roster in
    // the bundle's own embedded database and download it in every format.
    const credentials = JSON.parse(readFileSync(path.join(app, ".data", "pg.credentials.json"), "utf8")) as { user: string; password: string };
    const pgPort = Number(readFileSync(path.join(app, ".data", "pg", "postmaster.pid"), "utf8").split("\n")[3]);
    const db = createPrismaClient({ host: "127.0.0.1", port: pgPort, database: "congress_planner", ...credentials }, 1);
    const organisation = await createOrganisation(db, await createProvince(db));
    await createDelegates(db, organisation, [{ fullName: "Lò Văn Ún", ethnicity: "Thái" }, { fullName: "Đỗ Thị Ánh", gender: "FEMALE" }]);
    await db.$disconnect();
    for (const [format, magic] of [["pdf", "%PDF"], ["xlsx", "PK"], ["csv", "\uFEFF"]] as const) {
      const res = await fetch(`${url}/api/v1/congresses/${organisation.congressId}/delegates?format=${format}`, { headers: { cookie } });
      expect(res.status, format).toBe(200);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.subarray(0, Buffer.byteLength(magic)).toString("utf8"), format).toBe(magic);
    }

    process.kill(-child.pid!, "SIGTERM");
    expect(await exited).toBe(0);
    expect(output).toMatch(/"msg":"stopped"/);
    expect(existsSync(path.join(app, ".data", "pg", "postmaster.pid"))).toBe(false);
    console.log(`bundle ${sizeMb.toFixed(1)} MB; unpack → serving in ${secondsToServe.toFixed(1)} s`);
  });
});
