import { describe, expect, it } from "vitest";
import { chinaToday } from "@/lib/criteria/today";
import { titleValidity } from "./title-validity";

const active = (batch: number, year: number | null = null) => ({ batch, year, status: "active" as const });

describe("titleValidity", () => {
  it.each([
    // Batch 4 (2022) was reviewed in 2025: by 2026 its three years are over.
    { batch: 4, today: "2026-05-01", state: "expired", validUntil: 2025 },
    { batch: 4, today: "2025-12-31", state: "due", validUntil: 2025 },
    { batch: 4, today: "2024-12-31", state: "valid", validUntil: 2025 },
    // Batch 5 (2023) is reviewed in 2026.
    { batch: 5, today: "2026-01-01", state: "due", validUntil: 2026 },
    { batch: 5, today: "2027-01-01", state: "expired", validUntil: 2026 },
    { batch: 6, today: "2026-12-02", state: "valid", validUntil: 2027 },
    { batch: 1, today: "2026-12-02", state: "expired", validUntil: 2022 },
    { batch: 8, today: "2026-06-30", state: "valid", validUntil: 2029 },
  ])("batch $batch on $today is $state (valid until $validUntil)", ({ batch, today, state, validUntil }) => {
    expect(titleValidity(active(batch), today)).toMatchObject({ state, validUntil });
  });

  it("takes the designation year from the batch table", () => {
    expect(titleValidity(active(3, 2099), "2026-01-01")).toEqual({
      state: "expired",
      designatedIn: 2021,
      validUntil: 2024,
    });
  });

  it("falls back to the firm's own year for a batch the table does not know", () => {
    expect(titleValidity(active(99, 2025), "2026-01-01")).toEqual({
      state: "valid",
      designatedIn: 2025,
      validUntil: 2028,
    });
    expect(titleValidity(active(99, null), "2026-01-01")).toEqual({
      state: "valid",
      designatedIn: null,
      validUntil: null,
    });
  });

  it("keeps a status the list records, whatever the date", () => {
    expect(titleValidity({ batch: 7, year: 2025, status: "revoked" }, "2026-01-01").state).toBe("revoked");
    expect(titleValidity({ batch: 7, year: 2025, status: "expired" }, "2026-01-01").state).toBe("expired");
  });

  it("turns on China's new year, not UTC's", () => {
    // 2025-12-31 17:00 UTC is already 2026-01-01 in Beijing: batch 5 is then due.
    const today = chinaToday(Date.UTC(2025, 11, 31, 17));
    expect(today).toBe("2026-01-01");
    expect(titleValidity(active(5), today).state).toBe("due");
  });
});
