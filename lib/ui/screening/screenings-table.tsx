import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { isRulesetId, rulesets } from "@/lib/criteria";

type Row = {
  id: string;
  fileName: string;
  createdBy: string;
  createdAt: Date;
  rulesetId: string | null;
  rowCount: number;
  evaluated: number;
  withIssues: number;
};

/** The stored screenings, newest first: each opens its results; admins may delete one. */
export async function ScreeningsTable({ rows, canDelete }: { rows: Row[]; canDelete: boolean }) {
  const t = await getTranslations("screening.page");
  const format = await getFormatter();
  const locale = await getLocale();
  const title = (id: string | null) =>
    isRulesetId(id) ? (rulesets.find((r) => r.id === id)?.title[locale] ?? id) : t("rulesetAuto");
  return (
    <ul className="divide-y divide-gray-300 border-y border-gray-300">
      {rows.map((r) => (
        <li key={r.id} className="flex flex-wrap items-start justify-between gap-3 py-3" data-testid="screening-item">
          <div className="min-w-0 space-y-1">
            <Link href={`/admin/screening/${r.id}`} className="font-semibold break-all text-brand-800 underline">
              {r.fileName}
            </Link>
            <p className="text-sm">
              {t("by", {
                email: r.createdBy,
                when: format.dateTime(r.createdAt, {
                  dateStyle: "medium",
                  timeStyle: "short",
                  timeZone: "Asia/Shanghai",
                }),
              })}
            </p>
            <p className="text-sm">{title(r.rulesetId)}</p>
            <p className="text-sm">{t("counts", { rows: r.rowCount, evaluated: r.evaluated, issues: r.withIssues })}</p>
          </div>
          {canDelete ? (
            <form action={`/api/v1/admin/screening/${r.id}/delete`} method="post">
              <button type="submit" className="rounded border-2 border-red-700 px-3 py-1 font-semibold text-red-800">
                {t("delete", { file: r.fileName })}
              </button>
            </form>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
