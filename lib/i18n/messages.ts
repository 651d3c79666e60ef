import type { Locale } from "./config";

// One catalog file per area under messages/<locale>/, merged here, so each area's keys live
// next to each other and no single file becomes everyone's merge conflict.
const AREAS = ["core", "units", "congress", "planning", "delegates", "audit", "setup", "elections"] as const;

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const parts = await Promise.all(AREAS.map((area) => import(`../../messages/${locale}/${area}.json`).then((m) => m.default as Record<string, unknown>)));
  return Object.assign({}, ...parts);
}

export const MESSAGE_AREAS = AREAS;
