import type { Metric } from "@/lib/enterprises/types";

type Unit = "metrics.wanYuan" | "metrics.percent" | "metrics.items";

/** A metric with its unit, e.g. "6.5%", "12,000 万元", "6 项"; `say` fills the catalogue's unit pattern. */
export function metricValue(
  metric: Metric | "revenue",
  value: number,
  say: (unit: Unit, value: string) => string,
  locale: string,
): string {
  const digits = metric === "revenue" ? 0 : 2;
  const text = new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  return say(
    metric === "revenue" ? "metrics.wanYuan" : metric === "classOneIp" ? "metrics.items" : "metrics.percent",
    text,
  );
}
