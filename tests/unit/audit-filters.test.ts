import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { AUDIT_KINDS, auditFilterSchema, auditQuery } from "@/lib/audit/schema";

describe("audit log filters", () => {
  it("read dates typed dd/mm/yyyy or carried as YYYY-MM-DD, and ignore what is malformed", () => {
    const f = auditFilterSchema.parse({ from: "15/01/2020", to: "2020-01-31", kind: "bogus", record: "x" });
    expect(f).toMatchObject({ from: "2020-01-15", to: "2020-01-31", kind: undefined, record: undefined });
    expect(auditFilterSchema.parse({ from: "31/02/2020", to: "2020-13-01" })).toMatchObject({ from: undefined, to: undefined });
    expect(auditQuery(f)).toBe("?from=2020-01-15&to=2020-01-31");
  });

  it("filter to the elections' entries: the election and the ballot count, the personnel scheme, the congress's own record", () => {
    for (const kind of ["election", "ballot-count", "personnel", "congress"]) {
      expect(auditFilterSchema.parse({ kind }).kind).toBe(kind);
      expect(auditQuery(auditFilterSchema.parse({ kind }))).toBe(`?kind=${kind}`);
    }
  });

  it("every kind has its label in both catalogs, and every action recorded under a kind in the catalogs belongs to a kind", () => {
    for (const locale of ["vi", "en"]) {
      const log = JSON.parse(readFileSync(path.resolve("messages", locale, "audit.json"), "utf8")).auditLog as { kinds: Record<string, string>; actions: Record<string, unknown> };
      for (const kind of AUDIT_KINDS) expect(log.kinds[kind], `${locale}: ${kind}`).toBeTruthy();
      // The first part of each recorded action ("ballot-count.correct" → ballot-count) is a kind to filter by.
      for (const kind of ["election", "ballot-count", "personnel", "congress"]) expect(Object.keys(log.actions), locale).toContain(kind);
    }
  });
});
