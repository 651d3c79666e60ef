import { describe, expect, it } from "vitest";
import { PREREQUISITES, missingPackages } from "../../scripts/lib/test-prerequisites.mts";

const fake = (chromium: boolean, pgDump: boolean) => [
  { name: "Chromium", debianPackage: "chromium", present: () => chromium },
  { name: "pg_dump 15", debianPackage: "postgresql-client-15", present: () => pgDump },
];

describe("npm test's machine prerequisites", () => {
  it("asks for Chromium only for the browser suite and pg_dump 15 only for the ops suite", () => {
    expect(missingPackages(["unit", "integration"], fake(false, false))).toEqual([]);
    expect(missingPackages(["unit", "integration", "e2e", "ops", "bench"], fake(false, false))).toEqual(["chromium", "postgresql-client-15"]);
    expect(missingPackages(["e2e"], fake(false, true))).toEqual(["chromium"]);
    expect(missingPackages(["ops"], fake(true, false))).toEqual(["postgresql-client-15"]);
    expect(missingPackages(["e2e", "ops"], fake(true, true))).toEqual([]);
  });

  it("looks where CHROMIUM_PATH and PG_DUMP_PATH point", () => {
    const saved = { c: process.env.CHROMIUM_PATH, p: process.env.PG_DUMP_PATH };
    try {
      process.env.CHROMIUM_PATH = "/nonexistent/chromium";
      process.env.PG_DUMP_PATH = "/nonexistent/pg_dump";
      expect(missingPackages(["e2e", "ops"], PREREQUISITES)).toEqual(["chromium", "postgresql-client-15"]);
    } finally {
      for (const [k, v] of [["CHROMIUM_PATH", saved.c], ["PG_DUMP_PATH", saved.p]] as const) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
});
