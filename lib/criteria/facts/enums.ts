import { catalogue, type FactValue } from "./catalogue";

// The option lists of criteria.md section 1, as the catalogue defines them: the questionnaire
// offers these, the engine's parameters name them.

const optionsOf = <T extends string>(entry: { options: readonly string[] }) => entry.options as readonly T[];

export type RdInstitution = FactValue<"innovation.rdInstitution">;
export const RD_INSTITUTIONS = optionsOf<RdInstitution>(catalogue["innovation.rdInstitution"]);

export type ScienceAward = FactValue<"innovation.scienceAward">;
export const SCIENCE_AWARDS = optionsOf<ScienceAward>(catalogue["innovation.scienceAward"]);

export type MakerChina = FactValue<"innovation.makerChina">;
export const MAKER_CHINA = optionsOf<MakerChina>(catalogue["innovation.makerChina"]);

export type SixFoundation = FactValue<"field.sixFoundations">[number];
export const SIX_FOUNDATIONS = optionsOf<SixFoundation>(catalogue["field.sixFoundations"]);

export type TenSector = FactValue<"field.tenSectors">[number];
export const TEN_SECTORS = optionsOf<TenSector>(catalogue["field.tenSectors"]);

export type CyberField = FactValue<"field.cyberFields">[number];
export const CYBER_FIELDS = optionsOf<CyberField>(catalogue["field.cyberFields"]);

export type IndustryTrack = FactValue<"field.industryTrack">;
export const INDUSTRY_TRACKS = optionsOf<IndustryTrack>(catalogue["field.industryTrack"]);

export type ChainRole = FactValue<"field.chainRoles">[number];
export const CHAIN_ROLES = optionsOf<ChainRole>(catalogue["field.chainRoles"]);
