"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export type CongressTab = { segment: string; label: string };

/** The sections of a congress; each area adds its tab in CONGRESS_SECTIONS (congress layout). */
export function CongressTabs({ base, tabs, label }: { base: string; tabs: CongressTab[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="no-print -mx-4 mb-6 overflow-x-auto border-b border-stone-200 px-4">
      <ul className="flex min-w-max gap-1">
        {tabs.map((tab) => {
          const href = tab.segment ? `${base}/${tab.segment}` : base;
          const active = tab.segment ? pathname.startsWith(href) : pathname === base;
          return (
            <li key={tab.segment}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className="inline-block border-b-2 border-transparent px-3 py-2 text-sm font-medium text-muted hover:text-ink aria-[current=page]:border-brand-700 aria-[current=page]:text-brand-800"
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
