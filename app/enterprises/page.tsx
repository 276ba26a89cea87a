import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { chinaToday } from "@/lib/criteria/today";
import { enterpriseListPage, enterpriseListVersion } from "@/lib/enterprises/service";
import { pageQuery } from "@/lib/enterprises/page-query";
import { filtersToSearch } from "@/lib/enterprises/query";
import { cookieLocale } from "@/lib/http/request-locale";
import { sharePage } from "@/lib/http/shared-pages";
import { BatchFacts } from "@/lib/ui/enterprises/batch-facts";
import { EnterpriseTable } from "@/lib/ui/enterprises/enterprise-table";
import { FilterForm } from "@/lib/ui/enterprises/filter-form";
import { IndustryBars } from "@/lib/ui/enterprises/industry-bars";
import { ProvinceTiles } from "@/lib/ui/enterprises/province-tiles";
import { SampleNotice } from "@/lib/ui/enterprises/sample-notice";

// The same for every reader of a language on a day, until the list changes: `npm start`'s server
// serves copies (scripts/shared-page-cache.mjs). The titles' status depends on China's date.
sharePage("/enterprises", async (cookie) =>
  [cookieLocale(cookie), chinaToday(), String(await enterpriseListVersion())].join("|"),
);

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("enterprises.meta"))("title") };
}

export default async function EnterprisesPage({ searchParams }: Props) {
  const query = pageQuery(await searchParams);
  const { cursor, limit, ...filters } = query;
  const t = await getTranslations("enterprises");
  const locale = await getLocale();
  // Cached on each server until the list next changes (lib/enterprises/count-enterprises.ts).
  const { page, counts } = await enterpriseListPage(query);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("list.title")}</h1>
        <p className="max-w-3xl">{t("list.intro")}</p>
      </header>
      {counts.sample > 0 ? <SampleNotice /> : null}
      <FilterForm filters={filters} locale={locale} />
      <section aria-labelledby="results-title" className="space-y-3">
        <h2 id="results-title" className="text-xl font-bold">
          {t("list.results")}
        </h2>
        <p role="status" data-testid="total">
          {t("list.total", { total: page.total })}
        </p>
        {page.items.length > 0 ? (
          <>
            <p className="text-sm text-muted">{t("list.statusNote")}</p>
            <EnterpriseTable items={page.items} locale={locale} today={chinaToday()} />
          </>
        ) : (
          <p>{t("list.none")}</p>
        )}
        <nav aria-label={t("list.pagination")} className="flex flex-wrap gap-4">
          {cursor ? (
            <Link href={`/enterprises${filtersToSearch(filters)}`} className="text-brand-800 underline">
              {t("list.first")}
            </Link>
          ) : null}
          {page.nextCursor ? (
            <Link
              href={`/enterprises${filtersToSearch(filters, { cursor: page.nextCursor, ...(limit !== 20 ? { limit: String(limit) } : {}) })}`}
              className="text-brand-800 underline"
              rel="next"
            >
              {t("list.next")}
            </Link>
          ) : null}
        </nav>
      </section>
      <section aria-labelledby="counts-title" className="space-y-6">
        <h2 id="counts-title" className="text-xl font-bold">
          {t("counts.title")}
        </h2>
        <section aria-labelledby="by-province" className="space-y-2">
          <h3 id="by-province" className="text-lg font-bold">
            {t("counts.byProvince")}
          </h3>
          <p className="text-sm text-muted">{t("counts.byProvinceHint")}</p>
          <ProvinceTiles counts={counts.byProvince} filters={filters} locale={locale} />
        </section>
        <IndustryBars counts={counts.byIndustry} filters={filters} locale={locale} />
      </section>
      <BatchFacts held={counts.byBatch} locale={locale} />
    </div>
  );
}
