export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "vi";
/** The cookie that carries the language; signed-in users' choice is also kept on their account. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function asLocale(value: string | undefined | null): Locale {
  return value === "en" ? "en" : DEFAULT_LOCALE;
}

/**
 * Catalog namespaces client components read, and of them the ones every page sends (the shell,
 * the password form, and the messages of action results, which any form may show). The others
 * are added by the section that uses them (components/i18n/client-messages.tsx).
 */
export const CLIENT_NAMESPACES = ["common", "errors", "auth", "settings", "unit", "unitForm", "planning", "planningErrors", "tasks", "milestones", "subCommittees", "documents", "grassroots", "delegates", "quotas", "composition", "delegateImport", "apiTokens", "setup", "congressErrors", "organisationErrors", "accountErrors", "personnel", "elections"] as const;
export type ClientNamespace = (typeof CLIENT_NAMESPACES)[number];
export const GLOBAL_CLIENT_NAMESPACES: readonly ClientNamespace[] = ["common", "errors", "auth", "settings", "planning", "planningErrors", "congressErrors", "organisationErrors", "accountErrors"];
