"use client";
import { ProgressBar } from "@/components/charts/progress-bar";
import { cn } from "@/components/ui/cn";

/** A headline figure, in words already: the label, the value, a note and the bar's share. */
export type FigureTile = { key: string; label: string; value: string; note?: string; alert?: boolean; bar?: { value: number; total: number; label: string } };

// A client component so that the province page's fifty organisations cross as five small records each,
// not as the ~60 elements their tiles draw, serialised into the RSC payload and parsed back.
/** The tiles of FigureTiles. */
export function FigureTileList({ tiles, compact }: { tiles: FigureTile[]; compact?: boolean }) {
  return (
    <dl className={cn("grid gap-3", compact ? "grid-cols-2" : "grid-cols-2 md:grid-cols-3 xl:grid-cols-5")}>
      {tiles.map((tile) => (
        <div key={tile.key} data-figure={tile.key} className={cn("rounded-lg border bg-white p-3", tile.alert ? "border-red-300" : "border-stone-200", compact && tile.key === "opening" && "col-span-2")}>
          <dt className="text-xs font-medium text-muted uppercase">{tile.label}</dt>
          <dd className="space-y-1">
            <span className={cn("block font-semibold tabular-nums", compact ? "text-lg" : "text-2xl")}>{tile.value}</span>
            {tile.bar && <ProgressBar {...tile.bar} />}
            {tile.note && <span className="block text-xs font-medium text-red-800">{tile.note}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
