import { TOWNS, type Town } from "../modules/regions/towns.data.ts";
import type { ServiceCategoryCode } from "../modules/services/service-categories.data.ts";

export type DemoPlace = Town;

export type LanguageBias = "kk" | "ru" | "mixed";

export interface DemoRegion {
  code: string;
  /** How many generated organizations the region gets. */
  organizations: number;
  /** The first place is the region centre. */
  places: readonly DemoPlace[];
  languages: LanguageBias;
  /** Categories nobody offers there in the demo: the gaps the coverage dashboard should show. */
  gaps: readonly ServiceCategoryCode[];
}

// biome-ignore format: one line per region reads better than one value per line
export const DEMO_REGIONS: readonly DemoRegion[] = [
  { code: "KZ-10", organizations: 10, languages: "mixed", gaps: ["behavioural_therapy", "vocational"], places: TOWNS["KZ-10"] ?? [] },
  { code: "KZ-11", organizations: 9, languages: "ru", gaps: ["respite_care"], places: TOWNS["KZ-11"] ?? [] },
  { code: "KZ-15", organizations: 11, languages: "mixed", gaps: ["respite_care"], places: TOWNS["KZ-15"] ?? [] },
  { code: "KZ-19", organizations: 12, languages: "mixed", gaps: [], places: TOWNS["KZ-19"] ?? [] },
  { code: "KZ-23", organizations: 9, languages: "kk", gaps: ["vocational", "early_intervention"], places: TOWNS["KZ-23"] ?? [] },
  { code: "KZ-27", organizations: 9, languages: "mixed", gaps: ["adaptive_sport"], places: TOWNS["KZ-27"] ?? [] },
  { code: "KZ-31", organizations: 11, languages: "kk", gaps: ["respite_care"], places: TOWNS["KZ-31"] ?? [] },
  { code: "KZ-33", organizations: 9, languages: "mixed", gaps: ["vocational", "behavioural_therapy"], places: TOWNS["KZ-33"] ?? [] },
  { code: "KZ-35", organizations: 13, languages: "ru", gaps: [], places: TOWNS["KZ-35"] ?? [] },
  { code: "KZ-39", organizations: 10, languages: "ru", gaps: ["early_intervention"], places: TOWNS["KZ-39"] ?? [] },
  { code: "KZ-43", organizations: 9, languages: "kk", gaps: ["respite_care", "vocational", "behavioural_therapy"], places: TOWNS["KZ-43"] ?? [] },
  { code: "KZ-47", organizations: 10, languages: "kk", gaps: ["vocational"], places: TOWNS["KZ-47"] ?? [] },
  { code: "KZ-55", organizations: 10, languages: "ru", gaps: ["adaptive_sport"], places: TOWNS["KZ-55"] ?? [] },
  { code: "KZ-59", organizations: 8, languages: "ru", gaps: ["respite_care", "behavioural_therapy"], places: TOWNS["KZ-59"] ?? [] },
  { code: "KZ-61", organizations: 13, languages: "kk", gaps: ["vocational"], places: TOWNS["KZ-61"] ?? [] },
  { code: "KZ-62", organizations: 8, languages: "mixed", gaps: ["behavioural_therapy", "respite_care", "vocational", "adaptive_sport"], places: TOWNS["KZ-62"] ?? [] },
  { code: "KZ-63", organizations: 11, languages: "ru", gaps: ["early_intervention"], places: TOWNS["KZ-63"] ?? [] },
  { code: "KZ-71", organizations: 20, languages: "mixed", gaps: [], places: TOWNS["KZ-71"] ?? [] },
  { code: "KZ-75", organizations: 24, languages: "mixed", gaps: [], places: TOWNS["KZ-75"] ?? [] },
  { code: "KZ-79", organizations: 18, languages: "kk", gaps: [], places: TOWNS["KZ-79"] ?? [] },
];

export function demoRegion(code: string): DemoRegion {
  const region = DEMO_REGIONS.find((candidate) => candidate.code === code);
  if (!region) throw new Error(`no demo region ${code}`);
  return region;
}

export function demoPlace(code: string, index = 0): DemoPlace {
  const found = demoRegion(code).places[index];
  if (!found) throw new Error(`no place ${index} in ${code}`);
  return found;
}
