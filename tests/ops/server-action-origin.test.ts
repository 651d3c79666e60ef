import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/prisma";
import { createOrganisation, createProvince, createUser, type TestUser } from "@/prisma/seed/factories";
import { type AppServer, startAppServer } from "../support/app-server";
import { signInByHttp } from "../support/http-sign-in";
import { freshDatabase } from "./support";

// A server action is a POST to any page with a `Next-Action` header. The session cookie is
// SameSite=Lax, but a same-site page on another port or subdomain would still send it: Next.js
// must refuse an action whose Origin is not this server (CSRF). Proven here over HTTP against the
// production server, with the id of a real action taken from the build.
let db: Awaited<ReturnType<typeof freshDatabase>>;
let server: AppServer;
let user: TestUser;
let cookie: string;
let client: ReturnType<typeof createPrismaClient>;

function actionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8")) as { node: Record<string, { exportedName?: string }> };
  const id = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportedName)?.[0];
  if (!id) throw new Error(`no server action ${exportedName} in the build`);
  return id;
}

/** The request a browser's form submission makes: the arguments as JSON, the action's id in a header. */
const callAction = (origin: string, locale: string) =>
  fetch(`${server.url}/settings`, {
    method: "POST",
    redirect: "manual",
    headers: { "next-action": actionId("setLocaleAction"), origin, cookie, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8" },
    body: JSON.stringify([{ locale }]),
  });

const localeNow = async () => (await client.user.findUniqueOrThrow({ where: { id: user.id }, select: { locale: true } })).locale;

beforeAll(async () => {
  db = await freshDatabase("origin");
  server = await startAppServer({ databaseUrl: db.url });
  client = createPrismaClient(db.connection, 1);
  user = await createUser(client, "VIEWER", (await createOrganisation(client, await createProvince(client))).id);
  cookie = (await signInByHttp(server.url, user.email, user.password)).cookie;
});
afterAll(async () => {
  await client?.$disconnect();
  await server?.stop("SIGKILL");
  await db?.drop();
});

describe("server actions and the Origin header", () => {
  it("refuses an action posted from another origin, and runs it from this one (audited with the address and request id)", async () => {
    expect(await localeNow()).toBe("vi");
    const foreign = await callAction("http://evil.example", "en");
    expect(foreign.status).toBeGreaterThanOrEqual(400);
    expect(await localeNow()).toBe("vi");
    expect(await client.auditEntry.count({ where: { actorId: user.id, action: "account.set-locale" } })).toBe(0);

    // The same request from the server's own origin goes through: the refusal was the Origin's doing.
    const own = await callAction(server.url, "en");
    expect(own.status).toBe(200);
    expect(await localeNow()).toBe("en");
    const entry = await client.auditEntry.findFirstOrThrow({ where: { actorId: user.id, action: "account.set-locale" } });
    expect(entry.ip).toMatch(/^(127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)$/);
    expect(entry.requestId).toBe(own.headers.get("x-request-id"));
  });

  it("gives the large body limit to the file upload action only: other actions refuse a body over 1 MB", async () => {
    const big = "x".repeat(2 * 1024 * 1024);
    const post = (id: string) =>
      fetch(`${server.url}/settings`, { method: "POST", redirect: "manual", headers: { "next-action": id, origin: server.url, cookie, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8" }, body: big });
    expect((await post(actionId("setLocaleAction"))).status).toBe(413);
    expect((await post(actionId("createTaskAction"))).status).toBe(413);
    // The upload action takes the body (what it then makes of this one is another matter).
    expect([411, 413]).not.toContain((await post(actionId("uploadVersionAction"))).status);
    // A form posted without JavaScript names its action inside the multipart body, with no header:
    // Next.js would read it up to 21 MB to find out which. It gets the same 1 MB.
    const boundary = "----no-script-form";
    const field = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
    const form = `${field(`$ACTION_ID_${actionId("setLocaleAction")}`, "")}${field("locale", "en")}${field("padding", big)}--${boundary}--\r\n`;
    const noScript = await fetch(`${server.url}/settings`, { method: "POST", redirect: "manual", headers: { origin: server.url, cookie, "content-type": `multipart/form-data; boundary=${boundary}` }, body: form });
    expect(noScript.status).toBe(413);
  });
});
