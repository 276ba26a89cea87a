import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { tierTitle, type RulesetId, type TierId } from "@/lib/criteria";
import { SHOWS, SORTS, type ResultsQuery } from "@/lib/screening/results-query";

/** The sort and the filter, as a plain GET form (it works without JavaScript), and two quick views. */
export async function ResultsControls({ id, query, ruleset }: { id: string; query: ResultsQuery; ruleset: RulesetId }) {
  const t = await getTranslations("screening.results");
  const locale = await getLocale();
  const words = (value: string) => {
    const m = /^(closest|eligible)-(.+)$/.exec(value);
    return m
      ? t(m[1] === "closest" ? "sortClosest" : "showEligible", { tier: tierTitle(locale, ruleset, m[2] as TierId) })
      : t(`options.${value}`);
  };
  const select = "w-full max-w-xs rounded border-2 border-gray-700 px-3 py-2";
  const link = "font-semibold text-brand-800 underline";
  return (
    <section aria-labelledby="view-title" className="space-y-3">
      <h2 id="view-title" className="text-xl font-bold">
        {t("viewTitle")}
      </h2>
      <p className="flex flex-wrap gap-x-6 gap-y-1">
        <Link href={`/admin/screening/${id}?sort=closest-little-giant`} className={link}>
          {t("quickClosest", { tier: tierTitle(locale, ruleset, "little-giant") })}
        </Link>
        <Link href={`/admin/screening/${id}?show=unknowns`} className={link}>
          {t("quickUnknowns")}
        </Link>
      </p>
      <form method="get" action={`/admin/screening/${id}`} className="flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="results-sort" className="mb-1 block font-semibold">
            {t("sort")}
          </label>
          <select id="results-sort" name="sort" defaultValue={query.sort} className={select}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {words(s)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="results-show" className="mb-1 block font-semibold">
            {t("show")}
          </label>
          <select id="results-show" name="show" defaultValue={query.show} className={select}>
            {SHOWS.map((s) => (
              <option key={s} value={s}>
                {words(s)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("apply")}
        </button>
      </form>
    </section>
  );
}
