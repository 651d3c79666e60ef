// Since 1/7/2025 there are no districts: the organisation whose congress it is has one level-neutral
// name (organisation). "district" (and "huyện") may appear only where a district is meant: the
// level itself, its history, the reorganisation. This test keeps it so: no scope identifier names a
// district, and each file that speaks of districts is listed here with how often it may.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOTS = ["app", "lib", "components", "prisma/schema", "messages"];
const SKIP = new Set(["lib/generated"]);

function files(dir: string): string[] {
  if (SKIP.has(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx|prisma|json|css)$/.test(name) ? [p] : [];
  });
}

/** Files where a district is meant (the level, its history, the 2025 reorganisation), with how many mentions each holds. */
const MEANT: Record<string, number> = {
  "app/(app)/organisations/[organisationId]/page.tsx": 1,
  "app/(app)/provinces/[provinceId]/page.tsx": 1,
  "components/units/history-list.tsx": 1,
  "components/units/unit-status-form.tsx": 1,
  "lib/auth/access.ts": 3,
  "lib/units/below.ts": 1,
  "lib/units/schema.ts": 1,
  "lib/units/data.ts": 1,
  "lib/units/levels.ts": 7,
  "lib/units/organisation.ts": 2,
  "lib/export/document-header.ts": 3,
  "lib/congresses/mutations.ts": 1,
  "prisma/schema/units.prisma": 5,
  "prisma/schema/planning.prisma": 1,
  "messages/en/setup.json": 5,
  "messages/en/units.json": 5,
  "messages/vi/setup.json": 5,
  "messages/vi/units.json": 5,
};

const WORD = /district|huyện/giu;
/** Names of the scope that must never say district again. */
const SCOPE_NAMES = /districtId|district_id|\/districts\b|DISTRICT_ORGANIZER|"district\.[a-z-]+"|\bdistrictUnits\b/u;

describe("district only where a district is meant", () => {
  const all = ROOTS.flatMap(files);

  it("no scope name, route, role or right names a district", () => {
    const offenders = all.flatMap((f) =>
      readFileSync(f, "utf8")
        .split("\n")
        .flatMap((line, i) => (SCOPE_NAMES.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(offenders).toEqual([]);
  });

  it("each mention of a district is in a file that speaks of the level, as often as listed", () => {
    const counts = Object.fromEntries(all.map((f) => [f.split(path.sep).join("/"), readFileSync(f, "utf8").match(WORD)?.length ?? 0]).filter(([, n]) => (n as number) > 0));
    expect(counts).toEqual(MEANT);
  });
});
