import { getLocale, getTranslations } from "next-intl/server";
import { DateField } from "@/lib/ui/admin/date-field";
import { FILTER_CONTROL, FILTER_LABEL, SelectFilter } from "@/lib/ui/admin/select-filter";
import Link from "next/link";
import { PROVINCES, rulesets, TIER_IDS } from "@/lib/criteria";
import { VERDICT_PARAMS, type AssessmentFilters } from "@/lib/admin/assessment-filters";

const control = FILTER_CONTROL;
const label = FILTER_LABEL;

/**
 * The insights' filters as a plain GET form with the admin list's parameter names, so a list's
 * URL opens the same selection here and back. A status or verdict that came with the URL is kept.
 */
export async function InsightsFilterForm({ filters }: { filters: AssessmentFilters }) {
  const t = await getTranslations("insights.filters");
  const locale = await getLocale();
  const kept: [string, string][] = [
    ...(filters.status ? [["status", filters.status] as [string, string]] : []),
    ...TIER_IDS.flatMap((tier): [string, string][] => {
      const v = filters.verdicts[tier];
      return v ? [[VERDICT_PARAMS[tier], v]] : [];
    }),
  ];
  const select = (name: string, value: string | undefined, options: { value: string; label: string }[]) => (
    <SelectFilter
      id={`i-${name}`}
      name={name}
      label={t(name as "province" | "ruleset")}
      value={value}
      any={t("any")}
      options={options}
    />
  );
  return (
    <form
      method="get"
      action="/admin/insights"
      role="search"
      aria-labelledby="insights-filters-title"
      className="space-y-4 rounded border border-gray-300 p-4"
    >
      <h2 id="insights-filters-title" className="text-lg font-bold">
        {t("title")}
      </h2>
      {kept.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {select(
          "province",
          filters.province,
          Object.entries(PROVINCES).map(([code, name]) => ({ value: code, label: name[locale] })),
        )}
        <div>
          <label htmlFor="i-industry" className={label}>
            {t("industry")}
          </label>
          <p id="i-industry-hint" className="mb-1 text-sm text-muted">
            {t("industryHint")}
          </p>
          <input
            id="i-industry"
            name="industry"
            defaultValue={filters.industry ?? ""}
            aria-describedby="i-industry-hint"
            className={control}
            spellCheck={false}
          />
        </div>
        {select(
          "ruleset",
          filters.ruleset,
          rulesets.map((r) => ({ value: r.id, label: r.title[locale] })),
        )}
        <DateField id="i-from" name="from" label={t("from")} value={filters.from} />
        <DateField id="i-to" name="to" label={t("to")} value={filters.to} />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("apply")}
        </button>
        <Link href="/admin/insights" className="text-brand-800 underline">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
