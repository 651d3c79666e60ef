import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";

export type FilterOption = { value: string; label: string };

/** One select of a GET filter form; the empty choice means "all". */
export function FilterSelect({ name, label, value, allLabel, options }: { name: string; label: string; value: string | undefined; allLabel: string; options: FilterOption[] }) {
  return (
    <label className="space-y-1 text-sm">
      <span className="block font-medium">{label}</span>
      <Select name={name} defaultValue={value ?? ""} className="py-1.5 text-sm">
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </label>
  );
}

/** One text or date input of a GET filter form. */
export function FilterInput({ name, label, value, type, ...extra }: { name: string; label: string; value: string | undefined; type: string } & Record<string, string | undefined>) {
  return (
    <label className="space-y-1 text-sm">
      <span className="block font-medium">{label}</span>
      <Input name={name} type={type} defaultValue={value ?? ""} className="py-1.5 text-sm" {...extra} />
    </label>
  );
}

/**
 * A plain GET form: the filters live in the URL, so a filtered list can be shared and reloaded.
 * "Clear" is a link to the unfiltered page.
 */
export function FilterForm({ action, title, applyLabel, clearLabel, className, children }: { action: string; title: string; applyLabel: string; clearLabel: string; className: string; children: ReactNode }) {
  return (
    <form method="get" action={action} aria-label={title} className={className}>
      {children}
      <div className="flex gap-2">
        <button type="submit" className={buttonClass("primary")}>
          {applyLabel}
        </button>
        <Link href={action} className={buttonClass("ghost")}>
          {clearLabel}
        </Link>
      </div>
    </form>
  );
}
