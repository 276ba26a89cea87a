import { defaultLocale, isLocale, LOCALE_COOKIE, type Locale } from "../i18n/locales";

/** The language of an API answer: `?lang=`, else the reader's language cookie, else Chinese. */
export function requestLocale(request: Request): Locale {
  const lang = new URL(request.url).searchParams.get("lang");
  if (isLocale(lang)) return lang;
  const cookie = request.headers.get("cookie") ?? "";
  const match = cookie.match(new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]+)`));
  const fromCookie = match?.[1] ? decodeURIComponent(match[1]) : undefined;
  return isLocale(fromCookie) ? fromCookie : defaultLocale;
}
