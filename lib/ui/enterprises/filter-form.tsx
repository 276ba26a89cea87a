import type { Locale } from "@/lib/i18n/locales";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { PROVINCE_CODES } from "@/lib/criteria/provinces";
import { BATCH_NUMBERS } from "@/lib/enterprises/batches";
import type { EnterpriseFilters } from "@/lib/enterprises/query";
import { industries } from "@/lib/questionnaire/industries";
import { provinceName } from "./names";

const sections = industries.filter((i) => i.level === "section");
const divisionsOf = (letter: string) => industries.filter((i) => i.level === "division" && i.code.startsWith(letter));

/** A plain GET form: filtering works without JavaScript, and the URL is the shareable selection. */
export async function FilterForm({ filters, locale }: { filters: EnterpriseFilters; locale: Locale }) {
  const t = await getTranslations("enterprises.filters");
  const name = (i: { zh: string; en: string }) => (locale === "en" ? i.en : i.zh);
  const field = "mb-1 block font-semibold";
  const control = "w-full rounded border-2 border-gray-700 bg-white px-2 py-2";
  return (
    <form
      method="get"
      action="/enterprises"
      role="search"
      aria-labelledby="filters-title"
      className="space-y-3 rounded border border-gray-300 p-4"
    >
      <h2 id="filters-title" className="text-lg font-bold">
        {t("title")}
      </h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="filter-q" className={field}>
            {t("q")}
          </label>
          <input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            maxLength={100}
            className={control}
          />
        </div>
        <div>
          <label htmlFor="filter-province" className={field}>
            {t("province")}
          </label>
          <select id="filter-province" name="province" defaultValue={filters.province ?? ""} className={control}>
            <option value="">{t("all")}</option>
            {PROVINCE_CODES.map((code) => (
              <option key={code} value={code}>
                {provinceName(code, locale)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-batch" className={field}>
            {t("batch")}
          </label>
          <select
            id="filter-batch"
            name="batch"
            defaultValue={filters.batch ? String(filters.batch) : ""}
            className={control}
          >
            <option value="">{t("all")}</option>
            {BATCH_NUMBERS.map((b) => (
              <option key={b} value={b}>
                {b}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-industry" className={field}>
            {t("industry")}
          </label>
          <select id="filter-industry" name="industry" defaultValue={filters.industry ?? ""} className={control}>
            <option value="">{t("all")}</option>
            {sections.map((s) => (
              <optgroup key={s.code} label={`${s.code} ${name(s)}`}>
                <option value={s.code}>{`${s.code} ${name(s)}`}</option>
                {divisionsOf(s.code).map((d) => (
                  <option key={d.code} value={d.code}>{`${d.code} ${name(d)}`}</option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("apply")}
        </button>
        <Link href="/enterprises" className="text-brand-800 underline">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
