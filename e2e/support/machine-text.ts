// What a reader must never see on an admin page: the app's message keys, stored values
// (statuses, outcomes, tier ids), "key: value" dumps and bare ids.
import { expect, type Locator } from "@playwright/test";

const MACHINE_TEXT: [string, RegExp][] = [
  ["a message key", /\b(admin|report|enterprises|insights|screening|common)\.[a-z][A-Za-z]*\.[a-z]/],
  [
    "a stored value",
    /\b(in_review|needs_information|not_recommended|not_met|not_eligible|not_applicable|innovative-sme|specialized-sme|little-giant|miit-20\d\d)\b/,
  ],
  // A stored record printed as it is: "status: submitted; note: …", "format: xlsx" (a line or
  // a "; " starts each key; a label in words such as "Review status: " is not one).
  [
    "a key: value dump",
    /(^|; )(status|tier|outcome|verdict|format|filters|fileName|batch|year|role|disabled|criterion|reason|note|email|rowCount|imported|updated|refused): /m,
  ],
  ["an id", /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/],
];

/** The rendered text of `area` has none of the above; the failure names what was found. */
export async function expectNoMachineText(area: Locator): Promise<void> {
  const text = await area.innerText();
  const found = MACHINE_TEXT.flatMap(([what, pattern]) => {
    const m = pattern.exec(text);
    return m ? [`${what}: “${text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30)}”`] : [];
  });
  expect(found).toEqual([]);
}
