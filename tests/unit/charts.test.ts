import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Charts share one frame (ChartFigure: hidden pattern defs, role="img" summary, the table for
// screen readers) and one legend entry, and take colours from the palette only, so contrast and
// the patterns that stand in for colour are decided in one place.
const DIR = "components/charts";
const FRAME = new Set(["chart-figure.tsx", "legend-item.tsx", "patterns.tsx", "palette.ts"]);
const files = readdirSync(DIR).filter((f) => /\.tsx?$/.test(f));
const source = (f: string) => readFileSync(path.join(DIR, f), "utf8");
// A drawing is the client-rendered inside of a chart (its props are numbers, not SVG): the chart
// that imports it keeps the frame, the legend and the table.
const drawings = files.filter((f) => f.endsWith("-drawing.tsx"));
const charts = files.filter((f) => !FRAME.has(f) && !drawings.includes(f));

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsxFiles(path.join(dir, e.name)) : e.name.endsWith(".tsx") ? [path.join(dir, e.name)] : []));
}

describe("charts", () => {
  it("are all in components/charts", () => {
    expect(charts.length).toBeGreaterThanOrEqual(5);
    const elsewhere = ["components", "app"].flatMap(tsxFiles).filter((f) => !f.startsWith(DIR));
    expect(elsewhere.filter((f) => /role="img"|<pattern\b/.test(readFileSync(f, "utf8")))).toEqual([]);
  });

  it("each draws inside ChartFigure, with LegendItem for its legend", () => {
    for (const f of charts) {
      const text = source(f);
      expect(text, f).toContain("<ChartFigure");
      expect(text, f).not.toMatch(/role="img"|<figure|<figcaption|<defs>|<Swatch/);
    }
  });

  it("draw their client-rendered parts inside a chart's frame", () => {
    expect(drawings.length).toBeGreaterThanOrEqual(1);
    for (const f of drawings) {
      const text = source(f);
      expect(text, f).toMatch(/^"use client";/);
      expect(text, f).not.toMatch(/role="img"|<figure|<figcaption|<defs>|<Swatch|<ChartFigure/);
      const specifier = `./${f.replace(/\.tsx$/, "")}"`;
      expect(charts.filter((c) => source(c).includes(specifier) && source(c).includes("<ChartFigure")), f).not.toEqual([]);
    }
  });

  it("take every colour from the palette", () => {
    for (const f of files.filter((f) => f !== "palette.ts")) {
      expect(source(f).match(/#[0-9a-f]{3,8}\b|"(white|black|red|green|blue|gray|grey)"|rgb\(/gi), f).toBeNull();
    }
  });
});
