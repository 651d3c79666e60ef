import type { ButtonHTMLAttributes } from "react";
import { cn } from "./cn";

type Variant = "primary" | "secondary" | "ghost" | "danger";

// The looks live in app/globals.css (.btn, .btn-<variant>, .btn-sm): short class names, because a
// roster repeats its row buttons hundreds of times in the HTML and in the page's payload.

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; pending?: boolean };

export function buttonClass(variant: Variant = "primary", extra?: string) {
  return cn("btn", `btn-${variant}`, extra);
}

export function Button({ variant = "primary", pending, className, children, disabled, ...props }: ButtonProps) {
  return (
    <button {...props} disabled={disabled || pending} aria-busy={pending || undefined} className={buttonClass(variant, className)}>
      {pending && <span aria-hidden className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent" />}
      {children}
    </button>
  );
}
