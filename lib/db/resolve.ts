// Which PostgreSQL a command uses: DATABASE_URL when set, otherwise the embedded server whose
// data lives under .data/ (started on demand, stopped by whoever started it).
import path from "node:path";
import { ensureDatabase } from "./admin";
import { type PgConnection, formatDatabaseUrl, parseDatabaseUrl } from "./connection";
import { type EmbeddedServer, startEmbeddedPostgres } from "./embedded-server";

export const EMBEDDED_DATABASE = "congress_planner";

export type ResolvedDatabase = {
  connection: PgConnection;
  url: string;
  embedded?: EmbeddedServer;
  /** Stops the embedded server if this process started it. */
  release: () => Promise<void>;
};

export async function resolveDatabase(options: { dataDir?: string; log?: (line: string) => void } = {}): Promise<ResolvedDatabase> {
  const log = options.log ?? (() => {});
  const url = process.env.DATABASE_URL;
  if (url) {
    const connection = parseDatabaseUrl(url);
    return { connection, url, release: async () => {} };
  }
  const dataDir = options.dataDir ?? path.join(process.env.APP_ROOT ?? process.cwd(), ".data", "pg");
  const started = Date.now();
  const embedded = await startEmbeddedPostgres(dataDir, EMBEDDED_DATABASE);
  if (await ensureDatabase(embedded.connection)) log(`created database ${EMBEDDED_DATABASE}`);
  log(
    embedded.owned
      ? `embedded PostgreSQL 15 started on 127.0.0.1:${embedded.connection.port} in ${Date.now() - started} ms (data: ${path.relative(process.cwd(), dataDir)})`
      : `embedded PostgreSQL already running on 127.0.0.1:${embedded.connection.port}`,
  );
  return {
    connection: embedded.connection,
    url: formatDatabaseUrl(embedded.connection),
    embedded,
    release: () => embedded.stop(),
  };
}
