import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { Actor } from "./access";
import { servedOverHttps, sessionFromCookies } from "./session-cookie";
import { sessionActor } from "./sessions";
import { noteUser } from "../runtime/request-context";

/**
 * The signed-in actor for this request, or null. The JWT alone is not trusted: its server-side
 * session must still live (not signed out, within its lifetime and idle time), and a changed
 * password or a disabled account (both bump sessionVersion) ends every older session at once.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const [jar, h] = await Promise.all([cookies(), headers()]);
  const session = await sessionFromCookies(new Map(jar.getAll().map((c) => [c.name, c.value])), undefined, servedOverHttps(h.get("x-forwarded-proto")));
  if (!session) return null;
  const actor = await sessionActor(session.sessionId, session.userId, session.sessionVersion);
  if (actor) noteUser(actor.userId);
  return actor;
});

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  return actor;
}
