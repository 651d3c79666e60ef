import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

/** Previous / next links for a long list; `hrefOf(page)` keeps the list's filters. */
export function Pager({ page, pages, hrefOf, labels }: { page: number; pages: number; hrefOf: (page: number) => string; labels: { nav: string; previous: string; next: string; position: string } }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={labels.nav} className="flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={hrefOf(page - 1)} className={buttonClass("secondary")} rel="prev">
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-muted" aria-current="page">
        {labels.position}
      </span>
      {page < pages ? (
        <Link href={hrefOf(page + 1)} className={buttonClass("secondary")} rel="next">
          {labels.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
