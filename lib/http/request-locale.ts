import { defaultLocale, isLocale, LOCALE_COOKIE, type Locale } from "../i18n/locales";
import { readCookie } from "./cookies";

/** The language of an API answer: `?lang=`, else the reader's language cookie, else Chinese. */
export function requestLocale(request: Request): Locale {
  const lang = new URL(request.url).searchParams.get("lang");
  if (isLocale(lang)) return lang;
  const fromCookie = readCookie(request.headers, LOCALE_COOKIE);
  return isLocale(fromCookie) ? fromCookie : defaultLocale;
}

/** The reader's language as the pages choose it (lib/i18n/request.ts), from a Cookie header. */
export function cookieLocale(cookie: string | undefined): Locale {
  const value = readCookie(new Headers(cookie ? { cookie } : {}), LOCALE_COOKIE);
  return isLocale(value) ? value : defaultLocale;
}
