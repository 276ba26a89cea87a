// "Similar main product" without a word segmenter: Chinese product names share character pairs
// (精密轴承 / 高速轴承 share 轴承), so the Dice coefficient of their bigrams ranks them well enough.
import { PROVINCES } from "@/lib/criteria/provinces";

function bigrams(text: string): Set<string> {
  const chars = [
    ...text
      .normalize("NFKC")
      .replace(/[\s\p{P}]/gu, "")
      .toLowerCase(),
  ];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  if (chars.length === 1) out.add(chars[0]!);
  return out;
}

/** 0 (nothing shared) to 1 (the same pairs). */
export function productSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return (2 * shared) / (x.size + y.size);
}

const PLACE_NAMES = Object.values(PROVINCES).flatMap((p) => [
  p["zh-CN"],
  p["zh-CN"].replace(/(维吾尔|壮族|回族)?自治区$|省$|市$/, ""),
]);
const COMPANY_WORDS = [
  "股份有限公司",
  "有限责任公司",
  "有限公司",
  "集团",
  "股份",
  "科技",
  "技术",
  "实业",
  "工业",
  "制造",
  "示例",
];

/** What a company name says about its products once places and legal forms are cut away. */
export function productHint(companyName: string): string {
  let rest = companyName.normalize("NFKC").replace(/\([^)]*\)/g, "");
  for (const word of [...PLACE_NAMES, ...COMPANY_WORDS].sort((a, b) => b.length - a.length))
    rest = rest.split(word).join("");
  return rest.trim();
}

export type ProductSource = "typed" | "answered" | "name" | "none";

/**
 * The product "similar firms" are found for: one typed on the comparison page, else the main
 * product the questionnaire asked (market.mainProduct), else what the company name says.
 */
export function comparisonProduct(
  typed: string | undefined,
  answered: string | null,
  companyName: string | null,
): { product: string; source: ProductSource } {
  if (typed?.trim()) return { product: typed.trim(), source: "typed" };
  if (answered?.trim()) return { product: answered.trim(), source: "answered" };
  const hint = productHint(companyName ?? "");
  return hint === "" ? { product: "", source: "none" } : { product: hint, source: "name" };
}
