import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { queryValue } from "@/lib/http/query";
import { filterParams, parseFilters } from "@/lib/admin/assessment-filters";
import { listAssessments } from "@/lib/admin/service";
import { requireAdminPage } from "@/lib/auth/guards";
import { AssessmentTable } from "@/lib/ui/admin/assessment-table";
import { FiltersForm } from "@/lib/ui/admin/filters-form";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.list"))("title") };
}

export default async function AssessmentsPage({ searchParams }: Props) {
  const params = await searchParams;
  await requireAdminPage(
    "reviewer",
    `/admin/assessments?${new URLSearchParams(params as Record<string, string>).toString()}`,
  );
  const t = await getTranslations("admin");
  const { filters, invalid } = parseFilters(params);
  const page = await listAssessments(filters, {
    after: queryValue(params, "after", 2048),
    before: queryValue(params, "before", 2048),
  });
  const query = filterParams(filters);
  const withQuery = (extra: Record<string, string>) =>
    `?${new URLSearchParams({ ...Object.fromEntries(query), ...extra }).toString()}`;
  const pageLink = "font-semibold text-brand-800 underline";
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("list.title")}</h1>
      {invalid.length > 0 ? (
        <p role="alert" className="border-l-4 border-amber-600 bg-amber-50 p-3">
          {t("list.invalid", { fields: invalid.join(", ") })}
        </p>
      ) : null}
      <FiltersForm filters={filters} />
      <section aria-labelledby="export-title" className="flex flex-wrap items-center gap-4">
        <h2 id="export-title" className="font-bold">
          {t("list.export")}
        </h2>
        <a
          href={`/api/v1/admin/assessments/export?${new URLSearchParams({ format: "csv", ...Object.fromEntries(query) })}`}
          className={pageLink}
          download
        >
          {t("list.exportCsv")}
        </a>
        <a
          href={`/api/v1/admin/assessments/export?${new URLSearchParams({ format: "xlsx", ...Object.fromEntries(query) })}`}
          className={pageLink}
          download
        >
          {t("list.exportXlsx")}
        </a>
      </section>
      <p role="status" data-testid="result-count" className="font-semibold">
        {page.more ? t("list.countMore", { count: page.total }) : t("list.count", { count: page.total })}
      </p>
      {page.rows.length === 0 ? <p>{t("list.none")}</p> : <AssessmentTable rows={page.rows} sort={filters.sort} />}
      <nav aria-label={t("list.pagination")} className="flex flex-wrap gap-6">
        {page.previous ? (
          <Link href={`/admin/assessments${withQuery({})}`} className={pageLink}>
            {t("list.first")}
          </Link>
        ) : null}
        {page.previous ? (
          <Link href={`/admin/assessments${withQuery({ before: page.previous })}`} className={pageLink} rel="prev">
            {t("list.previous")}
          </Link>
        ) : null}
        {page.next ? (
          <Link href={`/admin/assessments${withQuery({ after: page.next })}`} className={pageLink} rel="next">
            {t("list.next")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
