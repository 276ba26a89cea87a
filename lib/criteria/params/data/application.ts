import type { LocalText, RulesetId } from "../../types";
import { MEASURES_2022_A1, MEASURES_2026, NOTICE_2026 } from "../instruments";
import type { Source } from "../types";

// How and when a firm applies under each rule set, for the report's timeline and "what happens
// next". Only what a copy that was read says is stated; the dates of each year's window are set
// by that year's notice and the province, and are not recorded here (the report says so).

const CHECKED = "2026-12-02";

/** Titles last three years and are then reviewed (复核); the designated list's statuses use it too. */
export const TITLE_VALIDITY_YEARS = 3;

export interface Application {
  /** Where the application is made. */
  channel: LocalText & { url: string };
  /** When: the annual cycle, in words. */
  window: LocalText;
  /** Years a title stays valid before its review (复核). */
  validityYears: number;
  /** Still used for new applications. */
  current: boolean;
  source: Source;
}

const channel = {
  "zh-CN": "优质中小企业梯度培育平台（zjtx.miit.gov.cn），经所在省级中小企业主管部门推荐；申报免费，无需中介",
  en: "the MIIT tiered-cultivation platform (zjtx.miit.gov.cn), through the provincial SME authority; free of charge, no agent needed",
  url: "https://zjtx.miit.gov.cn",
};

const annual: LocalText = {
  "zh-CN": `每年一次：工业和信息化部发布年度通知（2026 年度为${NOTICE_2026.doc}）后，省级主管部门组织申报并规定截止日期，以当年通知为准`,
  en: `Once a year: after MIIT's annual notice (for 2026, ${NOTICE_2026.doc}), the provincial authority opens the applications and sets the deadline; the year's notice decides`,
};

const historical: LocalText = {
  "zh-CN": "该标准已停止用于新的申报，仅用于对照历史批次",
  en: "No longer used for new applications; kept to compare with earlier batches",
};

const source = (instrument: { doc: string; url?: string; from: string }, zh: string, en: string): Source => ({
  reference: { instrument: instrument.doc, clause: { "zh-CN": zh, en }, ...(instrument.url ? { url: instrument.url } : {}) },
  confidence: "recall",
  effectiveFrom: instrument.from,
  checkedOn: CHECKED,
});

export const applications: Record<RulesetId, Application> = {
  "miit-2026": {
    channel,
    window: annual,
    validityYears: TITLE_VALIDITY_YEARS,
    current: true,
    source: source(MEASURES_2026, "认定程序与有效期；年度通知", "procedure and validity; annual notice"),
  },
  "miit-2022": {
    channel,
    window: annual,
    validityYears: TITLE_VALIDITY_YEARS,
    current: true,
    source: source(MEASURES_2022_A1, "认定程序与有效期（2026 年度复核仍适用）", "procedure and validity (still used for the 2026 reviews)"),
  },
  "miit-2020": {
    channel,
    window: historical,
    validityYears: TITLE_VALIDITY_YEARS,
    current: false,
    source: source(MEASURES_2022_A1, "有效期", "validity"),
  },
  "miit-2018": {
    channel,
    window: historical,
    validityYears: TITLE_VALIDITY_YEARS,
    current: false,
    source: source(MEASURES_2022_A1, "有效期", "validity"),
  },
};
