import type { Locale } from "@/lib/i18n/locales";
import Link from "next/link";
import type { Count } from "@/lib/enterprises/count-enterprises";
import { filtersToSearch, type EnterpriseFilters } from "@/lib/enterprises/query";
import { provinceName } from "./names";

// A tile-grid map: each province one square, placed roughly where it lies, so that the numbers
// read as a map without drawing borders. [row, column, short Chinese name, its one-character
// abbreviation (简称, for a phone, where a tile is about 32 px wide and 黑龙江 would overflow it),
// English abbreviation].
const TILES: Readonly<Record<string, readonly [number, number, string, string, string]>> = {
  "23": [0, 7, "黑龙江", "黑", "HL"],
  "65": [1, 0, "新疆", "新", "XJ"],
  "15": [1, 4, "内蒙古", "蒙", "NM"],
  "22": [1, 7, "吉林", "吉", "JL"],
  "62": [2, 1, "甘肃", "甘", "GS"],
  "64": [2, 2, "宁夏", "宁", "NX"],
  "14": [2, 3, "山西", "晋", "SX"],
  "13": [2, 4, "河北", "冀", "HE"],
  "11": [2, 5, "北京", "京", "BJ"],
  "12": [2, 6, "天津", "津", "TJ"],
  "21": [2, 7, "辽宁", "辽", "LN"],
  "54": [3, 0, "西藏", "藏", "XZ"],
  "63": [3, 1, "青海", "青", "QH"],
  "61": [3, 2, "陕西", "陕", "SN"],
  "41": [3, 3, "河南", "豫", "HA"],
  "37": [3, 4, "山东", "鲁", "SD"],
  "51": [4, 1, "四川", "川", "SC"],
  "50": [4, 2, "重庆", "渝", "CQ"],
  "42": [4, 3, "湖北", "鄂", "HB"],
  "34": [4, 4, "安徽", "皖", "AH"],
  "32": [4, 5, "江苏", "苏", "JS"],
  "53": [5, 1, "云南", "滇", "YN"],
  "52": [5, 2, "贵州", "黔", "GZ"],
  "43": [5, 3, "湖南", "湘", "HN"],
  "36": [5, 4, "江西", "赣", "JX"],
  "33": [5, 5, "浙江", "浙", "ZJ"],
  "31": [5, 6, "上海", "沪", "SH"],
  "45": [6, 2, "广西", "桂", "GX"],
  "44": [6, 3, "广东", "粤", "GD"],
  "35": [6, 4, "福建", "闽", "FJ"],
  "46": [7, 3, "海南", "琼", "HI"],
};

// The tiles, like the industry bars and the firms' names, are links that are not prefetched: 31 of
// them in view at once, each a render of this page on the server for every visitor who never
// follows them.

// Shades only repeat what the number says; every shade keeps dark text readable (WCAG AA).
const SHADES = ["bg-white", "bg-red-50", "bg-red-100", "bg-red-200"] as const;

type Props = { counts: readonly Count[]; filters: EnterpriseFilters; locale: Locale };

export function ProvinceTiles({ counts, filters, locale }: Props) {
  const byCode = new Map(counts.map((c) => [c.key, c.count]));
  const max = Math.max(1, ...counts.map((c) => c.count));
  return (
    <ul className="grid max-w-xl grid-cols-8 gap-1" role="list">
      {Object.entries(TILES).map(([code, [row, col, zh, short, en]]) => {
        const count = byCode.get(code) ?? 0;
        const shade = SHADES[count === 0 ? 0 : Math.min(3, 1 + Math.floor((count / max) * 3))];
        const selected = filters.province === code;
        return (
          <li key={code} style={{ gridRow: row + 1, gridColumn: col + 1 }}>
            <Link
              href={`/enterprises${filtersToSearch({ ...filters, province: selected ? undefined : code })}`}
              prefetch={false}
              aria-current={selected ? "true" : undefined}
              className={`flex aspect-square flex-col items-center justify-center rounded border text-center leading-tight text-ink no-underline ${shade} ${selected ? "border-4 border-gray-900" : "border-gray-400"}`}
            >
              {locale === "en" ? (
                <span aria-hidden="true" className="text-[11px] sm:text-xs">
                  {en}
                </span>
              ) : (
                <span aria-hidden="true" className="text-[11px] sm:text-xs">
                  <span className="sm:hidden">{short}</span>
                  <span className="hidden sm:inline">{zh}</span>
                </span>
              )}
              <span className="sr-only">{provinceName(code, locale)}</span>
              <span className="text-[11px] font-bold tabular-nums sm:text-sm">{count}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
