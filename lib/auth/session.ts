import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import type { Actor } from "./access";
import { loadActor } from "./actor";
import { auth } from "./auth";
import { touchSession } from "./sessions";
import { noteUser } from "../runtime/request-context";

/**
 * The signed-in actor for this request, or null. The JWT alone is not trusted: its server-side
 * session must still live (not signed out, within its lifetime and idle time), and a changed
 * password or a disabled account (both bump sessionVersion) ends every older session at once.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const [alive, actor] = await Promise.all([touchSession(session.sessionId, userId), loadActor(userId, session.sessionVersion)]);
  if (!alive) return null;
  if (actor) noteUser(actor.userId);
  return actor;
});

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  return actor;
}
