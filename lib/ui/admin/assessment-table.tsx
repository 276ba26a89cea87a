import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { PROVINCES } from "@/lib/criteria";
import type { ListRow } from "@/lib/admin/assessment-query";

const verdictStyle: Record<string, string> = {
  eligible: "text-green-800",
  not_eligible: "text-red-800",
  undetermined: "text-amber-800",
};

/** One page of the list. Each company name links to its review page. */
export async function AssessmentTable({ rows }: { rows: ListRow[] }) {
  const t = await getTranslations("admin");
  const format = await getFormatter();
  const locale = await getLocale();
  const verdict = (v: string | null) => (v ? <span className={verdictStyle[v]}>{t(`verdictShort.${v}`)}</span> : "—");
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{t("list.caption")}</caption>
        <thead>
          <tr className="border-b-2 border-gray-700">
            {(["company", "reference", "province", "industry", "status", "verdicts", "submittedAt"] as const).map(
              (c) => (
                <th key={c} scope="col" className="py-2 pr-3">
                  {t(`list.columns.${c}`)}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-gray-300 align-top">
              <td className="py-2 pr-3">
                <Link href={`/admin/assessments/${r.id}`} className="font-semibold text-brand-800 underline">
                  {r.companyName || r.reference}
                </Link>
                {r.uscc ? <div className="text-muted">{r.uscc}</div> : null}
                {r.designatedBatch ? (
                  <div>{t("list.designated", { batch: r.designatedBatch, year: r.designatedYear ?? "—" })}</div>
                ) : null}
              </td>
              <td className="py-2 pr-3 whitespace-nowrap">{r.reference}</td>
              <td className="py-2 pr-3">{r.province ? (PROVINCES[r.province]?.[locale] ?? r.province) : "—"}</td>
              <td className="py-2 pr-3">{r.industryCode ?? "—"}</td>
              <td className="py-2 pr-3" data-testid="row-status">
                {t(`status.${r.status}`)}
              </td>
              <td className="py-2 pr-3 whitespace-nowrap">
                {verdict(r.verdictInnovativeSme)} / {verdict(r.verdictSpecializedSme)} / {verdict(r.verdictLittleGiant)}
              </td>
              <td className="py-2 pr-3 whitespace-nowrap">
                {format.dateTime(r.submittedAt, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
