import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { Report } from "@/lib/report/build-report";

/** Links to the same report under each rule set, and a GET form to compare two (no script). */
export async function RulesetSwitch({ report, basePath }: { report: Report; basePath: string }) {
  const t = await getTranslations("report");
  const compare = report.diff?.right ?? "";
  return (
    <section aria-labelledby="switch-title" className="no-print rounded border border-gray-300 p-4">
      <h2 id="switch-title" className="text-xl font-bold">
        {t("switchTitle")}
      </h2>
      <p className="mb-2 text-sm">{t("switchText")}</p>
      <ul className="mb-3 space-y-1">
        {report.rulesets.map((r) => (
          <li key={r.id}>
            {r.id === report.ruleset ? (
              <span aria-current="true" className="font-semibold">
                {t("currentMarked", { title: r.title })}
              </span>
            ) : (
              <Link href={`${basePath}?ruleset=${r.id}`} className="text-brand-800 underline">
                {r.title}
              </Link>
            )}
            {r.id === report.frozenRuleset ? <span className="text-sm text-muted">{` · ${t("frozen")}`}</span> : null}
          </li>
        ))}
      </ul>
      <form method="get" action={basePath} className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="ruleset" value={report.ruleset} />
        <div className="w-full min-w-0 sm:w-auto">
          <label htmlFor="compare" className="mb-1 block text-sm font-semibold">
            {t("compareLabel")}
          </label>
          <select
            id="compare"
            name="compare"
            defaultValue={compare}
            className="w-full max-w-full truncate rounded border-2 border-gray-700 bg-white px-2 py-1 sm:max-w-xl"
          >
            <option value="">{t("compareNone")}</option>
            {report.rulesets
              .filter((r) => r.id !== report.ruleset)
              .map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title}
                </option>
              ))}
          </select>
        </div>
        <button type="submit" className="rounded border-2 border-gray-800 px-3 py-1 font-semibold">
          {t("compareButton")}
        </button>
      </form>
    </section>
  );
}
