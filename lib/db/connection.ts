// Connection settings as discrete fields. The Prisma pg adapter is given fields, not a
// connection string, because with a string its shadow database silently becomes the real one.
export type PgConnection = {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
  ssl?: boolean | { rejectUnauthorized: boolean };
};

export function parseDatabaseUrl(url: string): PgConnection {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error("DATABASE_URL is not a valid URL (expected postgresql://user:password@host:port/database)");
  }
  if (parsed.protocol !== "postgresql:" && parsed.protocol !== "postgres:") {
    throw new Error("DATABASE_URL must start with postgresql://");
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ""));
  if (!database) throw new Error("DATABASE_URL names no database");
  const sslmode = parsed.searchParams.get("sslmode");
  const ssl =
    sslmode === "require" || sslmode === "prefer"
      ? { rejectUnauthorized: false }
      : sslmode === "verify-full" || sslmode === "verify-ca"
        ? { rejectUnauthorized: true }
        : undefined;
  return {
    host: parsed.hostname || "127.0.0.1",
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username || "postgres"),
    password: decodeURIComponent(parsed.password),
    database,
    ...(ssl ? { ssl } : {}),
  };
}

export function formatDatabaseUrl(c: PgConnection): string {
  const auth = `${encodeURIComponent(c.user)}${c.password ? `:${encodeURIComponent(c.password)}` : ""}`;
  return `postgresql://${auth}@${c.host}:${c.port}/${encodeURIComponent(c.database)}`;
}

/** The same server, another database (shadow, test or maintenance databases). */
export function withDatabase(c: PgConnection, database: string): PgConnection {
  return { ...c, database };
}

export function isLoopback(c: PgConnection): boolean {
  return ["127.0.0.1", "localhost", "::1", "[::1]"].includes(c.host);
}
