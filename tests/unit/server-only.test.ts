import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Reads (data.ts) and writes (mutations.ts) reach the database with the caller's scope: a client
// component importing one by mistake must fail the build, not ship the query to the browser.
const root = path.resolve(import.meta.dirname, "../..");
const files = readdirSync(path.join(root, "lib"), { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile() && /^(data|mutations)\.tsx?$/.test(e.name) && !e.parentPath.includes("generated"))
  .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
  .sort();

describe('"server-only" guards', () => {
  it("finds the data and mutation modules", () => {
    expect(files).toContain("lib/audit/data.ts");
    expect(files).toContain("lib/delegates/mutations.ts");
  });

  for (const file of files) {
    it(`${file} imports "server-only" first`, () => {
      const code = readFileSync(path.join(root, file), "utf8").replace(/^(\s*\/\/[^\n]*\n|\s*\/\*[\s\S]*?\*\/)*/, "");
      expect(code.trimStart().startsWith('import "server-only";')).toBe(true);
    });
  }
});
