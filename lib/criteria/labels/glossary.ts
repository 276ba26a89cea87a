// The English words for the tiers and for 万元, in one place: the engine's terms, the units and
// the interface's catalogues (lib/i18n/messages/*.en.json; lib/i18n/glossary.test.ts checks them) use these.

export const GLOSSARY_EN = {
  /** 创新型中小企业 (2022); 科技和创新型中小企业 under the 2026 measures. */
  innovativeSme: "Innovative SME",
  techInnovativeSme: "Technology-based and innovative SME",
  /** 专精特新中小企业: the acronym, and its expansion where the title is named in full. */
  srdiSme: "SRDI SME",
  srdiSmeFull: "Specialised, refined, distinctive and innovative (SRDI) SME",
  /** 专精特新“小巨人”企业 */
  littleGiant: "Little Giant",
  littleGiantFull: "SRDI “Little Giant” enterprise",
  /** 万元 stays in Chinese (forms and audit reports use it); where explained, always so. */
  wanYuan: "万元",
  wanYuanExplained: "万元 (RMB 10,000)",
} as const;
