import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { parseFilters } from "@/lib/admin/assessment-filters";
import { auditActionKey, isAuditAction, type AuditAction } from "@/lib/admin/audit-actions";
import { criterionLabels, isRulesetId, rulesets, type CriterionId, type Locale } from "@/lib/criteria";
import { askedLabel } from "@/lib/criteria/facts/display";
import { PROVINCES } from "@/lib/criteria/provinces";
import { formatAnswer } from "@/lib/questionnaire/format-answer";

type Record_ = Record<string, unknown>;
const obj = (value: unknown): Record_ => (typeof value === "object" && value !== null ? (value as Record_) : {});
const str = (value: unknown): string | undefined =>
  typeof value === "string" && value !== "" ? value : typeof value === "number" ? String(value) : undefined;

/** An audit entry's action in the reader's language. */
export async function AuditActionName({ action }: { action: string }) {
  const t = await getTranslations("admin.audit.actions");
  return <>{isAuditAction(action) ? t(auditActionKey(action)) : action}</>;
}

/**
 * What an audit entry changed, in sentences in the reader's language ("审核状态：已提交 → 审核中"):
 * statuses, tiers, outcomes, verdicts, roles and rule sets by their names, dates in Beijing time,
 * an export's filters as the list words them. Used by the audit page and an assessment's history.
 */
export async function AuditChange({ action, before, after }: { action: string; before: unknown; after: unknown }) {
  if (!isAuditAction(action)) return null;
  const lines = await auditSentences(action, obj(before), obj(after));
  if (lines.length === 0) return null;
  return (
    <ul className="space-y-0.5 text-xs" data-testid="audit-change">
      {lines.map((line, i) => (
        <li key={i} className="break-words">
          {line}
        </li>
      ))}
    </ul>
  );
}

async function auditSentences(action: AuditAction, before: Record_, after: Record_): Promise<string[]> {
  const t = await getTranslations("admin");
  const locale = (await getLocale()) as Locale;
  const format = await getFormatter();
  const c = (key: string, values?: Record<string, string | number>) => t(`audit.change.${key}`, values);
  const named = (group: string, value: unknown, fallback = "—") => {
    const v = str(value);
    return v && t.has(`${group}.${v}`) ? t(`${group}.${v}`) : (v ?? fallback);
  };
  const tier = (value: unknown) => named("tiers", value);
  const references = (value: unknown) =>
    Array.isArray(value) && value.length ? value.map(String).join(c("separator")) : c("none");
  const number = (value: unknown) => (typeof value === "number" ? format.number(value) : "0");
  // Each tier whose verdict an entry moved (before.verdicts → after.verdicts, by tier id).
  const verdictLines = () => {
    const from = obj(before.verdicts);
    const to = obj(after.verdicts);
    return Object.keys(to)
      .filter((id) => from[id] !== to[id])
      .map((id) =>
        c("verdict", { tier: tier(id), from: named("verdictShort", from[id]), to: named("verdictShort", to[id]) }),
      );
  };
  const lines: (string | false | undefined)[] = [];
  switch (action) {
    case "assessment.review":
      lines.push(
        c("status", { from: named("status", before.status), to: named("status", after.status) }),
        str(after.note) && c("note", { note: str(after.note)! }),
      );
      break;
    case "assessment.reply":
      // The company's reply: back into review, its note, and each tier whose verdict moved.
      lines.push(
        c("status", { from: named("status", before.status), to: named("status", after.status) }),
        str(after.note) && c("replyNote", { note: str(after.note)! }),
        ...verdictLines(),
      );
      break;
    case "assessment.correct": {
      const path = str(after.path) ?? str(before.path) ?? "";
      const answer = (value: unknown) => formatAnswer(path, value, locale) || "—";
      lines.push(
        c("correction", { label: askedLabel(path, locale, null), from: answer(before.value), to: answer(after.value) }),
        str(after.reason) && c("reason", { reason: str(after.reason)! }),
        ...verdictLines(),
      );
      break;
    }
    case "assessment.override": {
      const criterion = str(after.criterion) ?? str(before.criterion);
      const label = criterion ? (criterionLabels[locale][criterion as CriterionId] ?? criterion) : "—";
      const tierName = tier(after.tier ?? before.tier);
      lines.push(
        c("criterion", { tier: tierName, criterion: label }),
        c("outcome", { from: named("outcome", before.outcome), to: named("outcome", after.outcome) }),
        // The tier's verdict, where the override changed it.
        before.verdict !== after.verdict &&
          c("verdict", {
            tier: tierName,
            from: named("verdictShort", before.verdict),
            to: named("verdictShort", after.verdict),
          }),
        str(after.reason) && c("reason", { reason: str(after.reason)! }),
      );
      break;
    }
    case "assessment.designate": {
      const designation = (v: Record_) =>
        typeof v.batch === "number"
          ? c("designated", { batch: v.batch, year: typeof v.year === "number" ? v.year : "—" })
          : c("notDesignated");
      lines.push(c("designation", { from: designation(before), to: designation(after) }));
      break;
    }
    case "assessments.export": {
      lines.push(str(after.format) && c("format", { format: str(after.format)!.toUpperCase() }));
      const words = exportFilterWords(typeof after.filters === "string" ? after.filters : "", t, locale);
      lines.push(words.length ? c("filters", { filters: words.join(c("separator")) }) : c("noFilters"));
      break;
    }
    case "enterprises.import":
      lines.push(
        str(after.fileName) && c("file", { fileName: str(after.fileName)! }),
        typeof after.batch === "number" && c("batch", { batch: after.batch }),
        typeof after.year === "number" && c("year", { year: after.year }),
        c("importCounts", {
          imported: number(after.imported),
          updated: number(after.updated),
          refused: number(after.refused),
        }),
      );
      break;
    case "user.create":
      lines.push(
        str(after.email) && c("email", { email: str(after.email)! }),
        c("role", { role: named("roles", after.role) }),
      );
      break;
    case "user.role":
      lines.push(c("roleChange", { from: named("roles", before.role), to: named("roles", after.role) }));
      break;
    case "screening.create": {
      const ruleset = str(after.ruleset);
      lines.push(
        str(after.fileName) && c("file", { fileName: str(after.fileName)! }),
        ruleset &&
          isRulesetId(ruleset) &&
          c("ruleset", { ruleset: rulesets.find((r) => r.id === ruleset)!.title[locale] }),
        c("screeningCounts", {
          rows: number(after.rowCount),
          evaluated: number(after.evaluated),
          withIssues: number(after.withIssues),
        }),
      );
      break;
    }
    case "screening.export":
      lines.push(
        str(after.fileName) && c("file", { fileName: str(after.fileName)! }),
        str(after.format) && c("format", { format: str(after.format)!.toUpperCase() }),
      );
      break;
    case "screening.delete": {
      const created = str(before.createdAt);
      lines.push(
        str(before.fileName) && c("file", { fileName: str(before.fileName)! }),
        typeof before.rowCount === "number" &&
          c("screeningCounts", { rows: number(before.rowCount), evaluated: "—", withIssues: "—" }),
        str(before.createdBy) &&
          created &&
          c("createdBy", {
            email: str(before.createdBy)!,
            date: format.dateTime(new Date(created), {
              dateStyle: "medium",
              timeStyle: "short",
              timeZone: "Asia/Shanghai",
            }),
          }),
      );
      break;
    }
    case "assessment.arrange": {
      const value = (v: unknown) => str(v) ?? c("none");
      for (const [key, line] of [
        ["round", "roundChange"],
        ["assignee", "assigneeChange"],
        ["city", "cityChange"],
      ] as const)
        if (before[key] !== after[key]) lines.push(c(line, { from: value(before[key]), to: value(after[key]) }));
      break;
    }
    case "round.create":
      lines.push(
        str(after.name) && c("roundName", { name: str(after.name)! }),
        c("roundTier", { tier: tier(after.tier) }),
        str(after.ruleset) &&
          isRulesetId(str(after.ruleset)!) &&
          c("ruleset", { ruleset: rulesets.find((r) => r.id === after.ruleset)!.title[locale] }),
        str(after.deadline) && c("roundDeadline", { date: str(after.deadline)! }),
        typeof after.quota === "number" && c("roundQuota", { quota: after.quota }),
      );
      break;
    case "round.add":
      lines.push(c("roundAdded", { references: references(after.references) }));
      break;
    case "round.signoff":
    case "round.return": {
      const words = await getTranslations("rounds.stage");
      const stage = (v: unknown) => {
        const key = str(v);
        return key && words.has(key) ? words(key) : (key ?? "—");
      };
      lines.push(
        c("stage", { from: stage(before.stage), to: stage(after.stage) }),
        str(after.note) && c("signoffNote", { note: str(after.note)! }),
        Array.isArray(after.recommended) && c("recommendedList", { references: references(after.recommended) }),
      );
      break;
    }
    case "round.export":
      lines.push(str(after.format) && c("format", { format: str(after.format)!.toUpperCase() }));
      break;
    // Sign-ins, sign-outs, a user disabled, enabled or given a new password: the action says it all.
    default:
      break;
  }
  return lines.filter((l): l is string => typeof l === "string" && l !== "");
}

type Translate = Awaited<ReturnType<typeof getTranslations<"admin">>>;

/** An export's filters (as its URL parameters), in the list's words: "审核状态：审核中；省份：福建". */
function exportFilterWords(query: string, t: Translate, locale: Locale): string[] {
  const { filters } = parseFilters(Object.fromEntries(new URLSearchParams(query)));
  const pair = (label: string, value: string) => t("audit.change.pair", { label, value });
  const words: string[] = [];
  if (filters.status) words.push(pair(t("list.status"), t(`status.${filters.status}`)));
  for (const [tierId, verdict] of Object.entries(filters.verdicts))
    words.push(pair(t("list.verdict", { tier: t(`tiers.${tierId}`) }), t(`verdictShort.${verdict}`)));
  if (filters.province) words.push(pair(t("list.province"), PROVINCES[filters.province]?.[locale] ?? filters.province));
  if (filters.industry) words.push(pair(t("list.industry"), filters.industry));
  if (filters.city) words.push(pair(t("list.city"), filters.city));
  if (filters.ruleset)
    words.push(pair(t("list.ruleset"), rulesets.find((r) => r.id === filters.ruleset)?.title[locale] ?? ""));
  if (filters.from) words.push(pair(t("list.from"), filters.from));
  if (filters.to) words.push(pair(t("list.to"), filters.to));
  if (filters.q) words.push(pair(t("list.search"), `“${filters.q}”`));
  return words;
}
