import { createTranslator } from "use-intl/core";
import { type Locale, asLocale } from "./config";
import { loadMessages } from "./messages";

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * A translator outside React rendering: route handlers answer in the language the request asks
 * for, and exports are always Vietnamese. use-intl/core is next-intl's own engine without React.
 */
export async function translator(locale: Locale): Promise<Translate> {
  return createTranslator({ locale, messages: (await loadMessages(locale)) as never }) as unknown as Translate;
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
