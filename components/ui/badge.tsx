import type { ReactNode } from "react";
import { cn } from "./cn";

type Tone = "neutral" | "green" | "amber" | "red" | "blue";

// The looks live in app/globals.css (.badge, .badge-<tone>): rosters repeat badges on every row.

export function Badge({ tone = "neutral", children, className }: { tone?: Tone; children: ReactNode; className?: string }) {
  return (
    <span className={cn("badge", `badge-${tone}`, className)}>
      {children}
    </span>
  );
}
