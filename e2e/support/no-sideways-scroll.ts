import { expect, type Page } from "@playwright/test";

/**
 * The page is no wider than the window, and nothing on it scrolls sideways on its own either (a
 * table in an overflow box is sideways scrolling too, only smaller).
 */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scroll, client, boxes } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
    boxes: [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((e) => {
        const overflow = getComputedStyle(e).overflowX;
        return (overflow === "auto" || overflow === "scroll") && e.scrollWidth > e.clientWidth + 1;
      })
      .map(
        (e) => `${e.tagName.toLowerCase()} ${e.scrollWidth} px in ${e.clientWidth} px: “${e.innerText.slice(0, 40)}”`,
      ),
  }));
  expect(scroll, `${page.url()} is ${scroll} px wide in a ${client} px window`).toBeLessThanOrEqual(client);
  expect(boxes, `${page.url()} has parts that scroll sideways`).toEqual([]);
}
