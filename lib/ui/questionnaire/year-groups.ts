import type { Field } from "@/lib/questionnaire/fields";

export type Block = { kind: "single"; field: Field } | { kind: "years"; path: string; fields: Field[] };

/** The years of one figure (y1, y2, y3 of revenue) are asked together, as one fieldset. */
export function groupByYear(fields: Field[]): Block[] {
  const blocks: Block[] = [];
  for (const f of fields) {
    const last = blocks.at(-1);
    if (!f.year) blocks.push({ kind: "single", field: f });
    else if (last?.kind === "years" && last.path === f.entryPath) last.fields.push(f);
    else blocks.push({ kind: "years", path: f.entryPath, fields: [f] });
  }
  return blocks;
}
