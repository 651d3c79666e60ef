import { describe, expect, it } from "vitest";
import { auditFilterSchema, auditQuery } from "@/lib/audit/schema";

describe("audit log filters", () => {
  it("read dates typed dd/mm/yyyy or carried as YYYY-MM-DD, and ignore what is malformed", () => {
    const f = auditFilterSchema.parse({ from: "15/01/2020", to: "2020-01-31", kind: "bogus", record: "x" });
    expect(f).toMatchObject({ from: "2020-01-15", to: "2020-01-31", kind: undefined, record: undefined });
    expect(auditFilterSchema.parse({ from: "31/02/2020", to: "2020-13-01" })).toMatchObject({ from: undefined, to: undefined });
    expect(auditQuery(f)).toBe("?from=2020-01-15&to=2020-01-31");
  });
});
