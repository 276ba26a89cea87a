import { getLocale, getTranslations } from "next-intl/server";
import { DateField } from "./date-field";
import { FILTER_CONTROL, FILTER_LABEL, SelectFilter } from "./select-filter";
import Link from "next/link";
import { PROVINCES, rulesets, TIER_IDS, VERDICTS } from "@/lib/criteria";
import { REVIEW_STATUSES, SORTS, VERDICT_PARAMS, type AssessmentFilters } from "@/lib/admin/assessment-filters";

const control = FILTER_CONTROL;
const label = FILTER_LABEL;

/** The list's filters as a plain GET form: the URL holds them, and it works without JavaScript. */
export async function FiltersForm({ filters }: { filters: AssessmentFilters }) {
  const t = await getTranslations("admin");
  const rt = await getTranslations("admin");
  const locale = await getLocale();
  const select = (
    name: string,
    text: string,
    value: string | undefined,
    options: { value: string; label: string }[],
  ) => <SelectFilter id={`f-${name}`} name={name} label={text} value={value} any={t("list.any")} options={options} />;
  return (
    <form
      method="get"
      action="/admin/assessments"
      role="search"
      aria-labelledby="filters-title"
      className="space-y-4 rounded border border-gray-300 p-4"
    >
      <h2 id="filters-title" className="text-lg font-bold">
        {t("list.filters")}
      </h2>
      <div>
        <label htmlFor="f-q" className={label}>
          {t("list.search")}
        </label>
        <p id="f-q-hint" className="mb-1 text-sm text-muted">
          {t("list.searchHint")}
        </p>
        <input
          id="f-q"
          name="q"
          type="search"
          defaultValue={filters.q ?? ""}
          aria-describedby="f-q-hint"
          className={`${control} max-w-xl`}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {select(
          "status",
          t("list.status"),
          filters.status,
          REVIEW_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
        )}
        {TIER_IDS.map((tier) =>
          select(
            VERDICT_PARAMS[tier],
            t("list.verdict", { tier: t(`tiers.${tier}`) }),
            filters.verdicts[tier],
            VERDICTS.map((v) => ({ value: v, label: rt(`verdict.${v}`) })),
          ),
        )}
        {select(
          "province",
          t("list.province"),
          filters.province,
          Object.entries(PROVINCES).map(([code, name]) => ({ value: code, label: name[locale] })),
        )}
        <div>
          <label htmlFor="f-industry" className={label}>
            {t("list.industry")}
          </label>
          <p id="f-industry-hint" className="mb-1 text-sm text-muted">
            {t("list.industryHint")}
          </p>
          <input
            id="f-industry"
            name="industry"
            defaultValue={filters.industry ?? ""}
            aria-describedby="f-industry-hint"
            className={control}
            spellCheck={false}
          />
        </div>
        <div>
          <label htmlFor="f-city" className={label}>
            {t("list.city")}
          </label>
          <input id="f-city" name="city" defaultValue={filters.city ?? ""} className={control} />
        </div>
        {select(
          "ruleset",
          t("list.ruleset"),
          filters.ruleset,
          rulesets.map((r) => ({ value: r.id, label: r.title[locale] })),
        )}
        <DateField id="f-from" name="from" label={t("list.from")} value={filters.from} />
        <DateField id="f-to" name="to" label={t("list.to")} value={filters.to} />
        <div>
          <label htmlFor="f-sort" className={label}>
            {t("list.sort")}
          </label>
          <select id="f-sort" name="sort" defaultValue={filters.sort} className={control}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`list.sorts.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("list.apply")}
        </button>
        <Link href="/admin/assessments" className="text-brand-800 underline">
          {t("list.clear")}
        </Link>
      </div>
    </form>
  );
}
