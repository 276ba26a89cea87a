import { setAt, type Answers } from "@/lib/questionnaire/answers";
import { completeAnswers } from "@/lib/questionnaire/testing/sample-answers";

// The firms the report was tried with (issue 13), as answers, for unit and browser tests.

const set = (answers: Answers, changes: Record<string, unknown>) =>
  Object.entries(changes).reduce((a, [path, v]) => setAt(a, path, v), answers);

/**
 * Modelled on a batch-3 Little Giant making germanium products with a third of the national
 * market: it holds both titles below and meets the Little Giant standard, but the provincial
 * tier's "细分市场占有率较高" has no number in the text, so a reviewer decides it.
 */
export const germaniumFirm: Answers = set(completeAnswers, {
  "company.name": "示例锗材料科技有限公司",
  "company.industryCode": "C3239",
  "market.shareDomestic": 33,
  "market.nationalRank": 1,
  "market.nicheYears": 15,
});

/** A young firm with 120万元 of revenue, no titles, little R&D and no Class I IP. */
export const smallFirm: Answers = set(completeAnswers, {
  "company.name": "示例初创小微有限公司",
  "titles.innovativeSme": false,
  "titles.specializedSme": false,
  "titles.highTech": false,
  "finance.revenue": { y1: 120, y2: 90, y3: 60 },
  "finance.mainRevenue": { y1: 110, y2: 80, y3: 50 },
  "finance.netProfit": { y1: 5, y2: 3, y3: 1 },
  "finance.totalAssets": 300,
  "finance.totalLiabilities": 180,
  "finance.rdExpense": { y1: 2, y2: 1 },
  "finance.equityFinancing3y": 0,
  "finance.equityFinancing2y": 0,
  people: { employees: 12, rdStaff: 2 },
  "market.nicheYears": 1,
  "market.shareDomestic": 0.5,
  "market.nationalRank": null,
  "market.ownBrand": false,
  ip: { classOne: 0, classOneHighValue: 0, classOneSelfDeveloped: 0, classTwo: 2, inventionPatents: 0 },
  innovation: { rdInstitution: "none", scienceAward: "none", makerChina: "none" },
  "scores.development": 40,
});

/** Many answers "don't know": the verdicts wait for them. */
export const vagueFirm: Answers = set(completeAnswers, {
  "company.name": "示例信息不全有限公司",
  "titles.specializedSme": null,
  "finance.totalAssets": null,
  "finance.totalLiabilities": null,
  "people.rdStaff": null,
  "market.shareDomestic": null,
  "market.nationalRank": null,
  "scores.development": null,
});
