import "server-only";
import { chromium } from "playwright-core";
import { findChromium } from "./chromium";
import { EMPTY_HEADER, pageFooter } from "./page-footer";

let queue: Promise<unknown> = Promise.resolve();

/**
 * Prints a page of this server to an A4 PDF in headless Chromium, exactly as the browser's print
 * would (the same print stylesheet), with page numbers in the page's language, tagged for screen
 * readers, an outline from the headings, and the page's `<title>` and `<html lang>` as the PDF's
 * title and language. One at a time: each render starts a browser (~200 MB).
 * Throws when no Chromium is installed; callers fall back to the browser's own print.
 */
export function renderPdf(url: string, cookie: string | null): Promise<Buffer> {
  const run = async () => {
    const browser = await chromium.launch({
      executablePath: findChromium(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    });
    try {
      const context = await browser.newContext({ extraHTTPHeaders: cookie ? { cookie } : {} });
      const page = await context.newPage();
      const response = await page.goto(url, { waitUntil: "networkidle", timeout: 30_000 });
      if (!response?.ok()) throw new Error(`report page answered ${response?.status()}`);
      const lang = await page.locator("html").getAttribute("lang");
      return await page.pdf({
        format: "A4",
        printBackground: true,
        preferCSSPageSize: true,
        tagged: true,
        outline: true,
        displayHeaderFooter: true,
        headerTemplate: EMPTY_HEADER,
        footerTemplate: pageFooter(lang),
      });
    } finally {
      await browser.close();
    }
  };
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}
