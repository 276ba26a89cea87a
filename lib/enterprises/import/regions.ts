// Province names as lists write them: in full (浙江省), short (浙江), or as one of the five cities
// with separate plans (计划单列市), which MIIT counts apart from their province; and 新疆生产建设兵团,
// which has its own quota but sits in Xinjiang (65).
import { PROVINCES } from "@/lib/criteria/provinces";

export type Region = { provinceCode: string; city: string | null };

// Longest first, so that 内蒙古自治区 is cut whole rather than just its 区.
const SUFFIXES = ["维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市"];

const shortName = (full: string) => {
  const suffix = SUFFIXES.find((s) => full.endsWith(s));
  return suffix ? full.slice(0, -suffix.length) : full;
};

export const PLAN_CITIES: Readonly<Record<string, Region>> = {
  大连: { provinceCode: "21", city: "大连市" },
  青岛: { provinceCode: "37", city: "青岛市" },
  宁波: { provinceCode: "33", city: "宁波市" },
  厦门: { provinceCode: "35", city: "厦门市" },
  深圳: { provinceCode: "44", city: "深圳市" },
};

const CORPS: Region = { provinceCode: "65", city: "新疆生产建设兵团" };

const byName = new Map<string, Region>();
for (const [code, name] of Object.entries(PROVINCES)) {
  const full = name["zh-CN"];
  byName.set(full, { provinceCode: code, city: null });
  byName.set(shortName(full), { provinceCode: code, city: null });
  byName.set(name.en.toLowerCase(), { provinceCode: code, city: null });
}
// The customary short forms that are not the name minus its suffix.
for (const [alias, code] of [
  ["内蒙", "15"],
  ["广西壮族", "45"],
  ["宁夏回族", "64"],
  ["新疆维吾尔", "65"],
] as const) {
  byName.set(alias, { provinceCode: code, city: null });
}

const clean = (text: string) => text.normalize("NFKC").replace(/\s+/g, "");

/** The region a list's 省份/地区 cell names; null when it names none we know. */
export function parseRegion(text: string): Region | null {
  const value = clean(text);
  if (value === "") return null;
  if (/^\d{2}$/.test(value) && PROVINCES[value]) return { provinceCode: value, city: null };
  if (value.startsWith("新疆生产建设兵团") || value === "兵团" || value === "新疆兵团") return CORPS;
  const plan = PLAN_CITIES[value.endsWith("市") ? value.slice(0, -1) : value];
  if (plan) return plan;
  return byName.get(value) ?? byName.get(value.toLowerCase()) ?? byName.get(shortName(value)) ?? null;
}

/** A city cell, kept as written (without spaces); a plan city in the province cell wins over it. */
export function resolveRegion(provinceCell: string, cityCell: string | undefined): Region | null {
  const region = parseRegion(provinceCell);
  if (region === null) return null;
  const city = cityCell === undefined ? "" : clean(cityCell);
  if (region.city !== null || city === "") return region;
  // A plan city named only in the city column still gets its canonical spelling.
  const plan = PLAN_CITIES[city.endsWith("市") ? city.slice(0, -1) : city];
  return { provinceCode: region.provinceCode, city: plan?.provinceCode === region.provinceCode ? plan.city : city };
}
