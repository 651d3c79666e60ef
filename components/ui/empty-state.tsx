import Link from "next/link";
import { buttonClass } from "./button";
import { cn } from "./cn";

/**
 * An empty list says what to do next and, when the user may act, offers the action (a link to the
 * place where it is done, or the form itself as children).
 */
export function EmptyState({ text, action, children, className }: { text: string; action?: { href: string; label: string } | null; children?: React.ReactNode; className?: string }) {
  return (
    <div className={cn("rounded-md border border-dashed border-stone-300 bg-stone-50 px-4 py-5 text-sm", className)}>
      <p className="text-muted">{text}</p>
      {action && (
        <Link href={action.href} className={buttonClass("secondary", "mt-3")}>
          {action.label}
        </Link>
      )}
      {children}
    </div>
  );
}
