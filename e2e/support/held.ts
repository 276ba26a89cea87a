import { expect, type Page } from "@playwright/test";
import { personas, personaToken, type PersonaId } from "./personas";

/** Opens a seeded persona's assessment through its resume link, as its holder would. */
export async function openPersona(page: Page, id: PersonaId): Promise<string> {
  await page.goto(`/assess/resume/${personaToken(id)}`);
  const landing = personas[id].status === "submitted" ? "result" : "[a-z]+";
  await expect(page).toHaveURL(new RegExp(`/assess/[0-9a-f-]{36}/${landing}$`));
  return /\/assess\/([0-9a-f-]{36})\//.exec(page.url())![1]!;
}
