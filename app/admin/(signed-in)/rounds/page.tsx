import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { createRoundAction } from "@/lib/admin/actions/round-actions";
import { listRounds } from "@/lib/admin/service";
import { requireAdminPage } from "@/lib/auth/guards";
import { RULESET_IDS, rulesets, TIER_IDS } from "@/lib/criteria";
import { ActionForm } from "@/lib/ui/admin/action-form";
import { RoundDeadline } from "@/lib/ui/admin/round-deadline";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("rounds"))("title") };
}

export default async function RoundsPage() {
  const session = await requireAdminPage("reviewer", "/admin/rounds");
  const t = await getTranslations("rounds");
  const admin = await getTranslations("admin");
  const locale = await getLocale();
  const rounds = await listRounds();
  const rulesetTitle = (id: string) => rulesets.find((r) => r.id === id)?.title[locale] ?? id;
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      {rounds.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="divide-y divide-gray-300 border-y border-gray-300" data-testid="rounds">
          {rounds.map((r) => (
            <li key={r.id} className="space-y-1 py-3">
              <Link
                href={`/admin/rounds/${r.id}`}
                className="text-lg font-semibold break-words text-brand-800 underline"
              >
                {r.name}
              </Link>
              <p className="text-sm">
                {t("detail.tier", { tier: admin(`tiers.${r.tier}`) })} ·{" "}
                {t("detail.stage", { stage: t(`stage.${r.stage}`) })}
              </p>
              <p className="text-sm">
                <RoundDeadline deadline={r.deadline} stage={r.stage} />
              </p>
              <p className="text-sm">
                {t("detail.total", { n: r.total })} ·{" "}
                {r.quota
                  ? t("list.quota", { quota: r.quota, n: r.counts.recommended ?? 0 })
                  : t("list.count", { n: r.counts.recommended ?? 0 })}
              </p>
              <p className="text-xs text-muted">{t("detail.ruleset", { ruleset: rulesetTitle(r.rulesetId) })}</p>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="create-title" className="max-w-xl space-y-3">
        <h2 id="create-title" className="text-xl font-bold">
          {t("create.title")}
        </h2>
        {session.role !== "admin" ? (
          <p>{t("create.adminOnly")}</p>
        ) : (
          <ActionForm
            id="create-round"
            action={createRoundAction}
            fields={[
              { name: "name", label: t("create.name"), hint: t("create.nameHint"), kind: "text", required: true },
              {
                name: "ruleset",
                label: t("create.ruleset"),
                kind: "select",
                options: RULESET_IDS.map((id) => ({ value: id, label: rulesetTitle(id) })),
                defaultValue: RULESET_IDS[0],
              },
              {
                name: "tier",
                label: t("create.tier"),
                hint: t("create.tierHint"),
                kind: "select",
                options: TIER_IDS.map((id) => ({ value: id, label: admin(`tiers.${id}`) })),
                defaultValue: "little-giant",
              },
              {
                name: "deadline",
                label: t("create.deadline"),
                hint: t("create.deadlineHint"),
                kind: "text",
                required: true,
              },
              { name: "quota", label: t("create.quota"), hint: t("create.quotaHint"), kind: "text" },
            ]}
            submitLabel={t("create.submit")}
            summaryTitle={admin("errors.summaryTitle")}
          />
        )}
      </section>
    </div>
  );
}
