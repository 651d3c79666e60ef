// The front door stays short and true: the README under 200 lines, every relative link of the README
// and of docs/ pointing at a file (and heading) that exists, and the README's code layout naming the
// folders on disk, so neither can go stale again (issue 25).
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");
const readme = read("README.md");
const docs = readdirSync(path.join(root, "docs"))
  .filter((f) => f.endsWith(".md"))
  .map((f) => `docs/${f}`);

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");

/** Every relative link `[text](target)` of a Markdown file, code blocks left out. */
export function relativeLinks(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, "");
  return [...prose.matchAll(/\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((t) => !/^([a-z]+:|#)/i.test(t));
}

/** The folders the code layout block names, as paths from the root (`app/(app)/tasks`). */
export function layoutFolders(markdown: string): string[] {
  const section = markdown.split(/^## Code layout$/m)[1];
  if (!section) throw new Error('the README has no "## Code layout" section');
  const block = /^```\n([\s\S]*?)^```/m.exec(section)?.[1];
  if (!block) throw new Error("the code layout section has no code block");
  const folders: string[] = [];
  // Open parents, by indentation: a line with one folder is the parent of the more indented lines below it.
  const parents: { indent: number; path: string | null }[] = [];
  for (const line of block.split("\n")) {
    if (!line.trim()) continue;
    const indent = line.length - line.trimStart().length;
    // Folder names are separated by single spaces, and the description by two or more.
    const names = line.trim().split(/ {2,}/)[0]!.split(" ");
    if (!names.every((n) => n.endsWith("/"))) {
      // A description carried over from the line above, in the description column.
      if (indent >= 12) continue;
      throw new Error(`the code layout line "${line.trim()}" names no folder (folders end with "/")`);
    }
    while (parents.length && parents.at(-1)!.indent >= indent) parents.pop();
    const parent = parents.at(-1);
    if (parent && parent.path === null) throw new Error(`"${line.trim()}" is indented under a line of several folders`);
    const paths = names.map((n) => path.posix.join(parent?.path ?? "", n.slice(0, -1)));
    folders.push(...paths);
    parents.push({ indent, path: paths.length === 1 ? paths[0]! : null });
  }
  return folders;
}

/** .gitignore's patterns, enough for this repository: `name/` anywhere, `dir/name/` from the root. */
const ignored = (() => {
  const patterns = read(".gitignore")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#") && !l.startsWith("!"))
    .map((l) => l.replace(/^\/|\/$/g, ""));
  return (rel: string) =>
    patterns.some((p) => (p.includes("/") ? rel === p || rel.startsWith(`${p}/`) : rel.split("/").includes(p)));
})();

/** A folder the repository holds: not hidden, and with at least one file git would not ignore. */
function holdsFiles(rel: string): boolean {
  if (ignored(rel)) return false;
  for (const entry of readdirSync(path.join(root, rel), { withFileTypes: true })) {
    const child = `${rel}/${entry.name}`;
    if (entry.isDirectory() ? holdsFiles(child) : !ignored(child)) return true;
  }
  return false;
}
const foldersOf = (rel: string) =>
  readdirSync(path.join(root, rel || "."), { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith(".") && holdsFiles(rel ? `${rel}/${e.name}` : e.name))
    .map((e) => (rel ? `${rel}/${e.name}` : e.name));

describe("the README", () => {
  it("is under 200 lines and keeps the two commands", () => {
    expect(readme.split("\n").length).toBeLessThan(200);
    expect(readme).toContain("npm run demo");
    expect(readme).toContain("npm test");
  });

  it("links the domain description inside the repository", () => {
    expect(relativeLinks(readme)).toContain("docs/domain.md");
    expect(relativeLinks(readme).filter((l) => l.startsWith("../"))).toEqual([]);
  });

  for (const file of ["README.md", ...docs]) {
    it(`${file}: every relative link points at a file that exists`, () => {
      const links = relativeLinks(read(file));
      const broken = links.filter((link) => {
        const [target, anchor] = link.split("#") as [string, string | undefined];
        const abs = path.resolve(root, path.dirname(file), decodeURIComponent(target));
        if (!abs.startsWith(root + path.sep) || !existsSync(abs)) return true;
        if (!anchor) return false;
        // An anchor names a heading of the Markdown file it points into.
        if (!abs.endsWith(".md") || !statSync(abs).isFile()) return true;
        const headings = [...readFileSync(abs, "utf8").matchAll(/^#+ (.*)$/gm)].map((m) => slug(m[1]!));
        return !headings.includes(anchor);
      });
      expect(broken, `broken links in ${file}`).toEqual([]);
    });
  }

  describe("code layout", () => {
    const named = layoutFolders(readme);

    it("names only folders that exist", () => {
      expect(named.length).toBeGreaterThan(20);
      const missing = named.filter((f) => !existsSync(path.join(root, f)) || !statSync(path.join(root, f)).isDirectory());
      expect(missing, "folders the code layout names but the tree does not have").toEqual([]);
    });

    it("names every top-level folder, every folder of app/, lib/ and components/, and every route under app's groups", () => {
      const routeParents = foldersOf("app").filter((f) => /^app\/(\(.*\)|api)$/.test(f));
      const required = [
        ...foldersOf(""),
        ...["app", "lib", "components"].flatMap(foldersOf),
        ...routeParents.flatMap(foldersOf),
      ];
      // A folder named with its path (`(auth)/sign-in/`) names the folders on that path too.
      const covered = new Set(named.flatMap((f) => f.split("/").map((_, i, parts) => parts.slice(0, i + 1).join("/"))));
      const unnamed = required.filter((f) => !covered.has(f));
      expect(unnamed, "folders on disk the README's code layout does not name").toEqual([]);
    });
  });

  it("reads a layout block the way the test means it", () => {
    const sample = "## Code layout\n\n```\napp/   routes\n  (app)/ api/  groups\n    x/   under which?\n```\n";
    expect(() => layoutFolders(sample)).toThrow(/indented under a line of several folders/);
    const ok = "## Code layout\n\n```\napp/   routes\n  (app)/   signed in\n    tasks/ audit/   pages\nlib/\n  a/ b/\n                 both\n```\n";
    expect(layoutFolders(ok)).toEqual(["app", "app/(app)", "app/(app)/tasks", "app/(app)/audit", "lib", "lib/a", "lib/b"]);
  });
});
