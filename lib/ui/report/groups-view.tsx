import { getTranslations } from "next-intl/server";
import type { GroupCount } from "@/lib/report/groups";
import { GroupChart } from "./group-chart";

/** The chart of the indicator groups, with the same numbers as a table for every reader. */
export async function GroupsView({ groups, rulesetTitle }: { groups: GroupCount[]; rulesetTitle: string }) {
  const t = await getTranslations("report");
  const rows = groups.map((g) => ({ name: t(`groups.${g.group}`), met: g.met, open: g.open, notMet: g.notMet }));
  return (
    <section aria-labelledby="groups-title" className="break-inside-avoid">
      <h2 id="groups-title" className="mb-1 text-xl font-bold">
        {t("groupsTitle")}
      </h2>
      <p className="mb-2 text-sm text-muted">{t("groupsIntro", { ruleset: rulesetTitle })}</p>
      <div className="grid items-start gap-4 md:grid-cols-2">
        <GroupChart
          rows={rows}
          labels={{ met: t("groupTable.met"), open: t("groupTable.open"), notMet: t("groupTable.notMet") }}
        />
        <table className="w-full max-w-lg border-collapse text-left text-sm" data-testid="groups-table">
          <thead>
            <tr className="border-b-2 border-gray-700">
              <th scope="col" className="py-1 pr-3">
                {t("groupTable.group")}
              </th>
              <th scope="col" className="py-1 pr-3 text-right">
                {t("groupTable.met")}
              </th>
              <th scope="col" className="py-1 pr-3 text-right">
                {t("groupTable.open")}
              </th>
              <th scope="col" className="py-1 text-right">
                {t("groupTable.notMet")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.name} className="border-b border-gray-300">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {r.name}
                </th>
                <td className="py-1 pr-3 text-right tabular-nums">{r.met}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{r.open}</td>
                <td className="py-1 text-right tabular-nums">{r.notMet}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
