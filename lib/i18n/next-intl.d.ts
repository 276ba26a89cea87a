import type { Locale } from "./locales";

// next-intl's typed configuration: useLocale() and getLocale() answer our Locale, so no page
// narrows the language by hand (lib/i18n/request.ts accepts only these).
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
  }
}
