import "server-only";
import { chromium, type Browser } from "playwright-core";
import { createBrowserKeeper, type BrowserKeeper } from "./browser";
import { findChromium } from "./chromium";
import { EMPTY_HEADER, pageFooter } from "./page-footer";
import { createPdfQueue, type PdfQueue } from "./queue";

/** Renders at once, renders waiting, PDFs kept: the limits README states. Per app server. */
export const PDF_LIMITS = {
  concurrency: 2,
  maxWaiting: 6,
  cacheEntries: 50,
  cacheBytes: 64 * 1024 * 1024,
} as const;

/** The longest a render may take, launch included. */
const RENDER_TIMEOUT_MS = 60_000;

function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
    // The server's own shutdown decides; Playwright still kills the browser when the process exits.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}

type Printer = { browser: BrowserKeeper<Browser>; queue: PdfQueue };

// Kept on globalThis so that a module reloaded in development does not start a second browser.
const slot = globalThis as typeof globalThis & { __pdfPrinter?: Printer };

/** The app server's one browser and one queue. */
export function pdfPrinter(): Printer {
  slot.__pdfPrinter ??= {
    browser: createBrowserKeeper(launch),
    queue: createPdfQueue(PDF_LIMITS),
  };
  return slot.__pdfPrinter;
}

/**
 * Prints a page of this server to an A4 PDF in headless Chromium, exactly as the browser's print
 * would (the same print stylesheet), with page numbers in the page's language, tagged for screen
 * readers, an outline from the headings, and the page's `<title>` and `<html lang>` as the PDF's
 * title and language. In a fresh context of the kept browser; `signal`, or a minute, closes it mid-render.
 * Throws when no Chromium is installed; callers fall back to the browser's own print.
 */
export function renderPdf(url: string, cookie: string | null, signal?: AbortSignal): Promise<Uint8Array> {
  // However a render hangs, its slot in the queue is free again after a minute.
  const limit = AbortSignal.timeout(RENDER_TIMEOUT_MS);
  return pdfPrinter().browser.withContext(
    { extraHTTPHeaders: cookie ? { cookie } : {} },
    async (context) => {
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
    },
    signal ? AbortSignal.any([signal, limit]) : limit,
  );
}
