import { afterEach, describe, expect, it, vi } from "vitest";
import { onRequestError } from "@/instrumentation";
import { logError } from "./log";

// What a user quotes (the reference on the error page, or in an API's 500) finds the log line.

const lines = () => {
  const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
  return () => spy.mock.calls.map((c) => JSON.parse(String(c[0])) as Record<string, unknown>);
};
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe("error ids", () => {
  it("logs a failed page under Next's digest, the reference app/error.tsx shows", async () => {
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    const logged = lines();
    const error = Object.assign(new Error("boom"), { digest: "3577816371" });
    await onRequestError(
      error,
      { path: "/admin/assessments", method: "GET" },
      { routerKind: "App Router", routeType: "render" },
    );
    expect(logged()).toEqual([
      expect.objectContaining({ id: "3577816371", path: "/admin/assessments", message: "boom" }),
    ]);
  });

  it("returns the id it logged, a fresh one for each failure", () => {
    const logged = lines();
    const a = logError(new Error("x"));
    const b = logError(new Error("x"));
    expect(a).not.toBe(b);
    expect(logged().map((l) => l.id)).toEqual([a, b]);
  });
});
