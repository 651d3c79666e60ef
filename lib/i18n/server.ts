import "server-only";
import { getLocale, getMessages, getTimeZone, getTranslations as nextIntlGetTranslations } from "next-intl/server";
import { cache } from "react";
import { createTranslator } from "use-intl/core";
import { sharedIntl } from "./translate";

/**
 * next-intl's getTranslations (same request configuration, same signature), with the compiled
 * messages and Intl formatters shared by every request of the process (lib/i18n/translate.ts):
 * next-intl's own keeps them for one request, and a dashboard compiled its hundred messages anew
 * each time. Server components import this one.
 */
async function translationsOf(namespace?: string) {
  const [locale, messages, timeZone] = await Promise.all([getLocale(), getMessages(), getTimeZone()]);
  const { cache: intlCache, formatters } = sharedIntl(locale);
  return createTranslator({ locale, messages, namespace, timeZone, _cache: intlCache, _formatters: formatters });
}

export const getTranslations = cache(translationsOf) as unknown as typeof nextIntlGetTranslations;
