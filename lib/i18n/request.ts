import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, asLocale } from "./config";
import { VN_TIME_ZONE } from "../dates";
import { loadMessages } from "./messages";

export default getRequestConfig(async () => {
  const locale = asLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: await loadMessages(locale), timeZone: VN_TIME_ZONE };
});
