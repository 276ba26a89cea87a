/**
 * Whether PostgreSQL and a spreadsheet (XML) can hold the text as it is: no control characters
 * other than tab and line breaks (PostgreSQL refuses NUL), no lone surrogate halves, no U+FFFE or
 * U+FFFF (not XML characters).
 */
export function isStorableText(text: string): boolean {
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(text)) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return false;
  }
  return true;
}

/** The storable part of a text, at most `max` characters (code points, never half a pair). */
export function storablePart(text: string, max: number): string {
  return Array.from(text)
    .filter((c) => isStorableText(c))
    .slice(0, max)
    .join("");
}
