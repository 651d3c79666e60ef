import { createDatabase, dropDatabase } from "@/lib/db/admin";
import { formatDatabaseUrl, parseDatabaseUrl, withDatabase } from "@/lib/db/connection";

export const testServerConnection = () => parseDatabaseUrl(process.env.DATABASE_URL!);

/** A new empty database on the test server; the app migrates it when it starts. */
export async function freshDatabase(label: string) {
  const connection = withDatabase(testServerConnection(), `cp_test_${label}_${Date.now().toString(36)}`);
  await createDatabase(connection);
  return { connection, url: formatDatabaseUrl(connection), drop: () => dropDatabase(connection) };
}

export const logLines = (output: string) =>
  output
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
