export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "vi";
/** The cookie that carries the language; signed-in users' choice is also kept on their account. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function asLocale(value: string | undefined | null): Locale {
  return value === "en" ? "en" : DEFAULT_LOCALE;
}

/** Catalog namespaces client components use; the rest stays on the server. */
export const CLIENT_NAMESPACES = ["common", "errors", "auth", "settings", "unit", "unitForm", "planning", "planningErrors", "tasks", "milestones", "subCommittees", "documents", "grassroots", "delegates", "quotas", "composition", "delegateImport", "apiTokens", "setup", "congressErrors", "organisationErrors", "accountErrors", "personnel", "elections"] as const;
