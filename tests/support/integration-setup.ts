import { afterAll } from "vitest";
import { parseDatabaseUrl, isLoopback } from "@/lib/db/connection";

// Integration tests write and drop data: refuse anything but the throw-away database that
// `npm test` created, unless explicitly allowed.
const url = process.env.DATABASE_URL;
if (!url) throw new Error("integration tests need DATABASE_URL: run them through `npm test`");
const connection = parseDatabaseUrl(url);
if (!connection.database.startsWith("cp_test_")) throw new Error(`refusing to run integration tests on database ${connection.database}`);
if (!isLoopback(connection) && process.env.ALLOW_REMOTE_TEST_DB !== "1") {
  throw new Error("refusing to run integration tests on a non-local database (set ALLOW_REMOTE_TEST_DB=1 to allow)");
}

afterAll(async () => {
  const { getDb } = await import("@/lib/db/client");
  await getDb().$disconnect();
});
