import type { LocalText } from "./types";

// GB/T 2260 province-level codes of mainland China. 71/81/82 (Taiwan, Hong Kong, Macao) are left
// out on purpose: every tier requires registration in mainland China (common.legal-person).
export const PROVINCES: Readonly<Record<string, LocalText>> = {
  "11": { "zh-CN": "北京市", en: "Beijing" },
  "12": { "zh-CN": "天津市", en: "Tianjin" },
  "13": { "zh-CN": "河北省", en: "Hebei" },
  "14": { "zh-CN": "山西省", en: "Shanxi" },
  "15": { "zh-CN": "内蒙古自治区", en: "Inner Mongolia" },
  "21": { "zh-CN": "辽宁省", en: "Liaoning" },
  "22": { "zh-CN": "吉林省", en: "Jilin" },
  "23": { "zh-CN": "黑龙江省", en: "Heilongjiang" },
  "31": { "zh-CN": "上海市", en: "Shanghai" },
  "32": { "zh-CN": "江苏省", en: "Jiangsu" },
  "33": { "zh-CN": "浙江省", en: "Zhejiang" },
  "34": { "zh-CN": "安徽省", en: "Anhui" },
  "35": { "zh-CN": "福建省", en: "Fujian" },
  "36": { "zh-CN": "江西省", en: "Jiangxi" },
  "37": { "zh-CN": "山东省", en: "Shandong" },
  "41": { "zh-CN": "河南省", en: "Henan" },
  "42": { "zh-CN": "湖北省", en: "Hubei" },
  "43": { "zh-CN": "湖南省", en: "Hunan" },
  "44": { "zh-CN": "广东省", en: "Guangdong" },
  "45": { "zh-CN": "广西壮族自治区", en: "Guangxi" },
  "46": { "zh-CN": "海南省", en: "Hainan" },
  "50": { "zh-CN": "重庆市", en: "Chongqing" },
  "51": { "zh-CN": "四川省", en: "Sichuan" },
  "52": { "zh-CN": "贵州省", en: "Guizhou" },
  "53": { "zh-CN": "云南省", en: "Yunnan" },
  "54": { "zh-CN": "西藏自治区", en: "Tibet" },
  "61": { "zh-CN": "陕西省", en: "Shaanxi" },
  "62": { "zh-CN": "甘肃省", en: "Gansu" },
  "63": { "zh-CN": "青海省", en: "Qinghai" },
  "64": { "zh-CN": "宁夏回族自治区", en: "Ningxia" },
  "65": { "zh-CN": "新疆维吾尔自治区", en: "Xinjiang" },
};

export const PROVINCE_CODES: readonly string[] = Object.keys(PROVINCES);

export function isProvinceCode(code: string): boolean {
  return Object.prototype.hasOwnProperty.call(PROVINCES, code);
}
