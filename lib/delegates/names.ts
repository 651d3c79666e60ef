// Vietnamese names: written family, middle, given; sorted by given name, then middle, then
// family, in Vietnamese alphabet order (a ă â b c d đ e ê …); searched without diacritics.

/** NFC, trimmed, inner whitespace collapsed: text arrives in both NFC and NFD forms. */
export function cleanText(value: string): string {
  return value.normalize("NFC").replace(/\s+/g, " ").trim();
}

export type NameParts = { familyName: string; middleName: string; givenName: string };

/** "Nguyễn Văn Đức" → family Nguyễn, middle Văn, given Đức. A single word is a given name. */
export function splitName(fullName: string): NameParts {
  const words = cleanText(fullName).split(" ").filter(Boolean);
  if (words.length <= 1) return { familyName: "", middleName: "", givenName: words[0] ?? "" };
  return { familyName: words[0]!, middleName: words.slice(1, -1).join(" "), givenName: words[words.length - 1]! };
}

/**
 * Lower-case without diacritics, for search: "Nguyễn Văn Đức" → "nguyen van duc". Đ/đ do not
 * decompose in Unicode (U+0110/U+0111), so they are mapped by hand.
 */
export function searchKey(value: string): string {
  return cleanText(value)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}

// ICU's Vietnamese collation orders the letters a ă â … d đ … o ô ơ … u ư and treats tones as a
// secondary difference (Anh before Ánh).
const collator = new Intl.Collator("vi", { sensitivity: "variant", usage: "sort" });

export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}

/** The order of official lists: given name, then middle name, then family name. */
export function compareByName(a: NameParts, b: NameParts): number {
  return compareVietnamese(a.givenName, b.givenName) || compareVietnamese(a.middleName, b.middleName) || compareVietnamese(a.familyName, b.familyName);
}

export function sortByName<T extends NameParts>(items: T[]): T[] {
  return items.sort(compareByName);
}
