import { csvLine } from "@/lib/admin/csv";
import type { Facts } from "@/lib/criteria";
import { templateHeader, templateLeaves } from "../columns";
import { factsRow } from "../write-cell";

// Screening files for tests: firms' facts as the template's CSV, and plain CSV text as bytes.

export const csvBytes = (text: string) => new TextEncoder().encode(text);

/** Every firm as one template row, under the template's Chinese headings. */
export function templateCsv(firms: readonly Facts[]): Uint8Array {
  const lines = [csvLine(templateLeaves.map((l) => templateHeader(l))), ...firms.map((f) => csvLine(factsRow(f)))];
  return csvBytes(lines.join(""));
}
