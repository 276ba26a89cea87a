import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { Report } from "@/lib/report/build-report";
import { PrintButton } from "./print-button";

type Props = { report: Report; company: string | null; rulesetTitle: string; pdfUnavailable: boolean; query: string };

/** The cover (print only) and the heading block: who, when, under which rules. */
export async function ReportHeader({ report, company, rulesetTitle, pdfUnavailable, query }: Props) {
  const t = await getTranslations("report");
  const format = await getFormatter();
  const { assessment } = report;
  const notes = report.rulesets.find((r) => r.id === report.ruleset)?.notes ?? null;
  const when = (iso: string) =>
    format.dateTime(new Date(iso), { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Shanghai" });
  return (
    <header className="space-y-1">
      <div className="print-only mb-8 border-b-4 border-gray-800 pb-6">
        <p className="text-2xl font-bold">{t("coverTitle")}</p>
        <p className="mt-2">
          {t("coverDate", { date: format.dateTime(new Date(), { dateStyle: "long", timeZone: "Asia/Shanghai" }) })}
        </p>
      </div>
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      {assessment.preview ? (
        <div className="my-3 border-l-8 border-amber-600 bg-amber-50 p-3" role="note">
          <p className="font-bold">{t("previewTitle")}</p>
          <p>{t("previewText")}</p>
          <Link href={`/assess/${assessment.id}/check`} className="no-print text-brand-800 underline">
            {t("previewCheck")}
          </Link>
        </div>
      ) : null}
      {company ? (
        <p className="text-lg font-semibold" data-testid="company">
          {t("company", { name: company })}
        </p>
      ) : null}
      <p data-testid="reference">{t("reference", { reference: assessment.reference })}</p>
      {assessment.submittedAt ? <p>{t("submittedAt", { date: when(assessment.submittedAt) })}</p> : null}
      <p>{t("ruleset", { title: rulesetTitle })}</p>
      {report.evaluation.ruleset.reason ? (
        <p className="text-sm" data-testid="ruleset-reason">
          {report.evaluation.ruleset.reason.message}
        </p>
      ) : null}
      {notes ? <p className="text-sm text-amber-900">{notes}</p> : null}
      {report.rulesChanged ? (
        <p role="note" className="mt-2 border-l-4 border-amber-600 pl-3 font-semibold">
          {t("rulesChanged")}
        </p>
      ) : null}
      {pdfUnavailable ? (
        <p role="alert" className="mt-2 border-l-4 border-red-700 pl-3">
          {t("pdfUnavailable")}
        </p>
      ) : null}
      <div className="no-print flex flex-wrap gap-3 pt-3">
        <PrintButton label={t("print")} />
        {/* A draft has no PDF (its /pdf answers 404): it is printed from the browser until submitted.
            No `download` attribute: the PDF comes as an attachment anyway, and a busy server's page
            (503) or the way back here when there is no Chromium must open, not be saved as a file. */}
        {assessment.preview ? null : (
          <a
            href={`/assess/${assessment.id}/pdf${query}`}
            className="rounded border-2 border-gray-800 px-3 py-1 font-semibold"
          >
            {t("downloadPdf")}
          </a>
        )}
      </div>
    </header>
  );
}
