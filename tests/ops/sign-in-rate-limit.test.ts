import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/prisma";
import { createDistrict, createProvince, createUser, type TestUser } from "@/prisma/seed/factories";
import { type AppServer, startAppServer } from "../support/app-server";
import { hasSessionCookie, signInByHttp } from "../support/http-sign-in";
import { freshDatabase } from "./support";

let db: Awaited<ReturnType<typeof freshDatabase>>;
let servers: AppServer[];
const users: TestUser[] = [];

beforeAll(async () => {
  db = await freshDatabase("ratelimit");
  // Two instances: the limit is counted in PostgreSQL, not in either process.
  servers = await Promise.all([0, 1].map(() => startAppServer({ databaseUrl: db.url, env: { RATE_LIMIT_SIGN_IN: "4" }, authSecret: "shared-secret-shared-secret-shared-secret" })));
  const client = createPrismaClient(db.connection, 1);
  const district = await createDistrict(client, await createProvince(client));
  for (let i = 0; i < 5; i++) users.push(await createUser(client, "VIEWER", district.id));
  await client.$disconnect();
});
afterAll(async () => {
  for (const s of servers ?? []) await s.stop("SIGKILL");
  await db?.drop();
});

describe("sign-in rate limit per address", () => {
  it("refuses further sign-ins from an address after its failures, on any account and any instance", async () => {
    // Four failures on four different accounts (no account reaches its own lock-out)...
    for (let i = 0; i < 4; i++) {
      const r = await signInByHttp(servers[i % 2]!.url, users[i]!.email, "wrong-password");
      expect(r.location).toMatch(/code=invalid/);
    }
    // ...and even the right password of a fifth account is refused now.
    const refused = await signInByHttp(servers[0]!.url, users[4]!.email, users[4]!.password);
    expect(refused.location).toMatch(/code=rate_limited/);
    expect(hasSessionCookie(refused.cookie)).toBe(false);
  });
});
