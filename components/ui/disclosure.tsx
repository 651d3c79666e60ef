import type { ReactNode } from "react";
import { cn } from "./cn";

/** A section that opens in place (add or edit forms), keyboard- and phone-friendly without script. */
export function Disclosure({ summary, children, className, open }: { summary: ReactNode; children: ReactNode; className?: string; open?: boolean }) {
  return (
    <details open={open} className={cn("group rounded-lg border border-stone-200 bg-white shadow-sm", className)}>
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 px-4 py-2 font-medium text-brand-800 marker:hidden hover:bg-stone-50">
        <span aria-hidden className="inline-block transition-transform group-open:rotate-90">›</span>
        {summary}
      </summary>
      <div className="border-t border-stone-200 p-4">{children}</div>
    </details>
  );
}
