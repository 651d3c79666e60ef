import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function start(env: Record<string, string | undefined>) {
  const r = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/start.mts"], {
    cwd: root,
    env: { NODE_ENV: "production", PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: process.env.DATABASE_URL, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, stderr: r.stderr.trim(), stdout: r.stdout.trim() };
}

describe("configuration is checked when the app starts", () => {
  it.each([
    [{ DATABASE_POOL_SIZE: "many", AUTH_SECRET: "x".repeat(40) }, /^configuration error: DATABASE_POOL_SIZE /],
    [{ PORT: "70000", AUTH_SECRET: "x".repeat(40) }, /^configuration error: PORT /],
    [{ LOG_LEVEL: "verbose", AUTH_SECRET: "x".repeat(40) }, /^configuration error: LOG_LEVEL /],
    [{ DATABASE_URL: "mysql://localhost/x", AUTH_SECRET: "x".repeat(40) }, /^configuration error: DATABASE_URL /],
    [{ AUTH_SECRET: "too-short" }, /^configuration error: AUTH_SECRET must be at least 32 characters/],
    [{ AUTH_SECRET: undefined }, /^configuration error: AUTH_SECRET is required in production/],
    [{ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "abc", AUTH_SECRET: "x".repeat(40) }, /^configuration error: NEXT_SERVER_ACTIONS_ENCRYPTION_KEY /],
  ])("%o stops the app with one line naming the variable", (env, message) => {
    const r = start(env);
    expect(r.code).toBe(1);
    expect(r.stderr.split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});
