import type { REFERRAL_REQUIREMENTS, TARGET_GROUPS } from "../../shared/vocabulary.ts";
import type { ServiceCategoryCode } from "../modules/services/service-categories.data.ts";
import { DEMO_COMMUNITY_SERVICES } from "./demo-community-services.ts";
import type { Text3 } from "./demo-text.ts";
import { DEMO_THERAPY_SERVICES } from "./demo-therapy-services.ts";

export type TargetGroup = (typeof TARGET_GROUPS)[number];
export type ReferralRequirement = (typeof REFERRAL_REQUIREMENTS)[number];

/** One kind of service as families know it; organizations offer it with their own cost and schedule. */
export interface DemoServiceTemplate {
  key: string;
  name: Text3;
  description: Text3;
  categories: readonly ServiceCategoryCode[];
  /** The groups it is mainly for; the first is the most frequent. */
  groups: readonly TargetGroup[];
  ages: readonly [number, number];
  referral: ReferralRequirement;
}

const ALL_TEMPLATES = [...DEMO_THERAPY_SERVICES, ...DEMO_COMMUNITY_SERVICES];

export function serviceTemplate(key: string): DemoServiceTemplate {
  const found = ALL_TEMPLATES.find((template) => template.key === key);
  if (!found) throw new Error(`no demo service template ${key}`);
  return found;
}
