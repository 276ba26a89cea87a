// npm run -s seed:assessments -- [--count 100000]
// Adds COUNT submitted assessments (references ZB-…) for benchmarks, in one INSERT … SELECT over
// generate_series: three evaluated templates, with names, credit codes, provinces, industries,
// statuses and dates spread across the rows. Seconds, not the minutes of 100,000 separate inserts.
// Each row says the same thing everywhere: its answers carry the name, credit code (valid, with
// its check character), province and industry its list columns show, and the industries are all
// manufacturing, whose size thresholds are the template's, so the frozen evaluation still holds.
import type { Database } from "../lib/db/open-database";
import { commandLine } from "./command-line";
import { withDatabase } from "../lib/db/with-database";
import { submittedAssessment } from "../lib/admin/testing/submitted";
import { PROVINCE_CODES } from "../lib/criteria/provinces";
import { USCC_ALPHABET } from "../lib/criteria/uscc";

/** Manufacturing (门类 C): one size standard (工业), the templates' own. */
const INDUSTRIES = [
  "C3484",
  "C3471",
  "C3562",
  "C3981",
  "C2661",
  "C3912",
  "C4011",
  "C3825",
  "C2710",
  "C3432",
  "C3973",
  "C2929",
];

/** GB 32100's weights for the check character (lib/criteria/uscc.ts), for the SQL below. */
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export async function seedAssessments(db: Database, count: number): Promise<number> {
  const templates = [12000, 3000, 90000].map((revenue) => {
    const a = submittedAssessment({ reference: "template", revenue });
    return {
      answers: a.answers,
      evaluation: a.evaluation,
      v1: a.verdictInnovativeSme,
      v2: a.verdictSpecializedSme,
      v3: a.verdictLittleGiant,
      u1: a.unmetInnovativeSme,
      u2: a.unmetSpecializedSme,
      u3: a.unmetLittleGiant,
      n3: a.narrowLittleGiant,
      metrics: [a.rdIntensity, a.mainShare, a.debtRatio, a.revenue, a.revenueGrowth, a.ipClassOne, a.shareDomestic],
      scores: [a.scoreInnovativeMin, a.scoreInnovativeMax, a.scoreSpecializedMin, a.scoreSpecializedMax],
    };
  });
  return db.withSql(async (sql) => {
    const [{ n }] = (await sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "assessment" WHERE "reference" LIKE 'ZB-%'`,
    )) as [{ n: number }];
    await sql.query(
      `WITH t AS (
         SELECT (ord - 1)::int AS idx, e -> 'answers' AS answers, e -> 'evaluation' AS evaluation,
                (e ->> 'v1')::"TierVerdict" AS v1, (e ->> 'v2')::"TierVerdict" AS v2, (e ->> 'v3')::"TierVerdict" AS v3,
                ARRAY(SELECT jsonb_array_elements_text(e -> 'u1')) AS u1, ARRAY(SELECT jsonb_array_elements_text(e -> 'u2')) AS u2,
                ARRAY(SELECT jsonb_array_elements_text(e -> 'u3')) AS u3,
                ARRAY(SELECT jsonb_array_elements_text(e -> 'n3')) AS n3, (e -> 'metrics' ->> 0)::float8 AS rd,
                (e -> 'metrics' ->> 1)::float8 AS share, (e -> 'metrics' ->> 2)::float8 AS debt, (e -> 'metrics' ->> 3)::float8 AS revenue,
                (e -> 'metrics' ->> 4)::float8 AS growth, (e -> 'metrics' ->> 5)::float8 AS ip,
                (e -> 'metrics' ->> 6)::float8 AS share_domestic, (e -> 'scores' ->> 0)::float8 AS ism_min,
                (e -> 'scores' ->> 1)::float8 AS ism_max, (e -> 'scores' ->> 2)::float8 AS ssme_min,
                (e -> 'scores' ->> 3)::float8 AS ssme_max
         FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS x(e, ord)
       ), base AS (
         SELECT g, now() - make_interval(days => g % 730, secs => (g * 7919) % 86400) AS at,
           (ARRAY['华东','南方','北辰','中科','金石','远航','精工','新材'])[1 + g % 8] || (ARRAY['精密','智能','电子','材料','机械','生物','软件','能源'])[1 + (g / 8) % 8] || '科技有限公司' || g AS name,
           ($4::text[])[1 + (g * 13) % cardinality($4::text[])] AS province,
           ($5::text[])[1 + (g * 7) % cardinality($5::text[])] AS industry
         FROM generate_series($2::int, $3::int) AS g
       ), coded AS (
         -- 9 (registered with the market regulator), 1 (a company), the province's division code,
         -- then the row number: 17 digits, and the check character GB 32100 computes over them.
         SELECT base.*, '91' || province || '0000' || lpad((g % 1000000000)::text, 9, '0') AS first17 FROM base
       ), rows AS (
         SELECT coded.*, first17 || substr($7::text, 1 + (31 - (
           SELECT sum(substr(first17, i, 1)::int * ($6::int[])[i]) FROM generate_series(1, 17) AS i
         )::int % 31) % 31, 1) AS uscc FROM coded
       )
       INSERT INTO "assessment" ("id", "reference", "token_hash", "status", "answers", "ruleset_id", "version", "evaluation",
         "submitted_at", "created_at", "updated_at", "company_name", "uscc", "province", "industry_code",
         "verdict_innovative_sme", "verdict_specialized_sme", "verdict_little_giant",
         "unmet_innovative_sme", "unmet_specialized_sme", "unmet_little_giant", "narrow_little_giant", "rd_intensity", "main_share", "debt_ratio", "revenue",
         "revenue_growth", "ip_class_one", "share_domestic",
         "score_innovative_min", "score_innovative_max", "score_specialized_min", "score_specialized_max")
       SELECT gen_random_uuid(), 'ZB-' || lpad(upper(to_hex(g)), 7, '0'), md5('a' || g) || md5('b' || g),
         (ARRAY['submitted','submitted','in_review','recommended','not_recommended','needs_information'])[1 + g % 6]::"AssessmentStatus",
         jsonb_set(t.answers, '{company}', (t.answers -> 'company') || jsonb_build_object(
           'name', rows.name, 'uscc', rows.uscc, 'province', rows.province, 'industryCode', rows.industry)),
         'miit-2026', 14, t.evaluation, rows.at, rows.at, rows.at,
         rows.name, rows.uscc, rows.province, rows.industry,
         t.v1, t.v2, t.v3, t.u1, t.u2, t.u3, t.n3, t.rd, t.share, t.debt, t.revenue,
         t.growth, t.ip, t.share_domestic, t.ism_min, t.ism_max, t.ssme_min, t.ssme_max
       FROM rows JOIN t ON t.idx = rows.g % 3`,
      [JSON.stringify(templates), n + 1, n + count, PROVINCE_CODES, INDUSTRIES, USCC_WEIGHTS, USCC_ALPHABET],
    );
    await sql.query(`ANALYZE "assessment"`);
    return n + count;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = commandLine("Usage: npm run -s seed:assessments [-- --count N]", { count: { type: "string" } });
  const count = Number(values.count ?? 100_000);
  const started = performance.now();
  const total = await withDatabase((db) => seedAssessments(db, count));
  process.stdout.write(
    `Added ${count} assessments (${total} benchmark rows in all) in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
  process.exit(0);
}
