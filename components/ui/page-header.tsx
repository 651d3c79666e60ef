import Link from "next/link";
import type { ReactNode } from "react";

export type Crumb = { href?: string; label: string };

export function PageHeader({ title, crumbs, navLabel, actions, children }: { title: ReactNode; crumbs?: Crumb[]; navLabel: string; actions?: ReactNode; children?: ReactNode }) {
  return (
    <header className="mb-6 space-y-2">
      {crumbs && crumbs.length > 0 && (
        <nav aria-label={navLabel} className="text-sm text-muted">
          <ol className="flex flex-wrap items-center gap-1">
            {crumbs.map((c, i) => (
              <li key={i} className="flex items-center gap-1">
                {i > 0 && <span aria-hidden>›</span>}
                {c.href ? (
                  <Link href={c.href} className="underline-offset-2 hover:underline">
                    {c.label}
                  </Link>
                ) : (
                  <span aria-current="page">{c.label}</span>
                )}
              </li>
            ))}
          </ol>
        </nav>
      )}
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h1 className="text-2xl font-bold text-ink sm:text-3xl">{title}</h1>
        {actions && <div className="no-print flex flex-wrap gap-2">{actions}</div>}
      </div>
      {children}
    </header>
  );
}
