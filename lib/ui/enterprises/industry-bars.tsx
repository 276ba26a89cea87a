import type { Locale } from "@/lib/i18n/locales";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { Count } from "@/lib/enterprises/count-enterprises";
import { filtersToSearch, type EnterpriseFilters } from "@/lib/enterprises/query";
import { industryLabel } from "./names";

const SHOWN = 10;

/**
 * A ranked bar chart in plain HTML: the number is printed on every row, the bar only repeats it.
 * On a phone the industry's name takes its own line above the bar, so names wrap instead of
 * being cut or running into the bar.
 */
export async function IndustryBars({
  counts,
  filters,
  locale,
}: {
  counts: readonly Count[];
  filters: EnterpriseFilters;
  locale: Locale;
}) {
  const t = await getTranslations("enterprises");
  const top = counts.slice(0, SHOWN);
  const max = Math.max(1, ...top.map((c) => c.count));
  return (
    <section aria-labelledby="by-industry" className="space-y-2">
      <h3 id="by-industry" className="text-lg font-bold">
        {t("counts.byIndustry", { count: top.length })}
      </h3>
      <ol className="space-y-1" data-testid="industry-counts">
        {top.map((c) => (
          <li
            key={c.key}
            className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-2 text-sm sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)_auto]"
          >
            {c.key === "" ? (
              <span className="col-span-2 sm:col-span-1">{t("counts.noIndustry")}</span>
            ) : (
              <Link
                href={`/enterprises${filtersToSearch({ ...filters, industry: c.key })}`}
                prefetch={false}
                className="col-span-2 text-brand-800 underline sm:col-span-1"
              >
                {industryLabel(c.key, locale)}
              </Link>
            )}
            <span
              aria-hidden="true"
              className="h-3 rounded-sm bg-gray-700"
              style={{ width: `${Math.max(2, (c.count * 100) / max)}%` }}
            />
            <span className="font-semibold tabular-nums">{c.count}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
