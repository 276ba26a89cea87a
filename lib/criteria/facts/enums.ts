// Option lists of criteria.md section 1; the questionnaire renders these, the engine matches on them.

export const RD_INSTITUTIONS = ["none", "below-municipal", "municipal", "provincial", "national"] as const;
export type RdInstitution = (typeof RD_INSTITUTIONS)[number];

export const SCIENCE_AWARDS = ["none", "provincial", "provincial-top3", "national", "national-top3"] as const;
export type ScienceAward = (typeof SCIENCE_AWARDS)[number];

export const MAKER_CHINA = ["none", "top500", "top50"] as const;
export type MakerChina = (typeof MAKER_CHINA)[number];

export const SIX_FOUNDATIONS = [
  "core-components",
  "core-electronics",
  "key-software",
  "advanced-processes",
  "key-materials",
  "tech-base",
] as const;
export type SixFoundation = (typeof SIX_FOUNDATIONS)[number];

export const TEN_SECTORS = [
  "next-gen-it",
  "cnc-robots",
  "aerospace",
  "marine-ships",
  "rail",
  "nev",
  "power-equipment",
  "agri-machinery",
  "new-materials",
  "biomed-devices",
] as const;
export type TenSector = (typeof TEN_SECTORS)[number];

export const CYBER_FIELDS = ["info-infrastructure", "key-core-tech", "network-security", "data-security"] as const;
export type CyberField = (typeof CYBER_FIELDS)[number];

export const INDUSTRY_TRACKS = ["traditional", "emerging", "future", "none"] as const;
export type IndustryTrack = (typeof INDUSTRY_TRACKS)[number];

export const CHAIN_ROLES = ["fill-weak-link", "strengthen-strong-link", "fill-gap"] as const;
export type ChainRole = (typeof CHAIN_ROLES)[number];
