// First-load JavaScript of each page route, from the build output: the framework's root chunks
// (build-manifest.json rootMainFiles) plus every chunk the route's segments list in its client
// reference manifest (layouts, boundaries, the page), each counted once and gzipped.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export type RouteJs = { route: string; files: number; rawKb: number; gzipKb: number };

function manifests(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name === "page_client-reference-manifest.js")
    .map((e) => path.join(e.parentPath, e.name));
}

export function firstLoadJs(root: string): RouteJs[] {
  const next = path.join(root, ".next");
  const build = JSON.parse(readFileSync(path.join(next, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const sizes = new Map<string, { raw: number; gzip: number }>();
  const size = (file: string) => {
    if (!sizes.has(file)) {
      const bytes = readFileSync(path.join(next, file));
      sizes.set(file, { raw: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength });
    }
    return sizes.get(file)!;
  };
  const result: RouteJs[] = [];
  for (const file of manifests(path.join(next, "server", "app"))) {
    const text = readFileSync(file, "utf8");
    // The file assigns one JSON object: globalThis.__RSC_MANIFEST["/route/page"] = {…};
    const m = /__RSC_MANIFEST\["([^"]+)"\]\s*=\s*(\{[\s\S]*\});?\s*$/.exec(text);
    if (!m) continue;
    const manifest = JSON.parse(m[2]!) as { entryJSFiles?: Record<string, string[]> };
    const files = new Set([...build.rootMainFiles, ...Object.values(manifest.entryJSFiles ?? {}).flat()]);
    const route = m[1]!.replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "") || "/";
    let raw = 0;
    let gzip = 0;
    for (const f of files) {
      const s = size(f);
      raw += s.raw;
      gzip += s.gzip;
    }
    result.push({ route, files: files.size, rawKb: Math.round(raw / 102.4) / 10, gzipKb: Math.round(gzip / 102.4) / 10 });
  }
  return result.filter((r) => !r.route.startsWith("/_")).sort((a, b) => a.route.localeCompare(b.route));
}
