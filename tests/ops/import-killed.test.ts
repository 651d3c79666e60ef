import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDatabaseUrl } from "@/lib/db/connection";
import { getDb } from "@/lib/db/client";
import { FAMILY_NAMES } from "@/prisma/seed/names";
import { createOrganisation, createProvince, createUser, type TestOrganisation } from "@/prisma/seed/factories";
import { HEADER, csv } from "../support/roster-files";
import { type AppServer, startAppServer } from "../support/app-server";

const db = getDb();
let server: AppServer;
let organisation: TestOrganisation;
let token: string;

beforeAll(async () => {
  server = await startAppServer({ databaseUrl: process.env.DATABASE_URL! });
  organisation = await createOrganisation(db, await createProvince(db));
  const organizer = await createUser(db, "ORGANIZER", organisation.id);
  const { createApiToken } = await import("@/lib/api/tokens");
  token = (await createApiToken(organizer.id, "ops", { userId: organizer.id, email: organizer.email }, { scope: "READ_IMPORT" })).token;
});
afterAll(async () => {
  await server?.stop("SIGKILL");
  await getDb().$disconnect();
});

/** A clean roster of n delegates: distinct names and birth dates, so nothing is a duplicate. */
function roster(n: number): Uint8Array {
  const given = ["An", "Bình", "Cường", "Dũng", "Hà", "Lan", "Minh", "Nga", "Sơn", "Yến"];
  const rows: (string | number)[][] = [HEADER];
  for (let i = 0; i < n; i++) {
    const born = new Date(Date.UTC(1950, 0, 1) + i * 86_400_000);
    const dob = `${String(born.getUTCDate()).padStart(2, "0")}/${String(born.getUTCMonth() + 1).padStart(2, "0")}/${born.getUTCFullYear()}`;
    rows.push([i + 1, `${FAMILY_NAMES[i % FAMILY_NAMES.length]} Văn ${given[i % given.length]}`, i % 3 ? "Nam" : "Nữ", dob, "Kinh", "", "", "", "", organisation.grassroots[0]!.name, "Bầu", "", "", ""]);
  }
  return csv(rows);
}

describe("an import killed half way", () => {
  it("leaves no partial rows: the whole commit is one transaction", async () => {
    const body = new FormData();
    body.append("file", new Blob([roster(20_000) as BlobPart]), "ds.csv");
    const watcher = new pg.Client(parseDatabaseUrl(process.env.DATABASE_URL!));
    await watcher.connect();
    const request = fetch(`${server.url}/api/v1/congresses/${organisation.congressId}/delegates/import?dryRun=false&mode=all`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      body,
    }).then(
      (r) => ({ status: r.status }),
      () => ({ status: 0 }),
    );

    // Kill the server (SIGKILL: no clean-up at all) once its import transaction is writing.
    let killedDuringTransaction = false;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const open = await watcher.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
         WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL AND query ILIKE '%delegate%'`,
      );
      if (open.rows[0].n > 0) {
        await server.stop("SIGKILL");
        killedDuringTransaction = true;
        break;
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(killedDuringTransaction).toBe(true);
    expect((await request).status).toBe(0);

    // PostgreSQL rolls back the dead connection's transaction.
    let open = 1;
    for (let i = 0; i < 100 && open > 0; i++) {
      open = (await watcher.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL AND query ILIKE '%delegate%'`)).rows[0].n;
      if (open > 0) await new Promise((r) => setTimeout(r, 100));
    }
    const rows = await watcher.query("SELECT count(*)::int AS n FROM delegate WHERE congress_id = $1", [organisation.congressId]);
    expect(rows.rows[0].n).toBe(0);
    const audit = await watcher.query("SELECT count(*)::int AS n FROM audit_entry WHERE action = 'delegate.import' AND entity_id = $1", [organisation.congressId]);
    expect(audit.rows[0].n).toBe(0);
    await watcher.end();
  });
});
