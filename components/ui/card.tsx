import type { HTMLAttributes, ReactNode } from "react";
import { cn } from "./cn";

export function Card({ className, ...props }: HTMLAttributes<HTMLElement>) {
  return <section {...props} className={cn("rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-5", className)} />;
}

export function CardTitle({ children, as: Tag = "h2", className }: { children: ReactNode; as?: "h2" | "h3"; className?: string }) {
  return <Tag className={cn("mb-3 text-lg font-semibold text-ink", className)}>{children}</Tag>;
}
