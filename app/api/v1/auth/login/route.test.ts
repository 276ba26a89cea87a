import { beforeAll, describe, expect, it, vi } from "vitest";
import { loginTestBackends, useLoginDatabase } from "@/lib/auth/testing/login-database";

// The route handler on a test database: the service it calls is bound to the harness's database
// instead of the app's own.
const current = vi.hoisted(() => ({ login: undefined as ((...args: never[]) => unknown) | undefined }));
vi.mock("@/lib/auth/service", () => ({ login: (...args: never[]) => current.login!(...args) }));
const { POST } = await import("./route");

const PASSWORD = "Review-Desk-2026";

const post = (body: unknown, headers: Record<string, string>) =>
  POST(
    new Request("http://x/api/v1/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    }),
  );

describe.each(loginTestBackends)("POST /api/v1/auth/login on $name", (backend) => {
  const login = useLoginDatabase(backend, [{ email: "route@office.gov.cn", role: "reviewer", password: PASSWORD }]);
  beforeAll(() => {
    current.login = login;
  });

  it("answers 40 parallel wrong passwords and the right one with 401, 429 + Retry-After or 200, never 500", async () => {
    const responses = await Promise.all(
      Array.from({ length: 41 }, (_, i) =>
        post(
          { email: "route@office.gov.cn", password: i === 40 ? PASSWORD : "Wrong-Password-1" },
          // One socket address; a rotating X-Forwarded-For, which is ignored (no trusted proxy).
          { "x-zjtx-client-address": "192.0.2.60", "x-forwarded-for": `10.0.${i}.1` },
        ),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.every((s) => [200, 401, 429].includes(s))).toBe(true);
    // Five per account and address; should the right one get in among them, it clears its own
    // address's count, and the account's counter (ten, the success given back) still bounds the rest.
    expect(statuses.filter((s) => s !== 429).length).toBeLessThanOrEqual(11);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(30);
    for (const response of responses.filter((r) => r.status === 429)) {
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(await response.json()).toMatchObject({ error: "too_many_attempts" });
    }
  });
});
