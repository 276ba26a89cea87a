import type { Field } from "@/lib/questionnaire/fields";

export type Block = { kind: "single"; field: Field } | { kind: "years"; path: string; fields: Field[] };

const YEAR = /^(.*)\.y[123]$/;

/** Consecutive questions for y1, y2, y3 of one figure are asked together, as one fieldset. */
export function groupByYear(fields: Field[]): Block[] {
  const blocks: Block[] = [];
  for (const f of fields) {
    const parent = YEAR.exec(f.path)?.[1];
    const last = blocks.at(-1);
    if (parent && last?.kind === "years" && last.path === parent) last.fields.push(f);
    else if (parent) blocks.push({ kind: "years", path: parent, fields: [f] });
    else blocks.push({ kind: "single", field: f });
  }
  return blocks;
}
