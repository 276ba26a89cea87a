// next-intl request configuration: the locale comes from the reader's cookie, Chinese by default.
// URLs carry no locale prefix: the same link works for everyone, in the language they chose.
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { defaultLocale, isLocale, LOCALE_COOKIE } from "./locales";
import { messages } from "./messages";

export default getRequestConfig(async () => {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(value) ? value : defaultLocale;
  return { locale, messages: messages[locale], timeZone: "Asia/Shanghai" };
});
