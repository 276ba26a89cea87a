// The catalogues, one pair of files per area so that areas can grow without touching each other:
// zh-CN.json / en.json hold the site and the questionnaire; <area>.<locale>.json the rest.
import adminEn from "./messages/admin.en.json";
import adminZh from "./messages/admin.zh-CN.json";
import en from "./messages/en.json";
import enterprisesEn from "./messages/enterprises.en.json";
import enterprisesZh from "./messages/enterprises.zh-CN.json";
import insightsEn from "./messages/insights.en.json";
import insightsZh from "./messages/insights.zh-CN.json";
import reportEn from "./messages/report.en.json";
import reportZh from "./messages/report.zh-CN.json";
import roundsEn from "./messages/rounds.en.json";
import roundsZh from "./messages/rounds.zh-CN.json";
import screeningEn from "./messages/screening.en.json";
import screeningZh from "./messages/screening.zh-CN.json";
import zhCN from "./messages/zh-CN.json";
import type { Locale } from "./locales";

const zh = { ...zhCN, ...reportZh, ...adminZh, ...enterprisesZh, ...screeningZh, ...insightsZh, ...roundsZh };

export const messages: Record<Locale, typeof zh> = {
  "zh-CN": zh,
  en: { ...en, ...reportEn, ...adminEn, ...enterprisesEn, ...screeningEn, ...insightsEn, ...roundsEn },
};
