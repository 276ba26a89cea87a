// The authorisation matrix: every admin page and API route, as anonymous, reviewer and admin,
// through the real server and its guards. Pages redirect the anonymous to the sign-in page and
// answer 403 to the wrong role; APIs answer 401 and 403.
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { e2eAccounts } from "./support/admin";

type Who = "anonymous" | "reviewer" | "admin";
const WHO: Who[] = ["anonymous", "reviewer", "admin"];

async function contextFor(who: Who, baseURL: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL, maxRedirects: 0 });
  if (who === "anonymous") return context;
  const { email, password } = e2eAccounts[who];
  const response = await context.post("/api/v1/auth/login", { data: { email, password } });
  expect(response.status()).toBe(200);
  return context;
}

test("every admin page and API route admits exactly the roles it should", async ({ baseURL }) => {
  const admin = await contextFor("admin", baseURL!);
  const assessmentId = (
    (await (await admin.get("/api/v1/admin/assessments?q=ZJ-E2E001")).json()) as { rows: { id: string }[] }
  ).rows[0]!.id;
  const userId = (
    (await (await admin.get("/api/v1/admin/users")).json()) as { users: { id: string; email: string }[] }
  ).users.find((u) => u.email === e2eAccounts.reviewer.email)!.id;

  const pages: { path: string; role: "reviewer" | "admin" }[] = [
    { path: "/admin", role: "reviewer" },
    { path: "/admin/assessments", role: "reviewer" },
    { path: "/admin/assessments?status=submitted&province=35", role: "reviewer" },
    { path: `/admin/assessments/${assessmentId}`, role: "reviewer" },
    { path: "/admin/audit", role: "reviewer" },
    { path: "/admin/users", role: "admin" },
    { path: `/admin/users/${userId}`, role: "admin" },
    { path: "/admin/imports", role: "admin" },
  ];
  const apis: { method: "GET" | "POST"; path: string; role: "reviewer" | "admin" }[] = [
    { method: "GET", path: "/api/v1/admin/assessments", role: "reviewer" },
    { method: "GET", path: "/api/v1/admin/assessments/export?format=csv", role: "reviewer" },
    { method: "GET", path: "/api/v1/admin/assessments/export?format=xlsx", role: "reviewer" },
    { method: "GET", path: "/api/v1/admin/audit", role: "reviewer" },
    { method: "POST", path: "/api/v1/admin/session", role: "reviewer" },
    { method: "GET", path: "/api/v1/admin/users", role: "admin" },
  ];

  const results: string[] = [];
  const expected: string[] = [];
  for (const who of WHO) {
    const context = who === "admin" ? admin : await contextFor(who, baseURL!);
    for (const page of pages) {
      const response = await context.get(page.path);
      const location = response.headers()["location"] ?? "";
      const allowed = who === "admin" || (who === "reviewer" && page.role === "reviewer");
      const outcome = location.includes("/admin/login")
        ? "login"
        : response.status() === 403
          ? "403"
          : [200, 307].includes(response.status())
            ? "ok"
            : String(response.status());
      results.push(`${who} ${page.path} → ${outcome}`);
      expected.push(`${who} ${page.path} → ${who === "anonymous" ? "login" : allowed ? "ok" : "403"}`);
    }
    for (const api of apis) {
      const response = api.method === "GET" ? await context.get(api.path) : await context.post(api.path);
      const allowed = who === "admin" || (who === "reviewer" && api.role === "reviewer");
      results.push(`${who} ${api.method} ${api.path} → ${response.status()}`);
      expected.push(`${who} ${api.method} ${api.path} → ${who === "anonymous" ? 401 : allowed ? 200 : 403}`);
    }
    if (who !== "admin") await context.dispose();
  }
  expect(results).toEqual(expected);
  await admin.dispose();
});

test("a forbidden page says so to the reviewer with status 403", async ({ page }) => {
  const { email, password } = e2eAccounts.reviewer;
  await page.request.post("/api/v1/auth/login", { data: { email, password } });
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "无权访问" })).toBeVisible();
});

test("sign-in refuses wrong credentials alike, other sites' origins, and rotates and revokes sessions", async ({
  baseURL,
}) => {
  const context = await playwrightRequest.newContext({
    baseURL,
    maxRedirects: 0,
    extraHTTPHeaders: { "x-forwarded-for": "192.0.2.50" },
  });
  const { email, password } = e2eAccounts.reviewer;
  const unknown = await context.post("/api/v1/auth/login", { data: { email: "nobody@e2e.test", password } });
  const wrong = await context.post("/api/v1/auth/login", { data: { email, password: "Wrong-Password-1" } });
  expect([unknown.status(), wrong.status()]).toEqual([401, 401]);
  expect(await unknown.json()).toEqual(await wrong.json());
  expect(
    (
      await context.post("/api/v1/auth/login", {
        data: { email, password },
        headers: { origin: "https://evil.example" },
      })
    ).status(),
  ).toBe(403);

  const first = await context.post("/api/v1/auth/login", { data: { email, password } });
  const cookie = first.headers()["set-cookie"] ?? "";
  expect(cookie).toMatch(/zjtx_admin=[A-Za-z0-9_-]{43}/);
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=lax/i);
  expect(cookie).not.toMatch(/Secure/i);
  const firstToken = /zjtx_admin=([^;]+)/.exec(cookie)![1]!;
  expect((await context.post("/api/v1/auth/login", { data: { email, password } })).status()).toBe(200);
  const behindHttps = await playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { "x-forwarded-proto": "https", "x-forwarded-for": "192.0.2.51" },
  });
  expect((await behindHttps.post("/api/v1/auth/login", { data: { email, password } })).headers()["set-cookie"]).toMatch(
    /Secure/i,
  );
  await behindHttps.dispose();
  const old = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { cookie: `zjtx_admin=${firstToken}` } });
  expect((await old.get("/api/v1/admin/audit")).status()).toBe(401); // rotated out at the second sign-in
  expect((await context.get("/api/v1/admin/audit")).status()).toBe(200);
  expect((await context.post("/api/v1/auth/logout")).status()).toBe(204);
  expect((await context.get("/api/v1/admin/audit")).status()).toBe(401);
  // A page opened with a session that has ended says so on the sign-in page.
  const ended = await old.get("/admin/assessments", { maxRedirects: 0 });
  expect(ended.headers()["location"]).toMatch(/\/admin\/login\?next=.*&expired=1$/);
  await old.dispose();
  await context.dispose();
});
