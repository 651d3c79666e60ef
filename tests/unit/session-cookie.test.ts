import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { servedOverHttps, sessionFromCookies } from "@/lib/auth/session-cookie";

// The cookie is read without Auth.js's session endpoint, so it must read exactly what Auth.js
// writes (its encode, the key salted with the cookie's name) and nothing it would refuse.
const secret = "a-test-secret-of-at-least-thirty-two-characters";
const PLAIN = "authjs.session-token";
const SECURE = "__Secure-authjs.session-token";
const claims = { sub: "user-1", sid: "session-1", sv: 3 };
const tokenFor = (salt: string, options: { secret?: string; maxAge?: number } = {}) => encode({ token: claims, secret: options.secret ?? secret, salt, maxAge: options.maxAge ?? 3600 });
const read = (cookies: [string, string][], s = secret) => sessionFromCookies(new Map(cookies), s);

describe("the session cookie", () => {
  it("reads the account, the server-side session and the session version Auth.js wrote", async () => {
    expect(await read([[PLAIN, await tokenFor(PLAIN)]])).toEqual({ userId: "user-1", sessionId: "session-1", sessionVersion: 3 });
    expect(await read([[SECURE, await tokenFor(SECURE)]])).toEqual({ userId: "user-1", sessionId: "session-1", sessionVersion: 3 });
  });

  it("joins a cookie Auth.js split into chunks, in the order of their numbers", async () => {
    const token = await tokenFor(PLAIN);
    const third = Math.ceil(token.length / 3);
    const chunks: [string, string][] = [2, 0, 1].map((i) => [`${PLAIN}.${i}`, token.slice(i * third, (i + 1) * third)]);
    expect((await read([["other", "x"], ...chunks]))?.userId).toBe("user-1");
  });

  it("refuses a token made with another secret, salted for the other cookie, expired, or not a token", async () => {
    expect(await read([[PLAIN, await tokenFor(PLAIN, { secret: "another-secret-of-at-least-thirty-two-chars" })]])).toBeNull();
    expect(await read([[PLAIN, await tokenFor(SECURE)]])).toBeNull();
    expect(await read([[PLAIN, await tokenFor(PLAIN, { maxAge: -60 })]])).toBeNull();
    expect(await read([[PLAIN, "garbage"]])).toBeNull();
  });

  it("over HTTPS reads only the __Secure- cookie: a plain-named one may have been planted over HTTP or by a neighbouring site", async () => {
    const overHttps = (cookies: [string, string][]) => sessionFromCookies(new Map(cookies), secret, true);
    expect(await overHttps([[PLAIN, await tokenFor(PLAIN)]])).toBeNull();
    expect(await overHttps([[`${PLAIN}.0`, await tokenFor(PLAIN)]])).toBeNull();
    expect((await overHttps([[SECURE, await tokenFor(SECURE)]]))?.userId).toBe("user-1");
    // Both present: the secure one decides, the other is never read.
    const planted = await encode({ token: { ...claims, sub: "planted" }, secret, salt: PLAIN, maxAge: 3600 });
    expect((await overHttps([[PLAIN, planted], [SECURE, await tokenFor(SECURE)]]))?.userId).toBe("user-1");
  });

  it("knows HTTPS as Auth.js does: AUTH_URL's scheme, else X-Forwarded-Proto", () => {
    expect(servedOverHttps("https", "")).toBe(true);
    expect(servedOverHttps("https, http", "")).toBe(true);
    expect(servedOverHttps("http", "")).toBe(false);
    expect(servedOverHttps(null, "")).toBe(false);
    expect(servedOverHttps("http", "https://daihoi.example.vn")).toBe(true);
    expect(servedOverHttps("https", "http://localhost:3000")).toBe(false);
  });

  it("is signed out with no cookie or no secret", async () => {
    expect(await read([])).toBeNull();
    expect(await read([[PLAIN, await tokenFor(PLAIN)]], "")).toBeNull();
  });
});
