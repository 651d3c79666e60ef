// Personal access tokens end: at their expiry (told so), when the password changes, when the
// account is disabled (and stay ended when it is enabled again); they carry a scope; and making
// one asks for the password again.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { executeAction, registeredActions } from "@/lib/server/action";
import { createRoleUsers, createWorld, type TestUser, type World } from "@/prisma/seed/factories";
import { call, cookieCaller } from "../support/api-client";

vi.mock("@/lib/auth/session", async () => (await import("../support/api-client")).mockSession());
await import("@/lib/api/actions");
await import("@/lib/auth/actions");
const { createApiToken } = await import("@/lib/api/tokens");
const { setDisabled, setPassword } = await import("@/lib/users/mutations");

const db = getDb();
let world: World;
let users: Record<string, TestUser>;
const bearer = (secret: string) => ({ kind: "token" as const, secret });
const make = async (user: TestUser, options: { days?: number; scope?: "READ" | "READ_IMPORT" } = {}, now?: Date) => (await createApiToken(user.id, "kiểm thử", { userId: user.id, email: user.email }, options, now)).token;

beforeAll(async () => {
  world = await createWorld(db);
  users = await createRoleUsers(db, world);
});

describe("API tokens", () => {
  it("an expired token gets 401 saying it expired", async () => {
    const token = await make(users.VIEWER!, { days: 1 }, new Date(Date.now() - 2 * 86_400_000));
    const res = await call("GET", "/units", bearer(token));
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: { code: "TOKEN_EXPIRED", message: expect.stringMatching(/hết hạn|expired/) } });
  });

  it("a token made before a password change gets 401 after it", async () => {
    const user = (await createRoleUsers(db, world)).VIEWER;
    const token = await make(user);
    expect((await call("GET", "/units", bearer(token))).status).toBe(200);
    await setPassword(user.email, "một-mật-khẩu-hoàn-toàn-mới");
    expect((await call("GET", "/units", bearer(token))).status).toBe(401);
  });

  it("disabling revokes the tokens, and enabling again brings none back", async () => {
    const user = (await createRoleUsers(db, world)).VIEWER;
    const token = await make(user);
    await setDisabled(user.email, true);
    await setDisabled(user.email, false);
    expect((await call("GET", "/units", bearer(token))).status).toBe(401);
    expect(await db.apiToken.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
  });

  it("lives 90 days unless told otherwise, a year at most", async () => {
    const now = new Date("2026-12-03T00:00:00Z");
    const user = users.MEMBER!;
    const plain = await createApiToken(user.id, "mặc định", { userId: user.id, email: user.email }, {}, now);
    expect(plain.expiresAt.toISOString()).toBe("2027-03-03T00:00:00.000Z");
    const long = await createApiToken(user.id, "dài", { userId: user.id, email: user.email }, { days: 5000 }, now);
    expect(long.expiresAt.toISOString()).toBe("2027-12-03T00:00:00.000Z");
  });

  it("a read token reads but cannot import; an import token can", async () => {
    const organizer = users.ORGANIZER!;
    const path = `/congresses/${world.organisation.congressId}/delegates/import?dryRun=true`;
    const form = () => {
      const f = new FormData();
      f.append("file", new Blob([Buffer.from("\uFEFFSTT,Họ và tên\n", "utf8")]), "ds.csv");
      return f;
    };
    const read = await make(organizer, { scope: "READ" });
    expect((await call("GET", `/congresses/${world.organisation.congressId}/composition`, bearer(read))).status).toBe(200);
    const refused = await call("POST", path, bearer(read), { body: form() });
    expect(refused).toMatchObject({ status: 403, body: { error: { code: "TOKEN_SCOPE" } } });
    const importing = await make(organizer, { scope: "READ_IMPORT" });
    expect((await call("POST", path, bearer(importing), { body: form() })).status).not.toBe(403);
  });

  it("making a token asks for the password again", async () => {
    const user = users.SUBCOMMITTEE_LEAD!;
    const actor = (await loadActor(user.id, 1))!;
    const create = (password: string) => executeAction(registeredActions().get("api-token.create")!, actor, { name: "Báo cáo", password, days: 30, scope: "READ" });
    expect(await create("sai-mật-khẩu")).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { password: ["errors.wrongCurrentPassword"] } });
    expect(await db.apiToken.count({ where: { userId: user.id, name: "Báo cáo" } })).toBe(0);
    expect(await create(user.password)).toMatchObject({ ok: true, data: { token: expect.stringMatching(/^cpt_/) } });
  });
});

describe("a token and the session that makes it", () => {
  it("is refused when the session ended between loading the caller and writing the token", async () => {
    const user = (await createRoleUsers(db, world)).VIEWER;
    const actor = (await loadActor(user.id, 1))!;
    // Disabled and enabled again (no new password, so the caller still knows it): every session of version 1 ended.
    await setDisabled(user.email, true);
    await setDisabled(user.email, false);
    const made = await executeAction(registeredActions().get("api-token.create")!, actor, { name: "Muộn", password: user.password, days: 30, scope: "READ" });
    expect(made).toEqual({ ok: false, code: "UNAUTHENTICATED" });
    expect(await db.apiToken.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("a password someone else chose (mustChangePassword)", () => {
  it("opens no action but changing it: no token is made with it, nothing is written", async () => {
    const user = (await createRoleUsers(db, world)).ORGANIZER;
    await db.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
    const actor = (await loadActor(user.id, 1))!;
    const run = (name: string, input: unknown) => executeAction(registeredActions().get(name)!, actor, input);
    expect(await run("api-token.create", { name: "Trộm", password: user.password, days: 30, scope: "READ_IMPORT" })).toEqual({ ok: false, code: "PASSWORD_CHANGE_REQUIRED" });
    expect(await run("account.set-locale", { locale: "en" })).toEqual({ ok: false, code: "PASSWORD_CHANGE_REQUIRED" });
    expect(await db.apiToken.count({ where: { userId: user.id } })).toBe(0);
    const next = "mật-khẩu-của-chính-tôi-1";
    expect(await run("account.change-password", { currentPassword: user.password, newPassword: next, confirmPassword: next })).toEqual({ ok: true, data: null });
  });

  it("opens no API endpoint, by token or by cookie", async () => {
    const user = (await createRoleUsers(db, world)).VIEWER;
    const token = await make(user);
    const cookie = await cookieCaller(user);
    expect((await call("GET", "/units", bearer(token))).status).toBe(200);
    await db.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
    const cookieAfter = await cookieCaller(user);
    expect(await call("GET", "/units", bearer(token))).toMatchObject({ status: 403, body: { error: { code: "PASSWORD_CHANGE_REQUIRED" } } });
    expect(await call("GET", "/units", cookieAfter)).toMatchObject({ status: 403, body: { error: { code: "PASSWORD_CHANGE_REQUIRED" } } });
    expect(cookie.kind).toBe("cookie");
  });
});
