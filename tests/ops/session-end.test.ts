import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/prisma";
import { createOrganisation, createProvince, createUser, type TestUser } from "@/prisma/seed/factories";
import { type AppServer, startAppServer } from "../support/app-server";
import { signInByHttp } from "../support/http-sign-in";
import { freshDatabase } from "./support";

// A copy of a session cookie (a shared office computer, a proxy's log) must be worth nothing after
// its owner signs out. Over HTTP against the production server, as a browser and a thief would.
let db: Awaited<ReturnType<typeof freshDatabase>>;
let server: AppServer;
let user: TestUser;

beforeAll(async () => {
  db = await freshDatabase("sessions");
  server = await startAppServer({ databaseUrl: db.url });
  const client = createPrismaClient(db.connection, 1);
  user = await createUser(client, "VIEWER", (await createOrganisation(client, await createProvince(client))).id);
  await client.$disconnect();
});
afterAll(async () => {
  await server?.stop("SIGKILL");
  await db?.drop();
});

describe("signing out", () => {
  it("ends the session on the server: the old cookie gets 401 from the API afterwards", async () => {
    const { cookie } = await signInByHttp(server.url, user.email, user.password);
    const units = () => fetch(`${server.url}/api/v1/units`, { headers: { cookie } });
    expect((await units()).status).toBe(200);

    const csrf = await fetch(`${server.url}/api/auth/csrf`, { headers: { cookie } });
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const out = await fetch(`${server.url}/api/auth/signout`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie },
      body: new URLSearchParams({ csrfToken }),
    });
    expect(out.status).toBeLessThan(400);

    // The browser dropped its cookie; the copy still carries a valid signature, and is refused.
    expect((await units()).status).toBe(401);
  });
});
