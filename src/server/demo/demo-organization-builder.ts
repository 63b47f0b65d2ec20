import type { COST_KINDS, ORGANIZATION_LEVELS, ORGANIZATION_TYPES } from "../../shared/vocabulary.ts";
import { TARGET_GROUPS } from "../../shared/vocabulary.ts";
import type { DemoPlace, LanguageBias } from "./demo-geography.ts";
import type { DemoRandom } from "./demo-random.ts";
import type { DemoRecords } from "./demo-rows.ts";
import { type DemoServiceTemplate, serviceTemplate, type TargetGroup } from "./demo-service-template.ts";
import { type Text3, t } from "./demo-text.ts";
import {
  DEMO_APPLICATION,
  DEMO_REFERRAL_NOTE,
  demoFees,
  demoMicrodistrictAddress,
  demoSchedule,
  demoStreetAddress,
  demoWaitlistNote,
} from "./demo-vocabulary.ts";

type CostKind = (typeof COST_KINDS)[number];
/** How an organization of this kind usually charges, schedules and queues. */
export type CostStyle = "state" | "private" | "community";

export interface DemoSite {
  regionCode: string;
  place: DemoPlace;
  /** A fixed address (named records); otherwise one is made up. */
  address?: Text3;
}

export interface DemoOrganizationSpec {
  name: Text3;
  description: Text3;
  type: (typeof ORGANIZATION_TYPES)[number];
  level: (typeof ORGANIZATION_LEVELS)[number];
  /** The first site is the main one; every service is offered there. */
  sites: readonly DemoSite[];
  /** Regions served; defaults to the regions of the sites. */
  servedRegions?: readonly string[];
  serviceKeys: readonly string[];
  costStyle: CostStyle;
  languages: LanguageBias;
  email: string;
  phone: string;
  website?: string | null;
  /** Organization-level groups; defaults to the union of its services' groups. */
  targetGroups?: readonly TargetGroup[];
  verifiedAt: Date;
}

const STATE_BUDGET = t(
  "Мемлекеттік бюджет есебінен тегін",
  "Бесплатно, за счёт государственного бюджета",
  "Free of charge, paid from the state budget",
);

const STATE_CONTRACT = t(
  "Мемлекеттік әлеуметтік тапсырыс есебінен тегін",
  "Бесплатно за счёт государственного социального заказа",
  "Free of charge under a state social contract",
);

const byGroupOrder = (groups: Iterable<TargetGroup>): TargetGroup[] =>
  [...new Set(groups)].sort((a, b) => TARGET_GROUPS.indexOf(a) - TARGET_GROUPS.indexOf(b));

function costFor(random: DemoRandom, style: CostStyle, template: DemoServiceTemplate): CostKind {
  if (template.key === "pmpk_assessment") return "free";
  if (style === "private") return random.chance(0.8) ? "paid" : "state_funded";
  if (style === "community") return random.chance(0.85) ? "free" : "paid";
  if (["hippotherapy", "adaptive_swimming"].includes(template.key) && random.chance(0.3)) return "paid";
  return random.chance(0.65) ? "free" : "state_funded";
}

function feesFor(random: DemoRandom, cost: CostKind, style: CostStyle): Text3 | null {
  if (cost === "paid") return demoFees(random);
  if (cost === "state_funded") return style === "state" ? STATE_BUDGET : STATE_CONTRACT;
  return null;
}

function languagesFor(random: DemoRandom, bias: LanguageBias): ("kk" | "ru")[] {
  const roll = random.next();
  if (bias === "kk") return roll < 0.4 ? ["kk"] : ["kk", "ru"];
  if (bias === "ru") return roll < 0.3 ? ["ru"] : ["kk", "ru"];
  if (roll < 0.07) return ["kk"];
  return roll < 0.15 ? ["ru"] : ["kk", "ru"];
}

function waitlistChance(style: CostStyle, template: DemoServiceTemplate): number {
  if (style === "private") return 0.2;
  if (style === "community") return 0.05;
  return template.referral === "none" && template.key !== "pmpk_assessment" ? 0.3 : 0.6;
}

const dateOnly = (value: Date): string => value.toISOString().slice(0, 10);
const round5 = (value: number): number => Math.round(value * 1e5) / 1e5;

function siteLocation(random: DemoRandom, organizationId: string, site: DemoSite, main: boolean) {
  const { place } = site;
  const spread = place.radius ?? 0.025;
  return {
    id: random.uuid(),
    organizationId,
    name: main
      ? null
      : t(`${place.name.kk} бөлімшесі`, `Отделение в г. ${place.name.ru}`, `${place.name.en} office`),
    regionCode: site.regionCode,
    locality: place.name,
    address:
      site.address ?? (place.microdistricts ? demoMicrodistrictAddress(random) : demoStreetAddress(random)),
    latitude: round5(place.latitude + (random.next() - 0.5) * spread),
    longitude: round5(place.longitude + (random.next() - 0.5) * spread * 1.4),
  };
}

/** Adds one organization with its locations and services to `records`, returns its id. */
export function addOrganization(
  records: DemoRecords,
  random: DemoRandom,
  spec: DemoOrganizationSpec,
): string {
  const id = random.uuid();
  const serviceGroups: TargetGroup[] = [];
  const siteRows = spec.sites.map((site, index) => siteLocation(random, id, site, index === 0));
  records.locations.push(...siteRows);
  // Opening hours and languages belong to the organization; only community groups meet at their own times.
  const languages = languagesFor(random, spec.languages);
  const hours = demoSchedule(random, spec.costStyle === "state" ? "office" : "extended");

  for (const key of spec.serviceKeys) {
    const template = serviceTemplate(key);
    const serviceId = random.uuid();
    const picked = template.groups.filter(() => random.chance(0.7));
    const groups = picked.length > 0 ? picked : template.groups.slice(0, 1);
    serviceGroups.push(...groups);
    const cost = costFor(random, spec.costStyle, template);
    const capacity =
      spec.costStyle === "state"
        ? random.int(20, 150)
        : spec.costStyle === "private"
          ? random.int(8, 40)
          : random.chance(0.5)
            ? random.int(10, 60)
            : null;
    const hasWaitlist = random.chance(waitlistChance(spec.costStyle, template));
    const schedule =
      spec.costStyle === "community"
        ? demoSchedule(random, random.pick(["evenings", "weekend", "office"] as const))
        : hours;
    const verified = new Date(spec.verifiedAt.getTime() - random.int(0, 20) * 86_400_000);
    records.services.push({
      id: serviceId,
      organizationId: id,
      name: template.name,
      description: template.description,
      categoryCodes: [...template.categories],
      targetGroups: byGroupOrder(groups),
      status: random.chance(0.03) ? "inactive" : "active",
      published: true,
      minAge: template.ages[0],
      maxAge: template.ages[1],
      cost,
      feesDescription: feesFor(random, cost, spec.costStyle),
      languages,
      applicationProcess: DEMO_APPLICATION[template.referral],
      schedule,
      referralRequirement: template.referral,
      referralNote: template.referral === "none" ? null : DEMO_REFERRAL_NOTE[template.referral],
      hasWaitlist,
      waitlistNote: hasWaitlist ? demoWaitlistNote(random.int(1, 6)) : null,
      capacity,
      stateFundedPlaces: cost === "state_funded" ? random.int(5, Math.min(capacity ?? 40, 40)) : null,
      email: spec.email,
      phone: spec.phone,
      url: spec.website ?? null,
      assuredDate: dateOnly(verified),
      lastVerifiedAt: verified,
      isDemo: true,
    });
    siteRows.forEach((site, index) => {
      if (index === 0 || random.chance(0.5))
        records.serviceLocations.push({ serviceId, locationId: site.id });
    });
  }

  records.organizations.push({
    id,
    name: spec.name,
    type: spec.type,
    level: spec.level,
    bin: null,
    email: spec.email,
    phone: spec.phone,
    website: spec.website ?? null,
    targetGroups: spec.targetGroups ? [...spec.targetGroups] : byGroupOrder(serviceGroups),
    description: spec.description,
    status: "active",
    published: true,
    lastVerifiedAt: spec.verifiedAt,
    isDemo: true,
  });
  const served = spec.servedRegions ?? [...new Set(spec.sites.map((site) => site.regionCode))];
  records.organizationRegions.push(...served.map((regionCode) => ({ organizationId: id, regionCode })));
  return id;
}
