import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The database refuses UPDATE, DELETE and TRUNCATE on audit_entry (a trigger, tested in
// tests/integration/migrations.test.ts); no code path even tries, and only lib/audit writes it.
const root = path.resolve(import.meta.dirname, "../..");
const sources = ["lib", "app", "components", "scripts", "prisma/seed"].flatMap((dir) =>
  readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|mts|mjs|js)$/.test(e.name) && !e.parentPath.includes("generated"))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name))),
);

describe("the audit trail in the code", () => {
  it("is never updated or deleted, and written only through lib/audit", () => {
    expect(sources.length).toBeGreaterThan(50);
    const offences: string[] = [];
    for (const file of sources) {
      const code = readFileSync(path.join(root, file), "utf8");
      if (/auditEntry\s*\.\s*(update|updateMany|upsert|delete|deleteMany)\b/.test(code)) offences.push(`${file}: changes audit rows through Prisma`);
      if (/\b(UPDATE|DELETE\s+FROM|TRUNCATE)\s+(TABLE\s+)?"?audit_entry"?/i.test(code)) offences.push(`${file}: changes audit rows in SQL`);
      if (/auditEntry\s*\.\s*(create|createMany)\b/.test(code) && !file.startsWith("lib/audit/")) offences.push(`${file}: writes audit rows outside lib/audit`);
    }
    expect(offences).toEqual([]);
  });
});
