import { describe, expect, it } from "vitest";
import { submittedAssessment } from "@/lib/admin/testing/submitted";
import { parseFacts } from "@/lib/criteria";
import { evaluateCoreWith } from "@/lib/criteria/evaluate";
import { getRulesetDef } from "@/lib/criteria/rulesets/registry";
import { completeAnswers } from "@/lib/questionnaire/testing/sample-answers";
import { migrate } from "./migrate";
import { testBackends } from "./testing/backends";
import { useRawDatabase } from "./testing/use-raw-database";

// The migrations that add list columns fill them for the assessments submitted before them, from
// the answers and evaluation in force (a reviewer's correction over the submission): the same
// values lib/assessments/list-columns.ts writes at submission.
const FIRST_BACKFILL = "20261203174043_list_more_figures";

const COLUMNS = {
  revenueGrowth: "revenue_growth",
  ipClassOne: "ip_class_one",
  shareDomestic: "share_domestic",
  scoreInnovativeMin: "score_innovative_min",
  scoreInnovativeMax: "score_innovative_max",
  scoreSpecializedMin: "score_specialized_min",
  scoreSpecializedMax: "score_specialized_max",
  narrowLittleGiant: "narrow_little_giant",
} as const;

describe.each(testBackends)("list columns backfilled by their migrations on $name", (backend) => {
  const raw = useRawDatabase(backend);

  it("fills the key figures and scores of earlier submissions, a correction's over the submitted ones", async () => {
    // The schema as it was before the first of them.
    await raw.copyMigrations(FIRST_BACKFILL);
    await migrate(raw.sql, raw.dir);

    const plain = submittedAssessment({ reference: "ZJ-B00001", revenue: 12000 });
    const submitted = submittedAssessment({ reference: "ZJ-B00002", revenue: 12000 });
    const corrected = submittedAssessment({ reference: "ZJ-B00002", revenue: 3000 });
    // Judged under miit-2022, whose specialized SME tier has a points score too.
    const parsed = parseFacts(completeAnswers, "zh-CN");
    if (!parsed.ok) throw new Error("sample answers invalid");
    const older = submittedAssessment({
      reference: "ZJ-B00004",
      frozen: () => evaluateCoreWith(getRulesetDef("miit-2022"), parsed.facts),
    });
    const insert = (row: typeof plain, correction?: typeof plain) =>
      raw.sql.query(
        `INSERT INTO "assessment" ("id", "reference", "token_hash", "status", "answers", "ruleset_id", "evaluation",
           "submitted_at", "updated_at", "corrected_answers", "corrected_evaluation", "unmet_little_giant")
         VALUES (gen_random_uuid(), $1, $2, 'submitted', $3::jsonb, $4, $5::jsonb, now(), now(), $6::jsonb, $7::jsonb, $8)`,
        [
          row.reference,
          row.tokenHash,
          JSON.stringify(row.answers),
          row.rulesetId,
          JSON.stringify(row.evaluation),
          correction ? JSON.stringify(correction.answers) : null,
          correction ? JSON.stringify(correction.evaluation) : null,
          // As the submission (and the correction after it) wrote the column before these migrations.
          (correction ?? row).unmetLittleGiant,
        ],
      );
    await insert(plain);
    await insert(submitted, corrected);
    await insert(older);
    // 200 万元 short of 5,000: a narrow miss; its growth is not.
    const narrow = submittedAssessment({ reference: "ZJ-B00005", revenue: 4800 });
    await insert(narrow);
    // A draft keeps nothing in the list's columns.
    await raw.sql.query(
      `INSERT INTO "assessment" ("id", "reference", "token_hash", "answers", "ruleset_id", "updated_at")
       VALUES (gen_random_uuid(), 'ZJ-B00003', $1, $2::jsonb, 'miit-2026', now())`,
      ["d".repeat(64), JSON.stringify(plain.answers)],
    );

    await raw.copyMigrations();
    await migrate(raw.sql, raw.dir);

    const select = Object.entries(COLUMNS)
      .map(([field, column]) => `"${column}" AS "${field}"`)
      .join(", ");
    const rows = await raw.sql.query<Record<string, unknown>>(
      `SELECT "reference", ${select} FROM "assessment" ORDER BY "reference"`,
    );
    const expected = (row: typeof plain) =>
      Object.fromEntries(Object.keys(COLUMNS).map((k) => [k, row[k as keyof typeof COLUMNS]]));
    expect(rows[0]).toEqual({ reference: "ZJ-B00001", ...expected(plain) });
    expect(rows[1]).toEqual({ reference: "ZJ-B00002", ...expected(corrected) });
    expect(rows[2]).toEqual({
      reference: "ZJ-B00003",
      ...Object.fromEntries(Object.keys(COLUMNS).map((k) => [k, k === "narrowLittleGiant" ? [] : null])),
    });
    expect(rows[3]).toEqual({ reference: "ZJ-B00004", ...expected(older) });
    expect(rows[4]).toEqual({ reference: "ZJ-B00005", ...expected(narrow) });
    expect(narrow.narrowLittleGiant).toEqual(["lg.revenue"]);
    // Far from the line (3,000 of 5,000 万元): not met, and not narrowly.
    expect(corrected.unmetLittleGiant).toContain("lg.revenue");
    expect(corrected.narrowLittleGiant).toEqual([]);
    // What the columns hold is worth checking: a score is there, and the correction changed a figure.
    expect(plain.scoreInnovativeMin).not.toBeNull();
    expect(older.rulesetId).toBe("miit-2022");
    expect(older.scoreSpecializedMin).not.toBeNull();
    expect(plain.revenueGrowth).not.toBe(corrected.revenueGrowth);
  });
});
