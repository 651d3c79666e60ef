// Runs `next start|dev` in its own process group and shuts it down cleanly: on SIGINT/SIGTERM
// the whole group gets SIGTERM (Next finishes in-flight requests), then `cleanup` runs (the
// embedded PostgreSQL stops), then we exit.
import { spawn } from "node:child_process";
import path from "node:path";

export function runNext(mode: "start" | "dev", env: NodeJS.ProcessEnv, cleanup: () => Promise<void>): void {
  const bin = path.join(process.cwd(), "node_modules", ".bin", "next");
  const args = [mode, "-p", String(env.PORT ?? 3000)];
  if (env.HOSTNAME) args.push("-H", env.HOSTNAME);
  const child = spawn(bin, args, { stdio: "inherit", env, detached: true });
  let stopping = false;

  const finish = async (code: number) => {
    await cleanup().catch((error) => console.error("cleanup failed:", error));
    process.exit(code);
  };

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the app…`);
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      /* already gone */
    }
    setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        /* already gone */
      }
    }, 20_000).unref();
  };

  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  child.on("exit", (code, signal) => {
    // Make sure no server process of the group outlives the launcher.
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      /* group is gone */
    }
    void finish(stopping ? 0 : (code ?? (signal ? 1 : 0)));
  });
}
