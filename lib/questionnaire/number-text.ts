// Numbers as people type them: thousands separators, full-width digits from Chinese input methods,
// a trailing unit. Text that is not a number is passed on as text, so the schema can say so.

const FULL_WIDTH = /[０-９．，－＋]/g;

function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** undefined for blank, a number when the text is one, the trimmed text otherwise. */
export function parseNumberText(text: string): number | string | undefined {
  const cleaned = halfWidth(text)
    .replace(/[,\s]|万元|%/g, "")
    .replace(/。/g, ".");
  if (cleaned === "") return undefined;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return text.trim();
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : text.trim();
}
