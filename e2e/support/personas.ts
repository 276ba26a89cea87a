// The firms the browser tests play, as answers. Seeded into the e2e database by
// e2e/seed/assessments.seed.ts (with a known resume token) so that a test about the report or the
// submission opens one directly instead of typing twelve pages first.
import { createHash } from "node:crypto";
import { pickPaths, setAt, type Answers } from "@/lib/questionnaire/answers";
import { steps } from "@/lib/questionnaire/steps";
import { completeAnswers } from "@/lib/questionnaire/testing/sample-answers";
import { germaniumFirm, smallFirm, vagueFirm } from "@/lib/report/testing/firms";
import type { Evaluation } from "@/lib/criteria";

const set = (answers: Answers, changes: Record<string, unknown>) =>
  Object.entries(changes).reduce((a, [path, v]) => setAt(a, path, v), answers);

const eligible = set(completeAnswers, { "company.name": "示例达标精工有限公司" });

/** The paths of the first `n` steps: a draft left in the middle. */
const firstSteps = (n: number) => steps.slice(0, n).flatMap((s) => s.fields.map((f) => f.path));

export type Persona = {
  reference: string;
  status: "draft" | "submitted";
  answers: Answers;
  /** What the frozen evaluation said: a submission made before the threshold data was corrected. */
  frozen?: (e: Evaluation) => Evaluation;
};

/** As if submitted when the innovative-SME growth bands were wrong: the base tier then failed. */
function beforeCorrection(e: Evaluation): Evaluation {
  const tier = e.tiers.find((t) => t.id === "innovative-sme")!;
  tier.verdict = "not_eligible";
  for (const c of tier.criteria) if (c.id === "ism.direct" || c.id === "ism.score") c.outcome = "not_met";
  return e;
}

export const personas = {
  /** A draft left after the finance step (five of twelve pages). */
  halfway: { reference: "ZJ-E2EQ01", status: "draft", answers: pickPaths(completeAnswers, firstSteps(5)) },
  /** Drafts for the tests of typed input: one on the finance page, two on the people page. */
  typing: { reference: "ZJ-E2EQ03", status: "draft", answers: pickPaths(completeAnswers, firstSteps(4)) },
  typingEn: { reference: "ZJ-E2EQ04", status: "draft", answers: pickPaths(completeAnswers, firstSteps(4)) },
  noScript: { reference: "ZJ-E2EQ05", status: "draft", answers: pickPaths(completeAnswers, firstSteps(5)) },
  goingBack: { reference: "ZJ-E2EQ06", status: "draft", answers: pickPaths(completeAnswers, firstSteps(5)) },
  companyPage: { reference: "ZJ-E2EQ08", status: "draft", answers: pickPaths(completeAnswers, firstSteps(1)) },
  leaving: { reference: "ZJ-E2EQ07", status: "draft", answers: pickPaths(completeAnswers, firstSteps(5)) },
  /** A draft with every page answered, on its check page. */
  complete: {
    reference: "ZJ-E2EQ02",
    status: "draft",
    answers: set(completeAnswers, { "company.name": "示例核对提交有限公司" }),
  },
  /** A complete draft with its R&D spending typed too low, which a reviewer will ask about. */
  replying: {
    reference: "ZJ-E2EQ09",
    status: "draft",
    answers: set(completeAnswers, {
      "company.name": "示例补充信息精工有限公司",
      "finance.rdExpense.y1": 300,
      "finance.rdExpense.y2": 200,
    }),
  },
  eligible: { reference: "ZJ-E2ER01", status: "submitted", answers: eligible },
  weak: {
    reference: "ZJ-E2ER02",
    status: "submitted",
    answers: set(completeAnswers, {
      "company.name": "示例研发不足有限公司",
      "finance.rdExpense.y1": 300,
      "finance.rdExpense.y2": 200,
      "ip.classOne": 1,
    }),
  },
  vague: { reference: "ZJ-E2ER03", status: "submitted", answers: vagueFirm },
  /** A batch-3-like Little Giant (germanium, a third of the market); its provincial tier waits for a reviewer. */
  germanium: { reference: "ZJ-E2ER08", status: "submitted", answers: germaniumFirm },
  /** 120万元 of revenue, no titles: a plan from the base tier up. */
  small: { reference: "ZJ-E2ER09", status: "submitted", answers: smallFirm },
  lowMainShare: {
    reference: "ZJ-E2ER04",
    status: "submitted",
    answers: set(eligible, { "finance.mainRevenue.y1": 10200 }),
  },
  /** A 2026 review: evaluated under the 2022 standard, as the 2026 annual notice says. */
  review: {
    reference: "ZJ-E2ER06",
    status: "submitted",
    answers: set(completeAnswers, { "company.name": "示例复核精密有限公司", review: true }),
  },
  corrected: {
    reference: "ZJ-E2ER07",
    status: "submitted",
    answers: set(completeAnswers, { "company.name": "示例标准更正有限公司" }),
    frozen: beforeCorrection,
  },
  peer: {
    reference: "ZJ-E2ER05",
    status: "submitted",
    answers: set(completeAnswers, { "company.name": "示例对标机床有限公司" }),
  },
} satisfies Record<string, Persona>;

export type PersonaId = keyof typeof personas;

/** A persona's resume token: fixed, so the seed and the tests agree without sharing state. */
export const personaToken = (id: PersonaId) => createHash("sha256").update(`e2e persona ${id}`).digest("base64url");
