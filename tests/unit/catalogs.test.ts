import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/config";
import { MESSAGE_AREAS } from "@/lib/i18n/messages";

const dir = path.resolve("messages");

function flatten(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
}

const keysOf = (locale: string, area: string) => flatten(JSON.parse(readFileSync(path.join(dir, locale, `${area}.json`), "utf8"))).sort();

describe("message catalogs", () => {
  it("every catalog file is loaded", () => {
    for (const locale of LOCALES) {
      const files = readdirSync(path.join(dir, locale)).map((f) => f.replace(/\.json$/, "")).sort();
      expect(files).toEqual([...MESSAGE_AREAS].sort());
    }
  });

  for (const area of MESSAGE_AREAS) {
    it(`${area}: Vietnamese and English have the same keys`, () => {
      const vi = keysOf("vi", area);
      const en = keysOf("en", area);
      expect(vi.filter((k) => !en.includes(k)), "missing in en").toEqual([]);
      expect(en.filter((k) => !vi.includes(k)), "missing in vi").toEqual([]);
    });
  }

  // A plain {count} prints 2357 in both languages; {count, number} prints 2.357 and 2,357.
  it("counts are formatted for the locale ({name, number}, not {name})", () => {
    const COUNTS = /\{(days|count|total|shown|present|held|done|planned|pending|late|valid|invalid|rows|seats|elected|groups|from|to|page|pages)\}/;
    for (const locale of LOCALES) {
      for (const area of MESSAGE_AREAS) {
        const text = readFileSync(path.join(dir, locale, `${area}.json`), "utf8");
        const plain = text.split("\n").filter((line) => COUNTS.test(line));
        expect(plain, `${locale}/${area}.json`).toEqual([]);
      }
    }
  });

  it("no two areas define the same top-level namespace", () => {
    const seen = new Map<string, string>();
    for (const area of MESSAGE_AREAS) {
      for (const ns of Object.keys(JSON.parse(readFileSync(path.join(dir, "vi", `${area}.json`), "utf8")))) {
        expect(seen.get(ns), `${ns} in ${area} and ${seen.get(ns)}`).toBeUndefined();
        seen.set(ns, area);
      }
    }
  });

  // The audit log names each recorded action in words; a raw "personnel.approve" is a missing label.
  it("every server action has its label in the audit log, in both languages", () => {
    const sources = readdirSync("lib", { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith("actions.ts"));
    const names = sources.flatMap((f) => [...readFileSync(path.join("lib", f), "utf8").matchAll(/\bname: "([a-z-]+\.[a-z.-]+)"/g)].map((m) => m[1]!));
    expect(names.length).toBeGreaterThan(40);
    for (const locale of LOCALES) {
      const labels = new Set(keysOf(locale, "audit").map((k) => k.replace(/^auditLog\.actions\./, "").replace(/\.self$/, "")));
      expect(names.filter((n) => !labels.has(n)), locale).toEqual([]);
    }
  });
});
