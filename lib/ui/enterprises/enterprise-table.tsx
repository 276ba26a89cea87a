import type { Locale } from "@/lib/i18n/locales";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { EnterpriseListItem } from "@/lib/enterprises/search-enterprises";
import { industryLabel, provinceName } from "./names";
import { SampleBadge } from "./sample-notice";

export async function EnterpriseTable({ items, locale }: { items: readonly EnterpriseListItem[]; locale: Locale }) {
  const t = await getTranslations("enterprises");
  const columns = ["name", "province", "batch", "industry", "mainProduct", "status"] as const;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm" data-testid="enterprise-table">
        <thead>
          <tr className="border-b-2 border-gray-700">
            {columns.map((c) => (
              <th key={c} scope="col" className="py-2 pr-3 whitespace-nowrap">
                {t(`columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className="border-b border-gray-300 align-top">
              <th scope="row" className="min-w-48 py-2 pr-3 font-normal">
                <Link href={`/enterprises/${item.id}`} className="text-brand-800 underline">
                  {item.name}
                </Link>
                {item.isSample ? <SampleBadge /> : null}
              </th>
              <td className="py-2 pr-3 whitespace-nowrap">
                {[provinceName(item.provinceCode, locale), item.city].filter(Boolean).join(" · ")}
              </td>
              <td className="py-2 pr-3 whitespace-nowrap">
                {item.year
                  ? t("batchYear", { batch: item.batch, year: item.year })
                  : t("batchLabel", { batch: item.batch })}
              </td>
              <td className="py-2 pr-3">
                {item.industryCode ? industryLabel(item.industryCode, locale) : t("unknown")}
              </td>
              <td className="py-2 pr-3">{item.mainProduct ?? t("unknown")}</td>
              <td className="py-2 whitespace-nowrap">{t(`status.${item.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
