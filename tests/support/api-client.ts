// Calls /api/v1 endpoint handlers the way Next routes requests, as a token or a cookie caller.
// The cookie path of the API wrapper asks lib/auth/session for the signed-in actor; tests mock
// that module with `mockSession()` so the actor behind a test cookie is the one set here.
import type { Actor } from "@/lib/auth/access";
import { loadActor } from "@/lib/auth/actor";
import type { TestUser } from "@/prisma/seed/factories";

const sessions = new Map<string, Actor>();
let currentCookie: string | null = null;

/** The replacement for lib/auth/session, for `vi.mock("@/lib/auth/session", async () => (await import(…)).mockSession())`. */
export const mockSession = () => ({ getActor: async () => (currentCookie ? (sessions.get(currentCookie) ?? null) : null) });

export type Caller = { kind: "token" | "cookie"; secret: string };

/** The headers a caller sends, and the session the mock then answers with (route handlers other than the API's). */
export function callerHeaders(caller: Caller | null): Headers {
  const headers = new Headers();
  if (caller?.kind === "token") headers.set("authorization", `Bearer ${caller.secret}`);
  if (caller?.kind === "cookie") headers.set("cookie", caller.secret);
  currentCookie = caller?.kind === "cookie" ? caller.secret : null;
  return headers;
}

/** A token with the account's rights, allowed to import (the widest scope) unless told otherwise. */
export async function tokenCaller(user: TestUser, scope: "READ" | "READ_IMPORT" = "READ_IMPORT"): Promise<Caller> {
  const { createApiToken } = await import("@/lib/api/tokens");
  return { kind: "token", secret: (await createApiToken(user.id, "test", { userId: user.id, email: user.email }, { scope })).token };
}

export async function cookieCaller(user: TestUser): Promise<Caller> {
  const cookie = `authjs.session-token=${user.id}`;
  sessions.set(cookie, (await loadActor(user.id, 1))!);
  return { kind: "cookie", secret: cookie };
}

export async function call(method: string, path: string, caller: Caller | null, init: { body?: FormData; headers?: Record<string, string> } = {}) {
  const { API_ENDPOINTS } = await import("@/lib/api/registry");
  const url = new URL(`http://localhost/api/v1${path}`);
  const endpoint = API_ENDPOINTS.find((e) => e.method === method && new RegExp(`^${e.path.replace(/\{\w+\}/g, "[^/]+")}$`).test(url.pathname.slice(7)))!;
  const names = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const values = url.pathname.slice(7).split("/").filter((_, i) => endpoint.path.split("/")[i]?.startsWith("{"));
  const headers = new Headers(init.headers);
  if (caller?.kind === "token") headers.set("authorization", `Bearer ${caller.secret}`);
  if (caller?.kind === "cookie") headers.set("cookie", caller.secret);
  currentCookie = caller?.kind === "cookie" ? caller.secret : null;
  const response = await endpoint.handler(new Request(url, { method, headers, body: init.body }), { params: Promise.resolve(Object.fromEntries(names.map((n, i) => [n, values[i]!]))) });
  return { status: response.status, headers: response.headers, body: response.headers.get("content-type")?.includes("json") ? await response.json() : await response.arrayBuffer() };
}
