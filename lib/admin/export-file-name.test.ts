import { describe, expect, it } from "vitest";
import { exportDisposition, exportFileName } from "./export-file-name";

describe("an export's file name", () => {
  // 23:40 UTC on 2 December is 07:40 on 3 December in Beijing.
  const now = new Date("2026-12-02T23:40:00Z");

  it("is in the reader's language and Beijing time", () => {
    expect(exportFileName("zh-CN", "xlsx", now)).toBe("自评记录-2026-12-03-0740.xlsx");
    expect(exportFileName("en", "csv", now)).toBe("assessments-2026-12-03-0740.csv");
  });

  it("is sent as UTF-8 with an ASCII name beside it for old clients", () => {
    expect(exportDisposition("zh-CN", "xlsx", now)).toBe(
      `attachment; filename="assessments-2026-12-03-0740.xlsx"; filename*=UTF-8''${encodeURIComponent("自评记录-2026-12-03-0740.xlsx")}`,
    );
  });
});
