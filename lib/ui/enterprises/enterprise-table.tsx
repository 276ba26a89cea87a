import type { Locale } from "@/lib/i18n/locales";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { EnterpriseListItem } from "@/lib/enterprises/search-enterprises";
import { titleValidity } from "@/lib/enterprises/title-validity";
import { industryLabel, provinceName } from "./names";
import { SampleBadge } from "./sample-notice";

type Props = { items: readonly EnterpriseListItem[]; locale: Locale; today: string };

/**
 * The firms as a table from `md` up and as cards below it, where six columns cannot fit: a phone
 * never scrolls sideways. Only one of the two is displayed, so a screen reader meets it once.
 */
export async function EnterpriseTable({ items, locale, today }: Props) {
  const t = await getTranslations("enterprises");
  const columns = ["name", "province", "batch", "industry", "mainProduct", "status"] as const;
  const rows = items.map((item) => ({
    item,
    cells: {
      province: [provinceName(item.provinceCode, locale), item.city].filter(Boolean).join(" · "),
      batch: item.year
        ? t("batchYear", { batch: item.batch, year: item.year })
        : t("batchLabel", { batch: item.batch }),
      industry: item.industryCode ? industryLabel(item.industryCode, locale) : t("unknown"),
      mainProduct: item.mainProduct ?? t("unknown"),
      status: t(`status.${titleValidity(item, today).state}`),
    },
  }));
  const name = (item: EnterpriseListItem) => (
    <>
      <Link href={`/enterprises/${item.id}`} prefetch={false} className="text-brand-800 underline">
        {item.name}
      </Link>
      {item.isSample ? <SampleBadge /> : null}
    </>
  );
  return (
    <>
      <table className="hidden w-full border-collapse text-left text-sm md:table" data-testid="enterprise-table">
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
          {rows.map(({ item, cells }) => (
            <tr key={item.id} className="border-b border-gray-300 align-top">
              <th scope="row" className="min-w-40 py-2 pr-3 font-normal">
                {name(item)}
              </th>
              <td className="py-2 pr-3">{cells.province}</td>
              <td className="py-2 pr-3 whitespace-nowrap">{cells.batch}</td>
              <td className="py-2 pr-3">{cells.industry}</td>
              <td className="py-2 pr-3">{cells.mainProduct}</td>
              <td className="py-2 whitespace-nowrap" data-testid="title-status">
                {cells.status}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="divide-y divide-gray-300 border-y border-gray-300 md:hidden" data-testid="enterprise-cards">
        {rows.map(({ item, cells }) => (
          <li key={item.id} className="space-y-1 py-3">
            <p className="font-semibold break-words">{name(item)}</p>
            <dl className="space-y-0.5 text-sm">
              {(["province", "batch", "industry", "mainProduct", "status"] as const).map((c) => (
                <div key={c} className="grid grid-cols-[6.5rem_minmax(0,1fr)] gap-x-3">
                  <dt className="text-muted">{t(`columns.${c}`)}</dt>
                  <dd className="break-words" data-testid={c === "status" ? "title-status" : `card-${c}`}>
                    {cells[c]}
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
