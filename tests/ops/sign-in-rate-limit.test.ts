import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/prisma";
import { createOrganisation, createProvince, createUser, type TestUser } from "@/prisma/seed/factories";
import { type AppServer, startAppServer } from "../support/app-server";
import { hasSessionCookie, signInByHttp } from "../support/http-sign-in";
import { freshDatabase } from "./support";

let db: Awaited<ReturnType<typeof freshDatabase>>;
let servers: AppServer[];
/** Behind a trusted reverse proxy that appends the address it sees to X-Forwarded-For. */
let proxied: AppServer;
const users: TestUser[] = [];

beforeAll(async () => {
  db = await freshDatabase("ratelimit");
  // Two instances: the limit is counted in PostgreSQL, not in either process.
  servers = await Promise.all([0, 1].map(() => startAppServer({ databaseUrl: db.url, env: { RATE_LIMIT_SIGN_IN: "4" }, authSecret: "shared-secret-shared-secret-shared-secret" })));
  proxied = await startAppServer({ databaseUrl: db.url, env: { RATE_LIMIT_SIGN_IN: "4", TRUST_PROXY: "true" } });
  const client = createPrismaClient(db.connection, 1);
  const organisation = await createOrganisation(client, await createProvince(client));
  for (let i = 0; i < 8; i++) users.push(await createUser(client, "VIEWER", organisation.id));
  await client.$disconnect();
});
afterAll(async () => {
  for (const s of [...(servers ?? []), ...(proxied ? [proxied] : [])]) await s.stop("SIGKILL");
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

  it("behind a trusted proxy counts the address the proxy added, not one the client writes", async () => {
    // Each attempt claims another address at the left; the proxy's entry (right-most) is the same.
    const spoofed = (i: number) => ({ "x-forwarded-for": `198.51.100.${i + 1}, 203.0.113.77` });
    for (let i = 0; i < 4; i++) expect((await signInByHttp(proxied.url, users[5]!.email, "wrong-password", spoofed(i))).location).toMatch(/code=invalid/);
    const refused = await signInByHttp(proxied.url, users[6]!.email, users[6]!.password, spoofed(9));
    expect(refused.location).toMatch(/code=rate_limited/);
    // Another client behind the same proxy is not held back.
    const other = await signInByHttp(proxied.url, users[7]!.email, users[7]!.password, { "x-forwarded-for": "203.0.113.78" });
    expect(hasSessionCookie(other.cookie)).toBe(true);
  });

  it("counts attempts sent together before checking any: no more than the limit reach the password check", async () => {
    const client = createPrismaClient(db.connection, 1);
    const address = "203.0.113.200";
    const before = await client.signInAttempt.count();
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => signInByHttp(proxied.url, users[i % 5]!.email, "wrong-password", { "x-forwarded-for": address })));
    expect(results.filter((r) => /code=rate_limited/.test(r.location ?? ""))).toHaveLength(8);
    // Only the four allowed attempts were checked (and recorded) at all.
    expect((await client.signInAttempt.count()) - before).toBe(4);
    await client.$disconnect();
  });
});
