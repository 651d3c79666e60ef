// Next.js has one body limit for every server action (next.config.js, 21 MB for document files).
// The server in front of it gives that limit only to the actions that upload files, and 1 MB to
// all others, from the build's own list of actions (server-reference-manifest.json).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** The server actions that carry a file, by their exported name. */
const UPLOAD_ACTIONS = new Set(["lib/documents/actions.ts#uploadVersionAction"]);
export const ACTION_BODY_LIMIT = 1024 * 1024;
export const UPLOAD_BODY_LIMIT = 21 * 1024 * 1024;

type Manifest = { node?: Record<string, { filename?: string; exportedName?: string }> };

/** The ids the build gave the upload actions. */
export function uploadActionIds(dir: string): Set<string> {
  const file = path.join(dir, ".next", "server", "server-reference-manifest.json");
  if (!existsSync(file)) return new Set();
  const manifest = JSON.parse(readFileSync(file, "utf8")) as Manifest;
  return new Set(Object.entries(manifest.node ?? {}).filter(([, a]) => UPLOAD_ACTIONS.has(`${a.filename}#${a.exportedName}`)).map(([id]) => id));
}

/**
 * 413 when a server action's declared body is over its limit, 411 when it declares none. A form
 * posted without JavaScript names its action inside a multipart body, not in a `Next-Action`
 * header, and Next.js reads such a POST to any page (not /api) up to its own 21 MB limit to find
 * out: it gets the 1 MB limit too, since which action it names is unknown until it is read.
 */
export function actionBodyRefusal(headers: { "next-action"?: string | string[]; "content-length"?: string; "content-type"?: string }, uploads: Set<string>, url = "/"): 411 | 413 | null {
  const id = headers["next-action"];
  const formPost = typeof id !== "string" && /^multipart\/form-data/i.test(headers["content-type"] ?? "") && !/^\/api(\/|$|\?)/.test(url);
  if (typeof id !== "string" && !formPost) return null;
  const length = headers["content-length"];
  if (length === undefined) return 411;
  return Number(length) > (typeof id === "string" && uploads.has(id) ? UPLOAD_BODY_LIMIT : ACTION_BODY_LIMIT) ? 413 : null;
}
