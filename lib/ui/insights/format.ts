import type { Bin } from "@/lib/insights/types";

/** Counts, shares and values in the reader's language. */
export function numberFormats(locale: string) {
  const count = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const value = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return {
    count: (n: number) => count.format(n),
    share: (n: number, of: number) => (of > 0 ? percent.format(n / of) : "—"),
    value: (n: number) => value.format(n),
  };
}

type BinWords = (key: "below" | "upTo" | "range" | "from" | "above", values: Record<string, string>) => string;

/** A bar's range in words: "below 1", "1 – 2", "10 or more" (or, upper-inclusive, "20 or less" … "above 100"). */
export function binLabel(bin: Bin, upperInclusive: boolean, format: (n: number) => string, words: BinWords): string {
  if (bin.lo === null && bin.hi === null) return words("range", { lo: "", hi: "" });
  if (bin.lo === null) return words(upperInclusive ? "upTo" : "below", { hi: format(bin.hi!) });
  if (bin.hi === null) return words(upperInclusive ? "above" : "from", { lo: format(bin.lo) });
  return words("range", { lo: format(bin.lo), hi: format(bin.hi) });
}
