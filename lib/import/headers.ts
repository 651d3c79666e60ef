// Tolerant header matching for uploaded tables: offices name the same column many ways, with or
// without diacritics, and put a document header block above the table.

/** Case, diacritics (đ included: it does not decompose), spaces and punctuation ignored. */
export function foldHeader(header: string): string {
  return header.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** A matcher from each column's accepted headers to the column's key. */
export function headerMatcher<K extends string>(names: Record<K, readonly string[]>): (header: string) => K | null {
  const byHeader = new Map<string, K>((Object.keys(names) as K[]).flatMap((k) => names[k].map((h) => [foldHeader(h), k] as const)));
  return (header) => byHeader.get(foldHeader(header)) ?? null;
}

export type HeaderMap<K extends string> = { row: number; columns: Map<number, K>; headers: Map<K, string> };

/**
 * The header row among the first `scan` rows: the first naming the `anchor` column and at least
 * one other known column. `columns` maps a cell index to its key, `headers` a key to its text.
 */
export function findHeaderRow<K extends string>(rows: string[][], match: (header: string) => K | null, anchor: K, scan = 15): HeaderMap<K> | null {
  for (let r = 0; r < Math.min(rows.length, scan); r++) {
    const columns = new Map<number, K>();
    const headers = new Map<K, string>();
    (rows[r] ?? []).forEach((cell, c) => {
      const key = match(cell ?? "");
      if (key && !headers.has(key)) {
        columns.set(c, key);
        headers.set(key, cell.trim());
      }
    });
    if (headers.has(anchor) && headers.size >= 2) return { row: r, columns, headers };
  }
  return null;
}
