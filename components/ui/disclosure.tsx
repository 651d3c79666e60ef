import type { ReactNode } from "react";
import { cn } from "./cn";

/**
 * A section that opens in place (add or edit forms), keyboard- and phone-friendly without script.
 * "subtle" is the small variant for a row's own edit form.
 */
export function Disclosure({ summary, children, className, open, subtle }: { summary: ReactNode; children: ReactNode; className?: string; open?: boolean; subtle?: boolean }) {
  return (
    <details open={open} className={cn("group", subtle ? "" : "rounded-lg border border-stone-200 bg-white shadow-sm", className)}>
      <summary
        className={cn(
          "flex cursor-pointer list-none items-center gap-2 marker:hidden",
          subtle ? "min-h-9 w-fit rounded-md px-1 text-sm font-medium text-blue-800 hover:underline" : "min-h-11 px-4 py-2 font-medium text-brand-800 hover:bg-stone-50",
        )}
      >
        <span aria-hidden className="inline-block transition-transform group-open:rotate-90">›</span>
        {summary}
      </summary>
      <div className={cn(subtle ? "mt-2 rounded-lg border border-stone-200 bg-white p-3" : "border-t border-stone-200 p-4")}>{children}</div>
    </details>
  );
}
