import type { CriterionId, TierId, Verdict } from "@/lib/criteria";
import type { RowIssue } from "./row-facts";
import type { ScreenedRow } from "./screen-file";

// One row as `npm run -s screen -- --json` prints it (issue 15): the verdict per tier, the
// criteria not met and unknown over all tiers (each once), the row's problems. A row with
// problems has empty tiers.

export type JsonRow = {
  row: number;
  name: string | null;
  tiers: Partial<Record<TierId, Verdict>>;
  notMet: CriterionId[];
  unknown: CriterionId[];
  issues: RowIssue[];
};

export function jsonRow(r: ScreenedRow): JsonRow {
  const tiers: JsonRow["tiers"] = {};
  const notMet = new Set<CriterionId>();
  const unknown = new Set<CriterionId>();
  for (const [tier, s] of Object.entries(r.result?.tiers ?? {})) {
    tiers[tier as TierId] = s.verdict;
    for (const id of s.notMet) notMet.add(id);
    for (const id of s.unknown) unknown.add(id);
  }
  return { row: r.row, name: r.name, tiers, notMet: [...notMet], unknown: [...unknown], issues: r.issues };
}
