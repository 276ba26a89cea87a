import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { addToRoundAction, bulkAction } from "@/lib/admin/actions/round-actions";
import { REVIEW_STATUSES } from "@/lib/admin/assessment-filters";
import { keyFigures } from "@/lib/admin/key-figures";
import { listHasScore } from "@/lib/admin/round-export";
import { NEXT_STAGE } from "@/lib/admin/round-rules";
import { getRound, listUsers } from "@/lib/admin/service";
import { requireAdminPage } from "@/lib/auth/guards";
import { criterionLabels, rulesets, valueLabel, valueUnit, type CriterionId, type Locale } from "@/lib/criteria";
import { formatValue } from "@/lib/criteria/working";
import { queryValue } from "@/lib/http/query";
import { isUuid } from "@/lib/ids";
import type { Answers } from "@/lib/questionnaire/answers";
import { ActionForm } from "@/lib/ui/admin/action-form";
import { RoundDeadline } from "@/lib/ui/admin/round-deadline";
import { RoundList } from "@/lib/ui/admin/round-list";
import { RoundQueue } from "@/lib/ui/admin/round-queue";
import { QUEUE_SHOW, RoundQueueFilters } from "@/lib/ui/admin/round-queue-filters";
import { RoundSignoff } from "@/lib/ui/admin/round-signoff";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const round = isUuid(id) ? await getRound(id) : null;
  return { title: round?.name ?? (await getTranslations("rounds"))("title") };
}

const verdictStyle: Record<string, string> = {
  eligible: "text-green-800",
  not_eligible: "text-red-800",
  undetermined: "text-amber-800",
};

export default async function RoundPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const session = await requireAdminPage("reviewer", `/admin/rounds/${id}`);
  const round = isUuid(id) ? await getRound(id) : null;
  if (!round) notFound();
  const t = await getTranslations("rounds");
  const admin = await getTranslations("admin");
  const locale = (await getLocale()) as Locale;
  const format = await getFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });
  const users = (await listUsers()).filter((u) => !u.disabledAt);
  const tierName = admin(`tiers.${round.tier}`);
  const show = QUEUE_SHOW.find((s) => s === queryValue(query, "show")) ?? "all";
  const status = REVIEW_STATUSES.find((s) => s === queryValue(query, "status"));
  const mine = round.applications.filter((a) => a.assigneeId === session.userId).length;
  const unassigned = round.applications.filter((a) => !a.assigneeId).length;
  const shown = round.applications.filter(
    (a) =>
      (show === "all" || (show === "mine" ? a.assigneeId === session.userId : !a.assigneeId)) &&
      (!status || a.status === status),
  );
  const next = NEXT_STAGE[round.stage];
  const lastSigned = round.signoffs.findLast((s) => s.stage === round.stage);
  const frozen = round.stage !== "open";
  const link = "font-semibold text-brand-800 underline";
  const figures = (answers: unknown) =>
    keyFigures((answers ?? {}) as Answers)
      .slice(0, 3)
      .map((f) => `${valueLabel(f.name, locale, null)} ${formatValue(f.value, valueUnit(f.name), locale, "—")}`)
      .join(" · ");
  const criterionName = (id: CriterionId) => criterionLabels[locale][id] ?? id;
  const queryLink = (extra: Record<string, string>) => {
    const params = new URLSearchParams({
      ...(show !== "all" ? { show } : {}),
      ...(status ? { status } : {}),
      ...extra,
    });
    for (const [k, v] of [...params]) if (v === "" || v === "all") params.delete(k);
    const s = params.toString();
    return `/admin/rounds/${id}${s ? `?${s}` : ""}#queue-title`;
  };
  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin/rounds" className="text-brand-800 underline">
          {t("detail.back")}
        </Link>
      </p>
      <header className="space-y-1">
        <h1 className="text-2xl font-bold break-words sm:text-3xl">{round.name}</h1>
        <p data-testid="round-stage">{t("detail.stage", { stage: t(`stage.${round.stage}`) })}</p>
        <p>{t("detail.tier", { tier: tierName })}</p>
        <p>
          <RoundDeadline deadline={round.deadline} stage={round.stage} />
        </p>
        <p>{round.quota ? t("detail.quota", { quota: round.quota }) : t("detail.noQuota")}</p>
        <p className="text-sm text-muted">
          {t("detail.ruleset", { ruleset: rulesets.find((r) => r.id === round.rulesetId)?.title[locale] ?? "" })} ·{" "}
          {t("detail.createdBy", { email: round.createdBy })}
        </p>
      </header>
      {frozen && lastSigned ? (
        <p role="note" className="border-l-4 border-amber-600 bg-amber-50 p-3" data-testid="round-frozen">
          {round.stage === "approved"
            ? t("detail.locked", { date: when(lastSigned.createdAt) })
            : t("detail.frozen", { date: when(lastSigned.createdAt), step: t(`step.${next ?? "approved"}`) })}
        </p>
      ) : null}

      <section aria-labelledby="counts-title" className="space-y-2">
        <h2 id="counts-title" className="text-xl font-bold">
          {t("detail.countsTitle")}
        </h2>
        <ul className="flex flex-wrap gap-2 text-sm" aria-label={t("detail.counts")} data-testid="round-counts">
          {REVIEW_STATUSES.map((s) => (
            <li key={s}>
              <Link href={queryLink({ status: s })} className="inline-block rounded border-2 border-gray-400 px-2 py-1">
                {t("detail.countOf", { status: admin(`status.${s}`), n: round.counts[s] ?? 0 })}
              </Link>
            </li>
          ))}
        </ul>
        <p className="text-sm">
          {t("detail.total", { n: round.total })} · {t("detail.mine", { n: mine })} ·{" "}
          {t("detail.unassigned", { n: unassigned })}
        </p>
      </section>

      <section aria-labelledby="list-title" className="space-y-3">
        <h2 id="list-title" className="text-xl font-bold">
          {t("list.title")}
        </h2>
        <p className="text-sm">
          {round.quota
            ? t("list.quota", { quota: round.quota, n: round.ranked.length })
            : t("list.count", { n: round.ranked.length })}{" "}
          {listHasScore(round) ? t("list.order", { tier: tierName }) : t("list.orderNoScore")}
        </p>
        {round.stage === "open" && round.problems.length > 0 ? (
          <div className="border-l-4 border-amber-600 bg-amber-50 p-3" data-testid="list-problems">
            <h3 className="font-bold">{t("list.problemsTitle")}</h3>
            <ul className="list-disc pl-5 [overflow-wrap:anywhere]">
              {round.problems.map((p) => (
                <li key={p.kind}>
                  {p.kind === "empty"
                    ? t("list.problems.empty")
                    : p.kind === "over_quota"
                      ? t("list.problems.over_quota", { recommended: p.recommended, quota: p.quota })
                      : t(`list.problems.${p.kind}`, { references: p.references.join(t("join")), tier: tierName })}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <RoundList round={round} />
        <div className="flex flex-wrap gap-4" data-testid="round-export">
          <a href={`/api/v1/admin/rounds/${id}/export?format=xlsx`} className={link} download>
            {t("export.xlsx")}
          </a>
          <a href={`/api/v1/admin/rounds/${id}/export?format=pdf`} className={link} download>
            {t("export.pdf")}
          </a>
        </div>
        {round.stage !== "approved" ? <p className="text-sm text-muted">{t("export.draft")}</p> : null}
      </section>

      <RoundSignoff round={round} />

      <section aria-labelledby="queue-title" className="space-y-3">
        <h2 id="queue-title" className="text-xl font-bold">
          {t("queue.title")}
        </h2>
        <RoundQueueFilters roundId={id} show={show} status={status} />
        {
          <RoundQueue
            id="bulk"
            action={bulkAction}
            roundId={id}
            frozen={frozen}
            rows={shown.map((a) => ({
              id: a.id,
              version: a.version,
              reference: a.reference,
              company: a.companyName,
              href: `/admin/assessments/${a.id}`,
              city: a.city ?? t("queue.noCity"),
              status: admin(`status.${a.status}`),
              verdict: a.verdict ? admin(`verdictShort.${a.verdict}`) : "—",
              verdictClass: a.verdict ? (verdictStyle[a.verdict] ?? "") : "",
              assignee: a.assigneeEmail ?? t("queue.nobody"),
              figures: figures(a.answers),
              failed: a.failed.length
                ? t("queue.failed", {
                    list: a.failed
                      .map((c) =>
                        c.narrow ? admin("list.narrow", { name: criterionName(c.id) }) : criterionName(c.id),
                      )
                      .join(t("join")),
                  })
                : null,
              open: a.open.length ? t("queue.open", { list: a.open.map(criterionName).join(t("join")) }) : null,
            }))}
            statuses={REVIEW_STATUSES.filter((s) => s !== "submitted").map((s) => ({
              value: s,
              label: admin(`status.${s}`),
            }))}
            assignees={[
              ...users.map((u) => ({ value: u.id, label: u.email })),
              { value: "none", label: t("queue.bulk.nobody") },
            ]}
            labels={{
              caption: t("queue.caption"),
              columns: {
                select: t("queue.columns.select"),
                application: t("queue.columns.application"),
                city: t("queue.columns.city"),
                status: t("queue.columns.status"),
                verdict: t("queue.columns.verdict", { tier: tierName }),
                assignee: t("queue.columns.assignee"),
                figures: t("queue.columns.figures"),
              },
              selectOne: t.raw("queue.selectOne") as string,
              legend: t("queue.bulk.legend"),
              to: t("queue.bulk.to"),
              keep: t("queue.bulk.keep"),
              assignee: t("queue.bulk.assignee"),
              keepAssignee: t("queue.bulk.keepAssignee"),
              note: t("queue.bulk.note"),
              submit: t("queue.bulk.submit"),
              summaryTitle: admin("errors.summaryTitle"),
              colon: t("queue.colon"),
              none: t("queue.none"),
            }}
          />
        }
      </section>

      <section aria-labelledby="add-title" className="max-w-xl space-y-3">
        <h2 id="add-title" className="text-xl font-bold">
          {t("add.title")}
        </h2>
        {frozen ? (
          <p>{t("add.closed")}</p>
        ) : (
          <ActionForm
            id="add"
            action={addToRoundAction}
            hidden={{ round: id }}
            fields={[
              { name: "references", label: t("add.references"), hint: t("add.hint"), kind: "textarea", required: true },
            ]}
            submitLabel={t("add.submit")}
            summaryTitle={admin("errors.summaryTitle")}
          />
        )}
      </section>
    </div>
  );
}
