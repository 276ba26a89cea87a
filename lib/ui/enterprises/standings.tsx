import type { Locale } from "@/lib/i18n/locales";
import { getTranslations } from "next-intl/server";
import type { MetricStanding } from "@/lib/enterprises/compare-assessment";
import { metricValue } from "./metric-value";

type Props = { standings: readonly MetricStanding[]; minMetricPeers: number; locale: Locale };

const COLUMNS = ["yours", "position", "peersWithData"] as const;

/** Where the company stands per measure: a table from `sm` up, one card per measure on a phone. */
export async function Standings({ standings, minMetricPeers, locale }: Props) {
  const t = await getTranslations("enterprises");
  const say = (unit: Parameters<typeof t>[0], value: string) => t(unit, { value });
  const rows = standings.map((s) => ({
    metric: s.metric,
    name: t(`metrics.${s.metric}`),
    yours: s.value === null ? t("compare.notAnswered") : metricValue(s.metric, s.value, say, locale),
    position:
      s.value === null
        ? "—"
        : s.percentile === null
          ? t("compare.tooFewData", { min: minMetricPeers })
          : t("compare.percentile", { percentile: s.percentile }),
    peersWithData: t("compare.peerCount", { count: s.peers }),
  }));
  return (
    <>
      <table className="hidden w-full border-collapse text-left text-sm sm:table" data-testid="standings">
        <thead>
          <tr className="border-b-2 border-gray-700">
            {(["metric", ...COLUMNS] as const).map((k) => (
              <th key={k} scope="col" className="py-2 pr-3">
                {t(`compare.${k}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.metric} className="border-b border-gray-300">
              <th scope="row" className="py-2 pr-3 font-semibold">
                {r.name}
              </th>
              {COLUMNS.map((k) => (
                <td key={k} className="py-2 pr-3">
                  {r[k]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="divide-y divide-gray-300 border-y border-gray-300 sm:hidden" data-testid="standings-cards">
        {rows.map((r) => (
          <li key={r.metric} className="space-y-1 py-3 text-sm">
            <p className="text-base font-semibold">{r.name}</p>
            <dl className="space-y-0.5">
              {COLUMNS.map((k) => (
                <div key={k} className="grid grid-cols-[7.5rem_minmax(0,1fr)] gap-x-3">
                  <dt className="text-muted">{t(`compare.${k}`)}</dt>
                  <dd>{r[k]}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
