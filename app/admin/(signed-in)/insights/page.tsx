import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { filterParams, parseFilters } from "@/lib/admin/assessment-filters";
import { requireAdminPage } from "@/lib/auth/guards";
import { queryInsights } from "@/lib/insights/service";
import { InsightsFilterForm } from "@/lib/ui/insights/filter-form";
import { InsightsView } from "@/lib/ui/insights/insights-view";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("insights.meta"))("title") };
}

export default async function InsightsPage({ searchParams }: Props) {
  const params = await searchParams;
  await requireAdminPage(
    "reviewer",
    `/admin/insights?${new URLSearchParams(params as Record<string, string>).toString()}`,
  );
  const t = await getTranslations("insights");
  const locale = await getLocale();
  const { filters, invalid } = parseFilters(params);
  const figures = await queryInsights(filters);
  const listQuery = filterParams({ ...filters, q: undefined, sort: "submitted_desc" }).toString();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
      {invalid.length > 0 ? (
        <p role="alert" className="border-l-4 border-amber-600 bg-amber-50 p-3">
          {t("invalid", { fields: invalid.join(", ") })}
        </p>
      ) : null}
      {filters.q ? <p className="border-l-4 border-amber-600 bg-amber-50 p-3">{t("searchIgnored")}</p> : null}
      <InsightsFilterForm filters={filters} />
      <p>
        <Link href={`/admin/assessments${listQuery ? `?${listQuery}` : ""}`} className="text-brand-800 underline">
          {t("toList")}
        </Link>
      </p>
      <InsightsView figures={figures} locale={locale} rulesetChosen={Boolean(filters.ruleset)} />
    </div>
  );
}
