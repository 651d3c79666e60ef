import type { ButtonHTMLAttributes } from "react";
import { cn } from "./cn";

type Variant = "primary" | "secondary" | "ghost" | "danger";

const variants: Record<Variant, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 disabled:bg-stone-400",
  secondary: "border border-stone-300 bg-white text-ink hover:bg-stone-100 disabled:text-stone-500",
  ghost: "text-ink hover:bg-stone-100 disabled:text-stone-500",
  danger: "bg-red-50 text-red-800 border border-red-300 hover:bg-red-100",
};

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; pending?: boolean };

export function buttonClass(variant: Variant = "primary", extra?: string) {
  return cn(
    "inline-flex min-h-10 items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-medium transition-colors disabled:cursor-not-allowed",
    variants[variant],
    extra,
  );
}

export function Button({ variant = "primary", pending, className, children, disabled, ...props }: ButtonProps) {
  return (
    <button {...props} disabled={disabled || pending} aria-busy={pending || undefined} className={buttonClass(variant, className)}>
      {pending && <span aria-hidden className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent" />}
      {children}
    </button>
  );
}
