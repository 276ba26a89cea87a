import { expect, test } from "@playwright/test";
import { completeAnswers } from "@/lib/questionnaire/testing/sample-answers";

// The contract of criteria.md §5, through the real server.
test.describe("POST /api/v1/evaluations", () => {
  test("evaluates facts under the rule set in force, or the one asked for", async ({ request }) => {
    const now = await request.post("/api/v1/evaluations", { data: { facts: completeAnswers } });
    expect(now.status()).toBe(200);
    // Evaluated, serialised and gzipped in the server's evaluation worker (lib/evaluations).
    expect(now.headers()).toMatchObject({
      "content-encoding": "gzip",
      vary: expect.stringContaining("Accept-Encoding"),
    });
    const body = await now.json();
    expect(body.ruleset).toMatchObject({ id: "miit-2026", effectiveFrom: "2026-04-01", effectiveTo: null });
    expect(body.tiers.map((t: { id: string }) => t.id)).toEqual(["innovative-sme", "specialized-sme", "little-giant"]);
    expect(body.tiers[2].criteria[0]).toMatchObject({
      id: "common.sme-size",
      outcome: "met",
      confidence: expect.any(String),
      reference: expect.any(String),
    });

    const old = await request.post("/api/v1/evaluations?lang=en", {
      data: { ruleset: "miit-2018", facts: completeAnswers },
    });
    const oldBody = await old.json();
    expect(oldBody.tiers.map((t: { id: string }) => t.id)).toEqual(["little-giant"]);
    expect(oldBody.tiers[0].criteria.find((c: { id: string }) => c.id === "lg.prior-title").label).toMatch(/[A-Za-z]/);
  });

  test("answers 400 with issues for bad facts, an unknown rule set or a body that is not JSON, and 413 when too big", async ({
    request,
  }) => {
    const bad = await request.post("/api/v1/evaluations", {
      data: { facts: { finance: { revenue: { y1: 100 }, mainRevenue: { y1: 200 } }, people: { employees: -1 } } },
    });
    expect(bad.status()).toBe(400);
    const issues = (await bad.json()).issues.map((i: { path: string }) => i.path).sort();
    expect(issues).toEqual(["finance.mainRevenue.y1", "people.employees"]);

    const unknown = await request.post("/api/v1/evaluations", { data: { ruleset: "miit-1999", facts: {} } });
    expect([unknown.status(), await unknown.json()]).toEqual([400, { error: "unknown_ruleset" }]);

    const notJson = await request.post("/api/v1/evaluations", {
      headers: { "content-type": "application/json" },
      data: Buffer.from("{not json"),
    });
    expect(notJson.status()).toBe(400);
    expect(await notJson.json()).toMatchObject({ error: "invalid_json" });

    const huge = await request.post("/api/v1/evaluations", {
      headers: { "content-type": "application/json" },
      data: Buffer.from(JSON.stringify({ facts: { company: { name: "x".repeat(300_000) } } })),
    });
    expect(huge.status()).toBe(413);
  });
});
