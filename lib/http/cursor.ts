import { z } from "zod";
import { isStorableText } from "@/lib/criteria/text";

// Keyset pages are addressed by an opaque cursor: the sort value and the id of the last row shown,
// as base64url JSON. A cursor that is not one of ours decodes to undefined: the API answers 400
// `invalid_cursor`, a page shows its first page. A forged one whose value no database could compare
// (a NUL, half a surrogate pair) is not one of ours either.

export type Cursor = { value: string; id: string };

const shape = z.tuple([z.string().max(400).refine(isStorableText), z.uuid()]);

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id]), "utf8").toString("base64url");
}

export function decodeCursor(text: string | undefined): Cursor | undefined {
  // A name of 200 Chinese characters encodes to about 860.
  if (!text || text.length > 2048 || !/^[A-Za-z0-9_-]+$/.test(text)) return undefined;
  try {
    const parsed = shape.safeParse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
    return parsed.success ? { value: parsed.data[0], id: parsed.data[1] } : undefined;
  } catch {
    return undefined;
  }
}
