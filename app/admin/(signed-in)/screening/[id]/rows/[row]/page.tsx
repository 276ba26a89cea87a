import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireAdminPage } from "@/lib/auth/guards";
import { isUuid } from "@/lib/ids";
import { MAX_SCREENING_ROWS } from "@/lib/screening/limits";
import { screeningReport } from "@/lib/screening/screening-report";
import { getScreeningRow } from "@/lib/screening/service";
import { ScreeningReport } from "@/lib/ui/screening/screening-report";

type Props = { params: Promise<{ id: string; row: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("screening.row"))("metaTitle") };
}

/** One screened firm's per-criterion report, as a submitted assessment's. */
export default async function ScreeningRowPage({ params }: Props) {
  const { id, row } = await params;
  await requireAdminPage("reviewer", `/admin/screening/${id}/rows/${row}`);
  const n = Number(row);
  const found =
    isUuid(id) && Number.isInteger(n) && n >= 1 && n <= MAX_SCREENING_ROWS ? await getScreeningRow(id, n) : null;
  const locale = await getLocale();
  const report = found ? screeningReport(found, `${id}-${n}`, locale) : null;
  if (!found || !report) notFound();
  const t = await getTranslations("screening.row");
  return (
    <div className="max-w-4xl space-y-10">
      <p>
        <Link href={`/admin/screening/${id}`} className="font-semibold text-brand-800 underline">
          {t("back")}
        </Link>
      </p>
      <header className="space-y-1">
        <h1 className="text-2xl font-bold break-words sm:text-3xl">{found.name ?? t("rowLabel", { row: n })}</h1>
        <p>{t("source", { row: n, line: found.line })}</p>
        <p>{t("ruleset", { title: report.evaluation.ruleset.title })}</p>
      </header>
      <ScreeningReport report={report} answers={found.facts ?? {}} reportId={`${id}-${n}`} />
    </div>
  );
}
