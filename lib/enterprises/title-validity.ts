// Where a designated firm's title stands today. A Little Giant title lasts three years and is then
// reviewed (复核): a firm of the batch designated in year Y is reviewed in year Y + 3 (batch 4 of
// 2022 in 2025, batch 5 of 2023 in 2026, as the annual notices do). So, by China's calendar year:
//   before Y + 3  valid
//   in Y + 3      due for review: the last year of validity, the year the review is held
//   after Y + 3   expired: the three years are over and the list records no passed review
// A status the list itself records (revoked, or expired at review) always wins.
import { TITLE_VALIDITY_YEARS } from "@/lib/criteria/params/data/application";
import { batchYear } from "./batches";
import type { EnterpriseStatus } from "./types";

export type TitleState = "valid" | "due" | "expired" | "revoked";

export type TitleValidity = {
  state: TitleState;
  /** The year the title was designated: the batch's year, or the firm's own when the batch is unknown. */
  designatedIn: number | null;
  /** The last calendar year of the three-year validity, the year of the review. */
  validUntil: number | null;
};

type Firm = { batch: number; year: number | null; status: EnterpriseStatus };

/** `today` is a YYYY-MM-DD date in China (chinaToday()). */
export function titleValidity(firm: Firm, today: string): TitleValidity {
  const designatedIn = batchYear(firm.batch) ?? firm.year;
  const validUntil = designatedIn === null ? null : designatedIn + TITLE_VALIDITY_YEARS;
  if (firm.status === "revoked" || firm.status === "expired") return { state: firm.status, designatedIn, validUntil };
  if (validUntil === null) return { state: "valid", designatedIn, validUntil };
  const year = Number(today.slice(0, 4));
  const state = year < validUntil ? "valid" : year === validUntil ? "due" : "expired";
  return { state, designatedIn, validUntil };
}
