import ExcelJS from "exceljs";
import type { Locale } from "@/lib/criteria";
import type { Leaf } from "@/lib/criteria/facts/catalogue";
import { helpText, optionLabel } from "@/lib/criteria/facts/display";
import { ANSWER_WORDS } from "@/lib/criteria/facts/words";
import { UNIT_WORDS } from "@/lib/criteria/units";
import { templateHeader, templateLeaves } from "./columns";
import { EXAMPLE_FIRMS } from "./examples";
import { factsRow } from "./write-cell";
import { screeningText } from "./words";

// The screening template: one row per firm, one column per answer of the fact catalogue headed by
// its Chinese label and unit, example firms, and a sheet that explains every column and its
// allowed values (in the reader's language), all derived from the catalogue.

/** How a column is filled, by the kind of its fact. */
export function howToFill(leaf: Leaf, locale: Locale): string {
  const { entry } = leaf;
  const t = (key: string, params: Record<string, string> = {}) =>
    screeningText(locale, `template.kinds.${key}`, params);
  const options = () =>
    (entry.options ?? []).map((o) => optionLabel(leaf.entryPath, o, locale)).join(locale === "en" ? "; " : "、");
  const unit = entry.unit ? UNIT_WORDS[locale][entry.unit] || entry.unit : "";
  switch (entry.kind) {
    case "money":
    case "signedMoney":
    case "count":
    case "score":
    case "number":
      return t(entry.kind, { unit });
    case "choices":
      return t("choices", { options: options(), none: ANSWER_WORDS[locale].none });
    case "choice":
    case "level":
      return t("choice", { options: options() });
    default:
      return t(entry.kind);
  }
}

export async function templateWorkbook(locale: Locale): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  const firms = workbook.addWorksheet(screeningText(locale, "template.sheetFirms"));
  firms.addRow(templateLeaves.map((leaf) => templateHeader(leaf)));
  firms.getRow(1).font = { bold: true };
  firms.views = [{ state: "frozen", xSplit: 1, ySplit: 1 }];
  templateLeaves.forEach((_, i) => (firms.getColumn(i + 1).width = i === 0 ? 28 : 16));
  for (const facts of EXAMPLE_FIRMS) firms.addRow(factsRow(facts));

  const guide = workbook.addWorksheet(screeningText(locale, "template.sheetGuide"));
  guide.addRow(["heading", "english", "path", "fill", "help"].map((k) => screeningText(locale, `template.guide.${k}`)));
  guide.getRow(1).font = { bold: true };
  for (const leaf of templateLeaves)
    guide.addRow([
      templateHeader(leaf),
      templateHeader(leaf, "en"),
      leaf.path,
      howToFill(leaf, locale),
      helpText(leaf.entryPath, locale),
    ]);
  guide.addRow([]);
  for (const key of ["unknown", "flags", "lists", "alone"])
    guide.addRow([screeningText(locale, `template.rules.${key}`)]);
  [34, 40, 30, 50, 70].forEach((width, i) => (guide.getColumn(i + 1).width = width));
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  const out = new Uint8Array(written.byteLength);
  out.set(written);
  return out;
}
