"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

export type CongressTab = { segment: string; label: string };

/**
 * The sections of a congress; each area adds its tab in CONGRESS_SECTIONS (congress layout). On a
 * phone the tabs scroll sideways, fading at the edge, with the current one scrolled into sight;
 * from tablet width up they wrap so none is hidden.
 */
export function CongressTabs({ base, tabs, label }: { base: string; tabs: CongressTab[]; label: string }) {
  const pathname = usePathname();
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    const strip = nav.current;
    const current = strip?.querySelector<HTMLElement>('[aria-current="page"]');
    if (strip && current && strip.scrollWidth > strip.clientWidth) {
      strip.scrollLeft = current.offsetLeft - strip.clientWidth / 2 + current.offsetWidth / 2;
    }
  }, [pathname]);
  return (
    <nav
      ref={nav}
      aria-label={label}
      className="no-print -mx-4 mb-6 overflow-x-auto border-b border-stone-200 px-4 [mask-image:linear-gradient(to_right,black_calc(100%-2rem),transparent)] md:overflow-visible md:[mask-image:none]"
    >
      <ul className="flex min-w-max gap-1 md:min-w-0 md:flex-wrap">
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
