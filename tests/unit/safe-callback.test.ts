import { describe, expect, it } from "vitest";
import { safeCallback } from "@/lib/auth/callback";

// The browser resolves the callback against the page's URL: whatever it turns into another
// origin is a phishing link through our sign-in page.
const resolved = (path: string) => new URL(path, "https://daihoi.example.vn/sign-in");

describe("the sign-in callback", () => {
  it("keeps same-site paths, with their query and fragment", () => {
    for (const path of ["/", "/organisations/1?tab=tasks", "/tasks#open", "/audit?from=01%2F01%2F2026"]) expect(safeCallback(path)).toBe(path);
  });

  it("refuses everything that leaves the site or loops to sign-in", () => {
    for (const url of [
      "//evil.example",
      "/\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "\\\\evil.example",
      "https://evil.example/",
      "http:evil.example",
      "javascript:alert(1)",
      "/%5Cevil.example",
      "/.//evil.example",
      "/..//evil.example",
      "/%2e//evil.example",
      "/%2E%2E//evil.example",
      "/./\\evil.example",
      "/a/..//evil.example",
      "/sign-in?callbackUrl=/",
      " /tasks",
      "",
      undefined,
    ]) {
      const result = safeCallback(url);
      expect(resolved(result).origin, String(url)).toBe("https://daihoi.example.vn");
      expect(result === "/" || !result.startsWith("/sign-in"), String(url)).toBe(true);
    }
    expect(safeCallback("/\\evil.example")).toBe("/");
    expect(safeCallback("/\t/evil.example")).toBe("/");
    // Dot segments that leave a path starting with "//" (a host to the browser).
    for (const url of ["/.//evil.example", "/..//evil.example", "/%2e//evil.example"]) expect(safeCallback(url), url).toBe("/");
  });
});
