import { describe, expect, it } from "vitest";
import { pdfCacheKey, reportQuery, type PdfKeyParts } from "./cache-key";

const base: PdfKeyParts = {
  id: "6f1c1c4e-0000-4000-8000-000000000001",
  version: 3,
  updatedAt: new Date("2026-05-01T08:00:00Z"),
  locale: "zh-CN",
  ruleset: null,
  compare: null,
  today: "2026-12-02",
  peers: "import-1/-",
};

describe("the PDF cache key", () => {
  it("is the same for the same report and differs with whatever the printed page depends on", () => {
    expect(pdfCacheKey({ ...base })).toBe(pdfCacheKey(base));
    const variants: Partial<PdfKeyParts>[] = [
      { locale: "en" },
      { version: 4 },
      { updatedAt: new Date("2026-05-01T08:00:01Z") },
      { ruleset: "miit-2022" },
      { compare: "miit-2022" },
      { today: "2026-12-03" },
      { peers: "import-2/-" },
      { id: "6f1c1c4e-0000-4000-8000-000000000002" },
    ];
    const keys = new Set([pdfCacheKey(base), ...variants.map((v) => pdfCacheKey({ ...base, ...v }))]);
    expect(keys.size).toBe(variants.length + 1);
  });

  it("keeps only rule sets the report knows, so made-up values make no new key", () => {
    const url = (q: string) => new URL(`http://x/assess/a/pdf${q}`);
    expect(reportQuery(url("?ruleset=miit-2022&compare=miit-2018"))).toEqual({
      ruleset: "miit-2022",
      compare: "miit-2018",
    });
    expect(reportQuery(url("?ruleset=nonsense1&compare=x"))).toEqual({ ruleset: null, compare: null });
    expect(reportQuery(url(""))).toEqual({ ruleset: null, compare: null });
  });
});
