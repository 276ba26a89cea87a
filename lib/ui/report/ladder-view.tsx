import { getTranslations } from "next-intl/server";
import type { Rung } from "@/lib/report/ladder";
import { VerdictBadge } from "./outcome-badge";

/** The three tiers, lowest first, each with its verdict and the title it presupposes. */
export async function LadderView({ rungs, tierTitle }: { rungs: Rung[]; tierTitle: (tier: string) => string }) {
  const t = await getTranslations("report");
  return (
    <section aria-labelledby="ladder-title" className="break-inside-avoid">
      <h2 id="ladder-title" className="mb-3 text-xl font-bold">
        {rungs.length > 1 ? t("ladderTitleMany", { count: rungs.length }) : t("ladderTitleOne")}
      </h2>
      <ol className={`grid gap-3 ${rungs.length > 1 ? "sm:grid-cols-3" : ""}`}>
        {rungs.map((r, i) => (
          <li key={r.tier} className="rounded border-2 border-gray-300 p-3" data-testid={`ladder-${r.tier}`}>
            <p className="text-sm text-muted" aria-hidden="true">{`${i + 1} ${i < rungs.length - 1 ? "→" : ""}`}</p>
            <h3 className="font-bold">{r.title}</h3>
            <p className="mt-1">
              <VerdictBadge verdict={r.verdict} text={t(`verdict.${r.verdict}`)} />
            </p>
            {r.requires ? (
              <p className="mt-2 text-sm">
                {t("requires", { tier: tierTitle(r.requires.tier), outcome: t(`outcome.${r.requires.outcome}`) })}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
