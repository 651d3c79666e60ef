// Keyset paging for lists read in pages through the API: the next page starts after the last row
// the caller saw, so rows added meanwhile never shift or repeat a page (uuid v7 ids grow with time).

/** A page of a list in id order: after the id the caller saw last, at most `take` rows. */
export type IdPage = { after?: string; take: number };

/** The where, order and take of one page; one row more than asked tells whether another follows. */
export function idPageArgs(page: IdPage) {
  return { where: page.after ? { id: { gt: page.after } } : {}, orderBy: [{ id: "asc" as const }], take: page.take + 1 };
}

/** Cuts the extra row off and says where the next page starts (null on the last). */
export function pageResult<T extends { id: string }>(rows: T[], take: number): { rows: T[]; nextAfter: string | null } {
  const more = rows.length > take;
  const kept = more ? rows.slice(0, take) : rows;
  return { rows: kept, nextAfter: more ? kept[kept.length - 1]!.id : null };
}
