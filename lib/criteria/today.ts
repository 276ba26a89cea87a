/** Today's date (YYYY-MM-DD) in China (UTC+8), where the rules take effect at midnight Beijing time. */
export function chinaToday(now: number = Date.now()): string {
  return new Date(now + 8 * 3600 * 1000).toISOString().slice(0, 10);
}
