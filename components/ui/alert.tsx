import type { ReactNode } from "react";
import { cn } from "./cn";

export function Alert({ tone = "error", children, className }: { tone?: "error" | "info" | "success"; children: ReactNode; className?: string }) {
  const styles = {
    error: "border-red-300 bg-red-50 text-red-900",
    info: "border-blue-300 bg-blue-50 text-blue-900",
    success: "border-green-300 bg-green-50 text-green-900",
  }[tone];
  return (
    <div role={tone === "error" ? "alert" : "status"} className={cn("rounded-md border px-4 py-3 text-sm", styles, className)}>
      {children}
    </div>
  );
}
