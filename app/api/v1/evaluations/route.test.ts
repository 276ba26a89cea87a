import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it, vi } from "vitest";
import { evaluateRequest } from "@/lib/criteria";
import { GZIP_HANDOFF, GZIPPED_BODY } from "@/lib/http/gzip-policy.mjs";
import type { EncodedAnswer, EvaluationJob } from "@/lib/evaluations/answer";
import { PoolBusyError, WorkerPool } from "@/lib/evaluations/pool";
import { spawnEvaluationWorker } from "@/lib/evaluations/testing/spawn";
import { completeAnswers } from "@/lib/questionnaire/testing/sample-answers";

// The route around the evaluation worker: the server's pool, with the worker started from source.
const pools = vi.hoisted(() => ({ current: undefined as unknown as WorkerPool<EvaluationJob, EncodedAnswer> }));
vi.mock("@/lib/evaluations", async (original) => ({
  ...(await original<typeof import("@/lib/evaluations")>()),
  evaluations: { run: (job: EvaluationJob, signal?: AbortSignal) => pools.current.run(job, signal) },
}));
const { POST } = await import("./route");

const serving = new WorkerPool<EvaluationJob, EncodedAnswer>({
  spawn: spawnEvaluationWorker,
  threads: 1,
  maxWaiting: 10,
});
pools.current = serving;
afterAll(() => serving.close());

const facts = JSON.stringify({ ruleset: "miit-2026", facts: completeAnswers });
const post = (body: string, headers: Record<string, string> = {}, signal?: AbortSignal) =>
  POST(new Request("http://x/api/v1/evaluations", { method: "POST", body, headers, signal }));

describe("POST /api/v1/evaluations", () => {
  it("answers the engine's evaluation from the worker, gzipped there when npm start's server will send it so", async () => {
    const expected = evaluateRequest(facts, { locale: "zh-CN" }).body;
    const zipped = await post(facts, { "accept-encoding": "gzip, deflate, br", [GZIP_HANDOFF]: "1" });
    expect(zipped.status).toBe(200);
    expect(Object.fromEntries(zipped.headers)).toMatchObject({
      "content-type": "application/json",
      [GZIPPED_BODY]: "gzip",
      "cache-control": "no-store",
      vary: "Accept-Encoding",
    });
    expect(JSON.parse(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString())).toEqual(expected);

    // Plain JSON when the client refuses gzip, or without that server (next dev), which would not say so.
    const plainly: Record<string, string>[] = [
      { [GZIP_HANDOFF]: "1" },
      { [GZIP_HANDOFF]: "1", "accept-encoding": "gzip;q=0, identity" },
      { [GZIP_HANDOFF]: "1", "accept-encoding": "br" },
      { "accept-encoding": "gzip" },
    ];
    for (const headers of plainly) {
      const plain = await post(facts, headers);
      expect(plain.headers.get(GZIPPED_BODY), JSON.stringify(headers)).toBeNull();
      expect(await plain.json()).toEqual(expected);
    }
  });

  it("refuses in the reader's language: a body not JSON, one too large", async () => {
    const notJson = await post("{not json", { cookie: "NEXT_LOCALE=en" });
    expect([notJson.status, await notJson.json()]).toEqual([
      400,
      { error: "invalid_json", message: "The request body is not valid JSON." },
    ]);
    const huge = await post(JSON.stringify({ facts: { company: { name: "x".repeat(300_000) } } }));
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: "payload_too_large", message: expect.any(String) });
  });

  it("answers 503 server_busy with Retry-After when every thread is taken and the queue is full", async () => {
    pools.current = { run: () => Promise.reject(new PoolBusyError()) } as never;
    try {
      const busy = await post(facts, { cookie: "NEXT_LOCALE=en" });
      expect(busy.status).toBe(503);
      expect(busy.headers.get("retry-after")).toBe("1");
      expect(await busy.json()).toEqual({ error: "server_busy", message: expect.stringContaining("busy") });
    } finally {
      pools.current = serving;
    }
  });

  it("answers no one, and logs nothing, when the client went away before its turn", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const gone = await post(facts, {}, AbortSignal.abort());
      expect(gone.status).toBe(499);
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });

  it("logs a failure of the engine and answers 500 with the id it logged", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    pools.current = { run: async () => ({ status: 500, bytes: new Uint8Array(), gzipped: false }) } as never;
    try {
      const failed = await post(facts);
      expect(failed.status).toBe(500);
      const { error, id } = (await failed.json()) as { error: string; id: string };
      expect(error).toBe("internal_error");
      expect(logged.mock.calls.some(([line]) => String(line).includes(`"id":"${id}"`))).toBe(true);
    } finally {
      pools.current = serving;
      logged.mockRestore();
    }
  });
});
