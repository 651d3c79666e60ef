// Starts the production server exactly as `npm start` does (migrations, our HTTP server, graceful
// shutdown), on a free port, for end-to-end and operations tests.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import path from "node:path";

export type AppServer = {
  url: string;
  port: number;
  process: ChildProcess;
  output: () => string;
  /** Sends the signal to the server and resolves with its exit code. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
};

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export async function startAppServer(options: { databaseUrl: string; env?: Record<string, string>; authSecret?: string; readyTimeoutMs?: number }): Promise<AppServer> {
  const port = await freePort();
  const root = path.resolve(import.meta.dirname, "../..");
  let output = "";
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["scripts/start.mts"], {
    cwd: root,
    detached: true,
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      AUTH_SECRET: options.authSecret ?? randomBytes(32).toString("base64url"),
      PORT: String(port),
      LISTEN_HOST: "127.0.0.1",
      // One process per server unless a test asks for workers (tests/ops/workers.test.ts).
      WEB_CONCURRENCY: "1",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.readyTimeoutMs ?? 90_000);
  let ready = false;
  while (!ready && Date.now() < deadline && child.exitCode === null) {
    try {
      ready = (await fetch(`${url}/api/health`)).ok;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  if (!ready) {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      /* gone */
    }
    throw new Error(`the app did not start on ${url}:\n${output.slice(-3000)}`);
  }
  return {
    url,
    port,
    process: child,
    output: () => output,
    stop: async (signal = "SIGTERM") => {
      // tsx runs the launcher in a child of its own: signal the launcher's whole group.
      try {
        process.kill(-child.pid!, signal);
      } catch {
        /* gone */
      }
      return exited;
    },
  };
}
