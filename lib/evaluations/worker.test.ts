import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { completeAnswers } from "@/lib/questionnaire/testing/sample-answers";
import { encodeAnswer, evaluationAnswer, type EncodedAnswer, type EvaluationJob } from "./answer";
import { WorkerPool } from "./pool";
import { spawnEvaluationWorker } from "./testing/spawn";

const pool = new WorkerPool<EvaluationJob, EncodedAnswer>({
  spawn: spawnEvaluationWorker,
  threads: 2,
  maxWaiting: 1000,
});
afterAll(() => pool.close());

const TODAY = "2026-12-04";
const text = (answer: EncodedAnswer) =>
  (answer.gzipped ? gunzipSync(answer.bytes) : Buffer.from(answer.bytes)).toString();

// Bodies for every kind of answer: each rule set, both languages, and each refusal.
const BODIES: { body: string; locale: EvaluationJob["locale"] }[] = [
  { body: JSON.stringify({ facts: completeAnswers }), locale: "zh-CN" },
  { body: JSON.stringify({ ruleset: "miit-2022", facts: completeAnswers }), locale: "en" },
  { body: JSON.stringify({ ruleset: "miit-2018", facts: completeAnswers, locale: "en" }), locale: "zh-CN" },
  { body: JSON.stringify({ facts: { people: { employees: -1 } } }), locale: "en" },
  { body: JSON.stringify({ ruleset: "miit-1999", facts: {} }), locale: "zh-CN" },
  { body: "{not json", locale: "en" },
  { body: `{"facts":${"[".repeat(100)}${"]".repeat(100)}}`, locale: "zh-CN" },
  { body: "[]", locale: "zh-CN" },
  { body: JSON.stringify({ facts: {} }), locale: "en" },
];

describe("the evaluation worker", () => {
  it("answers exactly as the engine does on the calling thread, gzipped when asked and worth it", async () => {
    const jobs = BODIES.flatMap(({ body, locale }) =>
      [true, false].map((gzip) => ({ text: body, today: TODAY, locale, gzip })),
    );
    // All at once on two threads: each caller must get its own answer.
    const answers = await Promise.all(jobs.map((job) => pool.run(job)));
    answers.forEach((answer, i) => {
      const job = jobs[i]!;
      const expected = encodeAnswer(evaluationAnswer(job.text, job), false);
      expect(answer.status, job.text.slice(0, 60)).toBe(expected.status);
      expect(text(answer), job.text.slice(0, 60)).toBe(Buffer.from(expected.bytes).toString());
      expect(answer.gzipped).toBe(job.gzip && expected.bytes.byteLength >= 1024);
    });
    // The evaluations themselves, and the refusals' words.
    const [zh, en] = answers.filter((_, i) => !jobs[i]!.gzip).map((a) => JSON.parse(text(a)));
    expect([zh.ruleset.id, en.ruleset.id]).toEqual(["miit-2026", "miit-2022"]);
    expect(answers[0]!.gzipped).toBe(true);
    const refusals = answers
      .filter((_, i) => !jobs[i]!.gzip)
      .slice(3)
      .map((a) => [a.status, JSON.parse(text(a))]);
    expect(refusals[0]).toEqual([
      400,
      { error: "invalid_facts", issues: [expect.objectContaining({ path: "people.employees" })] },
    ]);
    expect(refusals[1]).toEqual([400, { error: "unknown_ruleset" }]);
    expect(refusals[2]).toEqual([400, { error: "invalid_json", message: "The request body is not valid JSON." }]);
    expect(refusals[3]).toEqual([400, expect.objectContaining({ error: "invalid_json", reason: "too_deep" })]);
    expect(refusals[4]).toEqual([400, { error: "invalid_request", message: expect.stringContaining("JSON 对象") }]);
    expect(refusals[5]![0]).toBe(200);
  });
});
