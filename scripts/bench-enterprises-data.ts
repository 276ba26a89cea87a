// The benchmark's list: `count` rows of an official-looking CSV (UTF-8), deterministic, half of
// them with a credit code, spread over every province, batch and a dozen industries.
import { usccCheckChar } from "../lib/criteria/uscc";
import { PROVINCE_CODES, PROVINCES } from "../lib/criteria/provinces";
import { SAMPLE_INDUSTRIES } from "../lib/enterprises/sample-catalogue";

function uscc(n: number): string {
  const base = `91${PROVINCE_CODES[n % PROVINCE_CODES.length]}0100MA${String(n).padStart(7, "0")}`.slice(0, 17);
  return `${base}${usccCheckChar(base)}`;
}

export function benchCsv(count: number): Uint8Array {
  const lines = ["序号,省份,企业名称,统一社会信用代码,所属行业,主导产品,批次,研发投入强度,一类知识产权"];
  for (let i = 0; i < count; i++) {
    const province = PROVINCES[PROVINCE_CODES[i % PROVINCE_CODES.length]!]!["zh-CN"];
    const industry = SAMPLE_INDUSTRIES[i % SAMPLE_INDUSTRIES.length]!;
    const product = industry.products[i % industry.products.length]!;
    lines.push(
      [
        i + 1,
        province,
        `基准${i}号${product}有限公司`,
        i % 2 === 0 ? uscc(i) : "",
        industry.code,
        product,
        1 + (i % 7),
        (3 + (i % 120) / 10).toFixed(1),
        i % 40,
      ].join(","),
    );
  }
  return new TextEncoder().encode(`${lines.join("\n")}\n`);
}
