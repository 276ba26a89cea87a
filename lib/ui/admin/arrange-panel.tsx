import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { arrangeAction } from "@/lib/admin/actions/round-actions";
import type { AssessmentDetail } from "@/lib/admin/get-assessment";
import { isFrozen } from "@/lib/admin/round-rules";
import { listUsers, openRoundsFor } from "@/lib/admin/service";
import { ActionForm } from "./action-form";

/**
 * An application's place in the office's work: its review round (open ones judging its rule set),
 * its reviewer and its city (地市, for the list sent upward). Once its round's list has gone for
 * sign-off, the round and the city stay (the form says so); the reviewer may still change.
 */
export async function ArrangePanel({ detail }: { detail: AssessmentDetail }) {
  const t = await getTranslations("rounds.arrange");
  const admin = await getTranslations("admin");
  const [rounds, users] = await Promise.all([openRoundsFor(detail.rulesetId), listUsers()]);
  const frozen = detail.round !== null && isFrozen(detail.round.stage);
  const roundOptions = [{ value: "", label: t("noRound") }, ...rounds.map((r) => ({ value: r.id, label: r.name }))];
  if (detail.round && !rounds.some((r) => r.id === detail.round!.id))
    roundOptions.push({ value: detail.round.id, label: detail.round.name });
  const assignees = users.filter((u) => !u.disabledAt || u.id === detail.assigneeId);
  return (
    <section aria-labelledby="arrange-title" className="space-y-3 rounded border-2 border-gray-300 p-4">
      <h2 id="arrange-title" className="text-xl font-bold">
        {t("title")}
      </h2>
      {detail.round ? (
        <p>
          <Link href={`/admin/rounds/${detail.round.id}`} className="font-semibold text-brand-800 underline">
            {t("open", { round: detail.round.name })}
          </Link>
        </p>
      ) : null}
      {frozen ? (
        <p className="border-l-4 border-amber-600 bg-amber-50 p-2 text-sm">
          {t("frozen", { round: detail.round!.name })}
        </p>
      ) : null}
      <ActionForm
        id="arrange"
        action={arrangeAction}
        hidden={{ id: detail.id }}
        fields={[
          {
            name: "round",
            label: t("round"),
            hint: t("roundHint"),
            kind: "select",
            options: roundOptions,
            defaultValue: detail.round?.id ?? "",
          },
          {
            name: "assignee",
            label: t("assignee"),
            kind: "select",
            options: [{ value: "", label: t("nobody") }, ...assignees.map((u) => ({ value: u.id, label: u.email }))],
            defaultValue: detail.assigneeId ?? "",
          },
          { name: "city", label: t("city"), hint: t("cityHint"), kind: "text", defaultValue: detail.city ?? "" },
        ]}
        submitLabel={t("submit")}
        summaryTitle={admin("errors.summaryTitle")}
      />
    </section>
  );
}
