import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireAdminPage } from "@/lib/auth/guards";
import { isRulesetId, rulesetInForce, rulesets } from "@/lib/criteria";
import { chinaToday } from "@/lib/criteria/today";
import { isUuid } from "@/lib/ids";
import { parseResultsQuery } from "@/lib/screening/results-query";
import { getScreening, screeningPage } from "@/lib/screening/service";
import { ResultsControls } from "@/lib/ui/screening/results-controls";
import { ResultsTable } from "@/lib/ui/screening/results-table";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("screening.results"))("metaTitle") };
}

export default async function ScreeningResultsPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireAdminPage("reviewer", `/admin/screening/${id}`);
  const screening = isUuid(id) ? await getScreening(id) : null;
  if (!screening) notFound();
  const t = await getTranslations("screening.results");
  const format = await getFormatter();
  const locale = await getLocale();
  const query = parseResultsQuery(await searchParams);
  const page = await screeningPage(id, query);
  const ruleset = isRulesetId(screening.rulesetId) ? screening.rulesetId : rulesetInForce(chinaToday()).id;
  const rulesetTitle = isRulesetId(screening.rulesetId)
    ? (rulesets.find((r) => r.id === screening.rulesetId)?.title[locale] ?? ruleset)
    : t("rulesetAuto");
  const pageHref = (n: number) =>
    `/admin/screening/${id}?${new URLSearchParams({ sort: query.sort, show: query.show, page: String(n) })}`;
  const link = "font-semibold text-brand-800 underline";
  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin/screening" className={link}>
          {t("back")}
        </Link>
      </p>
      <header className="space-y-1">
        <h1 className="text-2xl font-bold break-all sm:text-3xl">{t("title", { file: screening.fileName })}</h1>
        <p>
          {t("meta", {
            email: screening.createdBy,
            when: format.dateTime(screening.createdAt, {
              dateStyle: "long",
              timeStyle: "short",
              timeZone: "Asia/Shanghai",
            }),
          })}
        </p>
        <p>{t("ruleset", { title: rulesetTitle })}</p>
        <p data-testid="screening-counts">
          {t("counts", { rows: screening.rowCount, evaluated: screening.evaluated, issues: screening.withIssues })}
        </p>
        <p className="text-sm text-muted">{t("alone")}</p>
        <p>
          <Link href={`/admin/screening/${id}/insights`} className={link}>
            {(await getTranslations("screening.insights"))("link")}
          </Link>
        </p>
      </header>
      {screening.notes.length > 0 ? (
        <ul className="list-disc border-l-4 border-amber-600 bg-amber-50 p-3 pl-8">
          {screening.notes.map((n, i) => (
            <li key={i} className="break-words">
              {n}
            </li>
          ))}
        </ul>
      ) : null}
      <section aria-labelledby="download-title" className="flex flex-wrap items-center gap-4">
        <h2 id="download-title" className="font-bold">
          {t("download")}
        </h2>
        <a href={`/api/v1/admin/screening/${id}/export?format=xlsx`} className={link} download>
          {t("xlsx")}
        </a>
        <a href={`/api/v1/admin/screening/${id}/export?format=csv`} className={link} download>
          {t("csv")}
        </a>
      </section>
      <ResultsControls id={id} query={query} ruleset={ruleset} />
      <p role="status">{t("total", { count: page.total })}</p>
      {page.rows.length === 0 ? <p>{t("none")}</p> : <ResultsTable id={id} rows={page.rows} ruleset={ruleset} />}
      {page.pages > 1 ? (
        <nav aria-label={t("pagination")} className="flex flex-wrap gap-6">
          {query.page > 1 ? (
            <Link href={pageHref(query.page - 1)} className={link}>
              {t("previous")}
            </Link>
          ) : null}
          <span>{t("page", { page: Math.min(query.page, page.pages), pages: page.pages })}</span>
          {query.page < page.pages ? (
            <Link href={pageHref(query.page + 1)} className={link}>
              {t("next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
