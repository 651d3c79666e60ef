import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "@/lib/config";
import { formatDatabaseUrl, parseDatabaseUrl } from "@/lib/db/connection";

describe("configuration", () => {
  it("has sane defaults", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_POOL_SIZE).toBe(10);
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("names the variable that is wrong, in one line", () => {
    expect(() => parseEnv({ DATABASE_POOL_SIZE: "zero" })).toThrow(ConfigError);
    expect(() => parseEnv({ DATABASE_POOL_SIZE: "zero" })).toThrow(/^configuration error: DATABASE_POOL_SIZE /);
    expect(() => parseEnv({ AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET must be at least 32 characters/);
    expect(() => parseEnv({ DATABASE_URL: "mysql://x/y" })).toThrow(/DATABASE_URL/);
  });
});

describe("database URLs", () => {
  it("split into the discrete fields the pg adapter needs and back", () => {
    const c = parseDatabaseUrl("postgresql://app%40x:p%2Fw@db.local:6543/congress?sslmode=require");
    expect(c).toEqual({ host: "db.local", port: 6543, user: "app@x", password: "p/w", database: "congress", ssl: { rejectUnauthorized: false } });
    expect(parseDatabaseUrl(formatDatabaseUrl(c)).password).toBe("p/w");
  });

  it("refuse URLs without a database", () => {
    expect(() => parseDatabaseUrl("postgresql://localhost:5432/")).toThrow(/names no database/);
  });
});
