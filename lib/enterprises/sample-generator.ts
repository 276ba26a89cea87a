// Deterministic sample firms for a new installation: the same seed gives the same firms, so the
// pages, screenshots and tests agree. Every name starts with 示例 (sample), and none has a credit
// code, so no sample can be mistaken for, or collide with, a real firm.
import { PROVINCES } from "@/lib/criteria/provinces";
import { BATCHES } from "./batches";
import { NAME_PARTS, NAME_SUFFIXES, PLAN_CITY_OF, PROVINCE_WEIGHTS, SAMPLE_INDUSTRIES } from "./sample-catalogue";
import { nameKeyOf, type EnterpriseInput } from "./types";

/** mulberry32: tiny, fast and good enough to spread sample data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SHORT = (code: string) => PROVINCES[code]!["zh-CN"].replace(/(维吾尔|壮族|回族)?自治区$|省$|市$/, "");
const round1 = (n: number) => Math.round(n * 10) / 10;

/** One sample firm per ten the batch really had, so the batches keep their proportions. */
export const SAMPLE_SCALE = 10;

export function generateSampleEnterprises(seed = 20260101): EnterpriseInput[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const provinces = Object.entries(PROVINCE_WEIGHTS);
  const totalWeight = provinces.reduce((s, [, w]) => s + w, 0);
  const province = () => {
    let r = next() * totalWeight;
    for (const [code, w] of provinces) if ((r -= w) < 0) return code;
    return provinces[provinces.length - 1]![0];
  };
  const names = new Set<string>();
  const out: EnterpriseInput[] = [];
  for (const fact of BATCHES) {
    const count = Math.round((fact.final ?? fact.announced ?? 0) / SAMPLE_SCALE);
    for (let i = 0; i < count; i++) {
      const provinceCode = province();
      const industry = pick(SAMPLE_INDUSTRIES);
      const product = pick(industry.products);
      let name: string;
      do
        name = `示例${SHORT(provinceCode)}${pick(NAME_PARTS)}${pick(NAME_PARTS)}${product.slice(-2)}${pick(NAME_SUFFIXES)}`;
      while (names.has(`${name}|${provinceCode}`));
      names.add(`${name}|${provinceCode}`);
      const plan = PLAN_CITY_OF[provinceCode];
      const hasMetrics = next() < 0.75;
      const revenue = Math.round(3000 * Math.exp(next() * 3.9));
      // Titles last three years; some of the early ones lapsed at review.
      const roll = next();
      const status = roll < 0.02 ? "revoked" : fact.batch <= 2 && roll < 0.12 ? "expired" : "active";
      out.push({
        name,
        nameKey: nameKeyOf(name),
        uscc: null,
        provinceCode,
        city: plan && next() < 0.3 ? plan : null,
        batch: fact.batch,
        year: fact.year,
        industryCode: industry.code,
        mainProduct: product,
        status,
        revenue: hasMetrics ? revenue : null,
        revenueGrowth: hasMetrics ? round1(-10 + next() * 55) : null,
        rdIntensity: hasMetrics ? round1(3 + next() * 12) : null,
        mainBusinessShare: hasMetrics ? round1(75 + next() * 25) : null,
        classOneIp: hasMetrics ? 2 + Math.floor(next() * 58) : null,
      });
    }
  }
  return out;
}
