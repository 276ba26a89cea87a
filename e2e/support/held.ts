import { expect, type Page } from "@playwright/test";
import { personas, personaToken, type PersonaId } from "./personas";
import { ID } from "../paths";

/** Opens a seeded persona's assessment through its resume link, as its holder would. */
export async function openPersona(page: Page, id: PersonaId): Promise<string> {
  await page.goto(`/assess/resume/${personaToken(id)}`);
  const landing = personas[id].status === "submitted" ? "result" : "[a-z]+";
  await expect(page).toHaveURL(new RegExp(`/assess/${ID}/${landing}$`));
  return new RegExp(`/assess/(${ID})/`).exec(page.url())![1]!;
}
