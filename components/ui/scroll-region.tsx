import type { ReactNode } from "react";
import { cn } from "./cn";

/**
 * A wide table's own horizontal scroller (the page itself never scrolls sideways on a phone). It
 * takes keyboard focus, so arrow keys scroll it, and is named after the table it holds.
 */
export function ScrollRegion({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={cn("overflow-x-auto", className)}>
      {children}
    </div>
  );
}
