import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/lib/i18n/set-locale";
import { locales } from "@/lib/i18n/locales";

/** One button per other language; a plain form post, so it needs no client JavaScript. */
export async function LanguageSwitch() {
  const t = await getTranslations("language");
  const current = await getLocale();
  return (
    <form action={setLocale} className="flex items-center gap-2 text-sm" aria-label={t("label")}>
      {locales
        .filter((l) => l !== current)
        .map((l) => (
          <button
            key={l}
            type="submit"
            name="locale"
            value={l}
            lang={l}
            aria-label={t("switchTo", { language: t(l) })}
            className="rounded border border-white/70 px-3 py-1 font-medium text-white hover:bg-white/10"
          >
            {t(l)}
          </button>
        ))}
    </form>
  );
}
