import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boundedRuns } from "./testing/bounded-runs";
import { baseFacts } from "./cases/base";
import { evaluateRequest } from "./http";

// Whatever a client sends, the answer is 200 or a 4xx with a stable error code; never a throw,
// never a 500.

const ERRORS = new Set(["invalid_json", "invalid_request", "unknown_ruleset", "invalid_facts", "payload_too_large"]);

function expectClientAnswer(raw: string) {
  const a = evaluateRequest(raw, { today: "2026-11-21" });
  expect([200, 400, 413]).toContain(a.status);
  if (a.status === 200) expect(a.body).toHaveProperty("tiers");
  else expect(ERRORS.has((a.body as { error: string }).error)).toBe(true);
  return a;
}

const leaf = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.integer(),
  fc.string(),
  fc.array(fc.string(), { maxLength: 3 }),
);
const group = fc.dictionary(
  fc.constantFrom("y1", "y2", "revenue", "uscc", "employees", "shareDomestic", "classOne", "development", "foo"),
  leaf,
);
const factsish = fc.record(
  {
    assessmentYear: leaf,
    review: leaf,
    company: fc.oneof(leaf, group),
    finance: fc.oneof(
      leaf,
      fc.record({ revenue: fc.oneof(leaf, group), totalLiabilities: leaf, totalAssets: leaf }, { requiredKeys: [] }),
    ),
    people: fc.oneof(leaf, group),
    market: fc.oneof(leaf, group),
    scores: fc.oneof(leaf, group),
  },
  { requiredKeys: [] },
);

describe("evaluateRequest properties", () => {
  it("random strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => void expectClientAnswer(s)),
      boundedRuns(500),
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => void expectClientAnswer(s)),
      boundedRuns(300),
    );
  });

  it("random JSON values, bare or as facts", () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.oneof(fc.constant(undefined), fc.string(), fc.constantFrom("miit-2026", "miit-2022", "miit-2018")),
        (v, ruleset) => {
          expectClientAnswer(JSON.stringify(v) ?? "null");
          expectClientAnswer(JSON.stringify({ ruleset, facts: v }));
        },
      ),
      boundedRuns(500),
    );
  });

  it("facts-shaped payloads with wrong types answer 400 invalid_facts or 200", () => {
    fc.assert(
      fc.property(factsish, fc.constantFrom("miit-2026", "miit-2022", "miit-2018"), (facts, ruleset) => {
        const a = expectClientAnswer(JSON.stringify({ ruleset, facts }));
        if (a.status === 400) {
          const body = a.body as { error: string; issues?: { path: string; message: string }[] };
          expect(body.error).toBe("invalid_facts");
          for (const i of body.issues ?? []) expect(i.message.length).toBeGreaterThan(0);
        }
      }),
      boundedRuns(500),
    );
  });

  it("one corrupted field of a valid record is reported at its path", () => {
    const paths = [
      ["finance", "revenue", "y1"],
      ["people", "employees"],
      ["market", "shareDomestic"],
      ["scores", "development"],
      ["company", "uscc"],
    ] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.oneof(fc.string(), fc.constant(-1), fc.constant(1e300), fc.constant(true)),
        (path, bad) => {
          const facts = structuredClone(baseFacts) as unknown as Record<string, Record<string, unknown>>;
          let node: Record<string, unknown> = facts;
          for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
          node[path[path.length - 1] as string] = bad;
          const a = expectClientAnswer(JSON.stringify({ facts }));
          expect(a.status).toBe(400);
          expect((a.body as { issues: { path: string }[] }).issues.map((i) => i.path)).toContain(path.join("."));
        },
      ),
      boundedRuns(200),
    );
  });
});
