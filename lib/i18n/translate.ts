import { _createCache, _createIntlFormatters, createTranslator } from "use-intl/core";
import { type Locale, asLocale } from "./config";
import { loadMessages } from "./messages";

type IntlCache = ReturnType<typeof _createCache>;
const shared = new Map<string, { cache: IntlCache; formatters: ReturnType<typeof _createIntlFormatters> }>();

/**
 * The compiled messages and Intl formatters of a locale, kept for the life of the process. The
 * catalog never changes while the server runs, and a compiled message is keyed by its text,
 * locale and formats (time zone included), so sharing them across requests is safe; next-intl
 * would compile them, and build the number and plural formatters, again on every request.
 */
export function sharedIntl(locale: string) {
  let entry = shared.get(locale);
  if (!entry) {
    const cache = _createCache();
    entry = { cache, formatters: _createIntlFormatters(cache) };
    shared.set(locale, entry);
  }
  return entry;
}

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * A translator outside React rendering: route handlers answer in the language the request asks
 * for, and exports are always Vietnamese. use-intl/core is next-intl's own engine without React.
 */
export async function translator(locale: Locale): Promise<Translate> {
  const { cache, formatters } = sharedIntl(locale);
  return createTranslator({ locale, messages: (await loadMessages(locale)) as never, _cache: cache, _formatters: formatters }) as unknown as Translate;
}

/** "en" when the Accept-Language header prefers English over Vietnamese, otherwise "vi". */
export function localeFromAcceptLanguage(header: string | null): Locale {
  if (!header) return "vi";
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())?.[1]).find(Boolean);
      return { lang: (tag ?? "").toLowerCase().split("-")[0]!, q: q ? Number(q) : 1 };
    })
    .filter((x) => x.lang === "vi" || x.lang === "en")
    .sort((a, b) => b.q - a.q);
  return asLocale(ranked[0]?.lang);
}
