/**
 * Where `value` stands among `others`, 0 to 100: the share below it, ties counted half (mid-rank),
 * so a company equal to every peer stands at 50.
 */
export function percentileOf(value: number, others: readonly number[]): number | null {
  if (others.length === 0) return null;
  let below = 0;
  let equal = 0;
  for (const o of others) {
    if (o < value) below++;
    else if (o === value) equal++;
  }
  return Math.round(((below + equal / 2) * 100) / others.length);
}
