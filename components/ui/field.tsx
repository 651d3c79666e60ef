import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";
import { forwardRef } from "react";
import { cn } from "./cn";

// The look is the `.control` class (app/globals.css): one short class, not twelve utilities
// repeated in the HTML and the RSC payload of every row that has a control. A className given
// here is a utility, which wins over the component class.

export const Input = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement>>(function Input({ className, ...props }, ref) {
  return <input ref={ref} {...props} className={cn("control", className)} />;
});

export const Select = forwardRef<HTMLSelectElement, SelectHTMLAttributes<HTMLSelectElement>>(function Select({ className, ...props }, ref) {
  return <select ref={ref} {...props} className={cn("control", className)} />;
});

/**
 * A labelled control with help and error text wired through aria-describedby; the error appears
 * as an alert so screen readers announce it.
 */
export function Field({
  id,
  label,
  help,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  help?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </label>
      {children}
      {help && (
        <p id={`${id}-help`} className="text-sm text-muted">
          {help}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

/** aria props for a control inside <Field>. */
export function describedBy(id: string, error: string | undefined, help?: boolean) {
  return {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined,
  } as const;
}
