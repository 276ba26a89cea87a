import type { Locale } from "@/lib/i18n/locales";
import Link from "next/link";
import type { Count } from "@/lib/enterprises/count-enterprises";
import { filtersToSearch, type EnterpriseFilters } from "@/lib/enterprises/query";
import { provinceName } from "./names";

// A tile-grid map: each province one square, placed roughly where it lies, so that the numbers
// read as a map without drawing borders. [row, column, short Chinese name, English abbreviation].
const TILES: Readonly<Record<string, readonly [number, number, string, string]>> = {
  "23": [0, 7, "黑龙江", "HL"],
  "65": [1, 0, "新疆", "XJ"],
  "15": [1, 4, "内蒙古", "NM"],
  "22": [1, 7, "吉林", "JL"],
  "62": [2, 1, "甘肃", "GS"],
  "64": [2, 2, "宁夏", "NX"],
  "14": [2, 3, "山西", "SX"],
  "13": [2, 4, "河北", "HE"],
  "11": [2, 5, "北京", "BJ"],
  "12": [2, 6, "天津", "TJ"],
  "21": [2, 7, "辽宁", "LN"],
  "54": [3, 0, "西藏", "XZ"],
  "63": [3, 1, "青海", "QH"],
  "61": [3, 2, "陕西", "SN"],
  "41": [3, 3, "河南", "HA"],
  "37": [3, 4, "山东", "SD"],
  "51": [4, 1, "四川", "SC"],
  "50": [4, 2, "重庆", "CQ"],
  "42": [4, 3, "湖北", "HB"],
  "34": [4, 4, "安徽", "AH"],
  "32": [4, 5, "江苏", "JS"],
  "53": [5, 1, "云南", "YN"],
  "52": [5, 2, "贵州", "GZ"],
  "43": [5, 3, "湖南", "HN"],
  "36": [5, 4, "江西", "JX"],
  "33": [5, 5, "浙江", "ZJ"],
  "31": [5, 6, "上海", "SH"],
  "45": [6, 2, "广西", "GX"],
  "44": [6, 3, "广东", "GD"],
  "35": [6, 4, "福建", "FJ"],
  "46": [7, 3, "海南", "HI"],
};

// Shades only repeat what the number says; every shade keeps dark text readable (WCAG AA).
const SHADES = ["bg-white", "bg-red-50", "bg-red-100", "bg-red-200"] as const;

type Props = { counts: readonly Count[]; filters: EnterpriseFilters; locale: Locale };

export function ProvinceTiles({ counts, filters, locale }: Props) {
  const byCode = new Map(counts.map((c) => [c.key, c.count]));
  const max = Math.max(1, ...counts.map((c) => c.count));
  return (
    <ul className="grid max-w-xl grid-cols-8 gap-1" role="list">
      {Object.entries(TILES).map(([code, [row, col, zh, en]]) => {
        const count = byCode.get(code) ?? 0;
        const shade = SHADES[count === 0 ? 0 : Math.min(3, 1 + Math.floor((count / max) * 3))];
        const selected = filters.province === code;
        return (
          <li key={code} style={{ gridRow: row + 1, gridColumn: col + 1 }}>
            <Link
              href={`/enterprises${filtersToSearch({ ...filters, province: selected ? undefined : code })}`}
              aria-current={selected ? "true" : undefined}
              className={`flex aspect-square flex-col items-center justify-center rounded border text-center leading-tight text-ink no-underline ${shade} ${selected ? "border-4 border-gray-900" : "border-gray-400"}`}
            >
              <span aria-hidden="true" className="text-[11px] sm:text-xs">
                {locale === "en" ? en : zh}
              </span>
              <span className="sr-only">{provinceName(code, locale)}</span>
              <span className="text-xs font-bold sm:text-sm">{count}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
