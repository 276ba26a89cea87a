// The admin accounts the browser tests sign in with. Test-only passwords, seeded into the
// throw-away database of the e2e server by e2e/seed/admin.seed.ts.
import { expect, type Page } from "@playwright/test";

export const e2eAccounts = {
  admin: { email: "admin@e2e.test", password: "E2e-Admin-Desk-2026", role: "admin" },
  reviewer: { email: "reviewer@e2e.test", password: "E2e-Review-Desk-2026", role: "reviewer" },
  locked: { email: "locked@e2e.test", password: "E2e-Locked-Desk-2026", role: "reviewer" },
} as const;

export type E2eAccount = keyof typeof e2eAccounts;

/** Signs in through the sign-in page, as a person does. */
export async function signIn(page: Page, who: E2eAccount, next = "/admin/assessments") {
  await page.goto(`/admin/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("电子邮箱").fill(e2eAccounts[who].email);
  await page.getByLabel("密码").fill(e2eAccounts[who].password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByTestId("signed-in-as")).toContainText(e2eAccounts[who].email);
}
