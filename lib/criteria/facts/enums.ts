import type { FactValue } from "./catalogue";

// The option types of criteria.md section 1, as the catalogue defines them (its entries hold the
// options and their words); the engine's parameters name them.

export type RdInstitution = FactValue<"innovation.rdInstitution">;
export type ScienceAward = FactValue<"innovation.scienceAward">;
export type MakerChina = FactValue<"innovation.makerChina">;
export type IndustryTrack = FactValue<"field.industryTrack">;
