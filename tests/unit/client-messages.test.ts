import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, GLOBAL_CLIENT_NAMESPACES } from "@/lib/i18n/config";

// Each page sends the browser only the catalog namespaces its client components read
// (components/i18n/client-messages.tsx). This follows every route file's imports to the client
// components it renders, reads the namespaces they use, and checks the page sends them: the
// global ones, plus those named by <ClientMessages namespaces={[…]}> in the file or a layout above.

const root = path.resolve(".");
const namespaces = new Set<string>(CLIENT_NAMESPACES);

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? path.join(root, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.tsx`, `${base}.ts`, `${base}/index.tsx`, `${base}/index.ts`]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const catalog: Record<string, unknown> = Object.assign({}, ...readdirSync(path.join(root, "messages", "vi")).map((f) => JSON.parse(readFileSync(path.join(root, "messages", "vi", f), "utf8")) as object));
/** "delegateImport.errors.dateInvalidShort" is a key; "unit.manage" (a right) is not. */
const isCatalogKey = (key: string) => key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), catalog) !== undefined;

type SourceFile = { client: boolean; server: boolean; imports: string[]; reads: Set<string> };
const files = new Map<string, SourceFile>();

/** A file's imports, whether it is a client module, and the catalog namespaces it reads. */
function sourceFile(file: string): SourceFile {
  const known = files.get(file);
  if (known) return known;
  const text = readFileSync(file, "utf8");
  // Type-only imports bring no code to the browser.
  const imports = [...text.matchAll(/(?:import|export)(?!\s+type\b)[^"';]*?from\s+["']([^"']+)["']/g)].map((m) => resolveImport(file, m[1]!)).filter((f): f is string => f !== null);
  const reads = new Set<string>();
  // useTranslations("tasks.board") reads "tasks"; a root translator t = useTranslations() reads
  // the first segment of every key it is called with, t("delegates.form.x") or t(`elections.${k}`).
  for (const m of text.matchAll(/useTranslations\(\s*["'`]([a-zA-Z]+)/g)) reads.add(m[1]!);
  for (const m of text.matchAll(/const\s+(\w+)\s*=\s*useTranslations\(\s*\)/g)) {
    for (const k of text.matchAll(new RegExp(`\\b${m[1]}(?:\\.rich|\\.has|\\.markup|\\.raw)?\\(\\s*["'\`]([a-zA-Z]+)[.$"'\`]`, "g"))) reads.add(k[1]!);
  }
  // Keys carried as data, such as a shared zod schema's messages ("delegateImport.errors.x")
  // that the form shows through its translator.
  // Two files are exceptions: result-message.ts, whose keys belong to the codes of particular
  // actions (personnel, elections, delegates), shown only by the pages of those sections; and
  // access.ts, whose rights are named like keys ("personnel.approve") without being any.
  if (!/(result-message|auth\/access)\.ts$/.test(file)) {
    for (const m of text.matchAll(/["'`](([a-zA-Z]+)\.[a-zA-Z]\w*(?:\.\w+)*)["'`]/g)) if (namespaces.has(m[2]!) && isCatalogKey(m[1]!)) reads.add(m[2]!);
  }
  // A "use server" module (the actions a form calls) stays on the server: the browser gets a reference.
  const server = /^["']use server["']/.test(text.trimStart());
  const entry = { client: /^["']use client["']/.test(text.trimStart()), server, imports, reads };
  files.set(file, entry);
  return entry;
}

/** The catalog namespaces read by the client components a route file renders, with the file that reads each. */
function clientReads(entry: string): Map<string, string> {
  const reads = new Map<string, string>();
  const seen = new Set<string>();
  const walk = (file: string, inClient: boolean) => {
    const key = `${file}:${inClient}`;
    if (seen.has(key)) return;
    seen.add(key);
    const f = sourceFile(file);
    if (inClient && f.server) return;
    const client = inClient || f.client;
    if (client) for (const ns of f.reads) if (namespaces.has(ns) && !reads.has(ns)) reads.set(ns, path.relative(root, file));
    for (const dep of f.imports) walk(dep, client);
  };
  walk(entry, false);
  return reads;
}

/** Namespaces a file hands to <ClientMessages namespaces={[…]}>. */
function declared(file: string): string[] {
  if (!existsSync(file)) return [];
  return [...readFileSync(file, "utf8").matchAll(/<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}/g)].flatMap((m) => [...m[1]!.matchAll(/"([a-zA-Z]+)"/g)].map((n) => n[1]!));
}

/** What reaches a route file: the global namespaces and those declared by it and every layout above it. */
function sent(entry: string): Set<string> {
  const out = new Set<string>([...GLOBAL_CLIENT_NAMESPACES, ...declared(entry)]);
  for (let dir = path.dirname(entry); dir.startsWith(path.join(root, "app")); dir = path.dirname(dir)) {
    for (const ns of declared(path.join(dir, "layout.tsx"))) out.add(ns);
  }
  return out;
}

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return routeFiles(p);
    return /^(page|layout|error|not-found|loading|template)\.tsx$/.test(e.name) ? [p] : [];
  });
}

describe("client catalogs", () => {
  const routes = routeFiles(path.join(root, "app"));

  it("finds what it checks: the board reads tasks, the roster's forms read delegates", () => {
    expect([...clientReads(path.join(root, "app/(app)/organisations/[organisationId]/congresses/[congressId]/board/page.tsx")).keys()]).toContain("tasks");
    expect([...clientReads(path.join(root, "app/(app)/organisations/[organisationId]/congresses/[congressId]/delegates/page.tsx")).keys()]).toContain("delegates");
    expect(routes.length).toBeGreaterThan(30);
  });

  it.each(routes.map((r) => [path.relative(root, r), r]))("%s sends every namespace its client components read", (_name, route) => {
    const missing = [...clientReads(route)].filter(([ns]) => !sent(route).has(ns)).map(([ns, reader]) => `${ns} (read by ${reader})`);
    expect(missing).toEqual([]);
  });

  it("every namespace a client component reads is a client namespace", () => {
    const unknown = new Set<string>();
    const areas = new Set(Object.keys(catalog));
    for (const route of routes) clientReads(route);
    for (const [file, f] of files) if (f.client) for (const ns of f.reads) if (areas.has(ns) && !namespaces.has(ns)) unknown.add(`${ns} (${path.relative(root, file)})`);
    expect([...unknown]).toEqual([]);
  });
});
