// A round's recommendation list in the shape provinces send upward (序号, 企业名称, 统一社会信用代码,
// 地市, 所属行业, 主导产品, the key figures, 推荐意见), for the page, the printed PDF and the workbook:
// one list of columns, worded in the reader's language.
import ExcelJS from "exceljs";
import { isRulesetId, rulesets } from "@/lib/criteria";
import { flattenAnswers } from "@/lib/criteria/facts/flatten";
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import type { Answers } from "@/lib/questionnaire/answers";
import { answerCell } from "@/lib/questionnaire/format-answer";
import { beijingMinute } from "./beijing-time";
import { figureHeader } from "./export-columns";
import { KEY_FIGURES, keyFiguresOf, type KeyFigure } from "./key-figures";
import { tierHasScore } from "./round-rules";
import type { RoundDetail } from "./rounds";

const LIST_COLUMNS = ["rank", "company", "uscc", "city", "industry", "product", "score"] as const;

/** Whether the list has a score column: only when the round's tier has a points score. */
export const listHasScore = (round: Pick<RoundDetail, "rulesetId" | "tier">) =>
  isRulesetId(round.rulesetId) && tierHasScore(round.rulesetId, round.tier);

export type ListLine = {
  rank: number;
  id: string;
  reference: string;
  company: string;
  uscc: string;
  city: string;
  industry: string;
  product: string;
  score: number | null;
  figures: KeyFigure[];
  opinion: string;
  /** A figure corrected or an outcome overridden by a reviewer. */
  corrected: boolean;
};

const text = (v: string | number) => (typeof v === "number" ? String(v) : v);

export function listLines(round: Pick<RoundDetail, "ranked">, locale: Locale): ListLine[] {
  return round.ranked.map((a, i) => {
    const facts = flattenAnswers((a.answers ?? {}) as Answers);
    return {
      rank: i + 1,
      id: a.id,
      reference: a.reference,
      company: a.companyName,
      uscc: a.uscc ?? "",
      city: a.city ?? "",
      industry: a.industryCode ? text(answerCell("company.industryCode", a.industryCode, locale)) : "",
      product: text(answerCell("market.mainProduct", facts["market.mainProduct"], locale)),
      score: a.score,
      figures: keyFiguresOf(facts),
      opinion: a.recommendation ?? "",
      corrected: a.corrected,
    };
  });
}

/** The list's column headers: its own (the score where there is one), each key figure with its unit, 推荐意见. */
export function listHeader(locale: Locale, withScore: boolean): string[] {
  const words = messages[locale].rounds.list.columns;
  return [
    ...LIST_COLUMNS.filter((c) => withScore || c !== "score").map((c) => words[c]),
    ...KEY_FIGURES.map((name) => figureHeader(name, locale)),
    words.opinion,
  ];
}

/** A round's heading lines: its name ("（未审定）" until approved) and what it recommends for. */
export function listHeading(round: RoundDetail, locale: Locale): { title: string; subtitle: string } {
  const words = messages[locale].rounds.export;
  const tier = (messages[locale].admin.tiers as Record<string, string>)[round.tier] ?? round.tier;
  const ruleset = rulesets.find((r) => r.id === round.rulesetId)?.title[locale] ?? round.rulesetId;
  return {
    title: named(words.heading, round.name) + (round.stage === "approved" ? "" : words.notApproved),
    subtitle: words.subheading
      .replace("{tier}", tier)
      .replace("{ruleset}", ruleset)
      .replace("{deadline}", round.deadline),
  };
}

/**
 * The heading's words around the round's name, without saying a word twice where the name already
 * ends with the start of what follows it: "…企业推荐" + "推荐名单" reads "…企业推荐名单".
 */
export function named(template: string, name: string): string {
  const at = template.indexOf("{name}");
  const after = template.slice(at + "{name}".length);
  let overlap = 0;
  for (let k = after.length; k >= 2 && !overlap; k--) if (name.endsWith(after.slice(0, k))) overlap = k;
  return template.slice(0, at) + name + after.slice(overlap);
}

/** Each sign-off as a line ("初审：wang@…，2026-12-03 15:30，同意"). */
export function signoffLines(round: RoundDetail, locale: Locale): string[] {
  const words = messages[locale].rounds;
  return round.signoffs
    .filter((s) => s.stage !== "open")
    .map((s) =>
      words.export.signedBy
        .replace("{step}", (words.step as Record<string, string>)[s.stage] ?? s.stage)
        .replace("{email}", s.actorEmail)
        .replace("{date}", beijingMinute(s.createdAt))
        .replace("{note}", s.note),
    );
}

const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const cell = (v: string | number | null) => (typeof v === "string" ? v.replace(NOT_XML, "\uFFFD") : v);
const textWidth = (t: string) => [...t].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);

/** The header's row in the workbook: after the title and the subtitle. */
export const HEADER_ROW = 3;

/**
 * The workbook: the title, what the list is for, the header (frozen, with a filter), one row per
 * recommended company in rank order with its figures as numbers, then the sign-offs.
 */
export async function listWorkbook(round: RoundDetail, locale: Locale): Promise<Buffer> {
  const withScore = listHasScore(round);
  const header = listHeader(locale, withScore);
  const lines = listLines(round, locale);
  const heading = listHeading(round, locale);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(messages[locale].rounds.export.sheet, {
    views: [{ state: "frozen", ySplit: HEADER_ROW }],
  });
  sheet.addRow([cell(heading.title)]).font = { bold: true, size: 14 };
  sheet.addRow([cell(heading.subtitle)]);
  sheet.addRow(header).font = { bold: true };
  for (const l of lines)
    sheet.addRow(
      [
        l.rank,
        l.company,
        l.uscc,
        l.city,
        l.industry,
        l.product,
        ...(withScore ? [l.score] : []),
        ...l.figures.map((f) => f.value),
        l.opinion,
      ].map(cell),
    );
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: header.length } };
  sheet.columns.forEach((column, i) => {
    const longest = Math.max(
      textWidth(header[i] ?? ""),
      ...lines.map((l) => textWidth(String([l.rank, l.company, l.uscc, l.city, l.industry, l.product][i] ?? ""))),
    );
    column.width = Math.min(40, Math.max(8, longest + 2));
  });
  sheet.addRow([]);
  for (const line of signoffLines(round, locale)) sheet.addRow([cell(line)]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The file's name in the reader's language: "推荐名单-<round>.xlsx". */
export function listFileName(round: Pick<RoundDetail, "name">, locale: Locale, format: "xlsx" | "pdf"): string {
  const safe = round.name.replace(/[\\/:*?"<>|\u0000-\u001F]/g, "_").slice(0, 80);
  return `${messages[locale].rounds.export.fileName}-${safe}.${format}`;
}
