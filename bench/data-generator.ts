import { DEMO_REGIONS, type DemoPlace, type DemoRegion } from "../src/server/demo/demo-geography.ts";
import {
  DEMO_ORGANIZATION_KINDS,
  type DemoOrganizationKind,
} from "../src/server/demo/demo-organization-kinds.ts";
import { DemoRandom } from "../src/server/demo/demo-random.ts";
import { type DemoServiceTemplate, serviceTemplate } from "../src/server/demo/demo-service-template.ts";
import { type Text3, t } from "../src/server/demo/demo-text.ts";
import {
  DEMO_APPLICATION,
  DEMO_BRANDS,
  demoFees,
  demoMicrodistrictAddress,
  demoSchedule,
  demoStreetAddress,
} from "../src/server/demo/demo-vocabulary.ts";
import { binCheckDigit } from "../src/shared/bin.ts";
import { TARGET_GROUPS } from "../src/shared/vocabulary.ts";
import { type BenchBatch, type BenchService, benchId, emptyBatch } from "./bench-rows.ts";

export interface GeneratorOptions {
  seed: number;
  /** Total services to generate. */
  services: number;
  /** Services per batch; the last organization of a batch is cut so batches are exact. */
  batchSize?: number;
}

const DAY_MS = 86_400_000;
const VERIFIED_BASE = Date.UTC(2026, 10, 1);
/** A BIN with a correct check digit, unique per organization number (null when none exists for it). */
function validBin(n: number): string | null {
  const first11 = `1804${String(n % 10_000_000).padStart(7, "0")}`;
  const check = binCheckDigit(first11);
  return check === null ? null : `${first11}${check}`;
}

const round5 = (value: number): number => Math.round(value * 1e5) / 1e5;

/** Bigger regions get more organizations, as in the demo data (Almaty, Astana, Shymkent first). */
const REGION_WEIGHTS = DEMO_REGIONS.map((region) => [region, region.organizations] as const);
const KIND_WEIGHTS = DEMO_ORGANIZATION_KINDS.map((kind) => [kind, kind.weight] as const);

function pickPlace(random: DemoRandom, region: DemoRegion): DemoPlace {
  const [centre, ...towns] = region.places;
  if (!centre) throw new Error(`region ${region.code} has no places`);
  return towns.length === 0 || random.chance(0.6) ? centre : random.pick(towns);
}

function languagesFor(random: DemoRandom, region: DemoRegion): string[] {
  const roll = random.next();
  const base =
    region.languages === "kk"
      ? roll < 0.4
        ? ["kk"]
        : ["kk", "ru"]
      : region.languages === "ru"
        ? roll < 0.3
          ? ["ru"]
          : ["kk", "ru"]
        : roll < 0.1
          ? ["kk"]
          : roll < 0.2
            ? ["ru"]
            : ["kk", "ru"];
  return random.chance(0.04) ? [...base, "en"] : base;
}

function costFor(random: DemoRandom, kind: DemoOrganizationKind, template: DemoServiceTemplate) {
  if (template.key === "pmpk_assessment") return "free" as const;
  if (kind.costStyle === "private") return random.chance(0.8) ? ("paid" as const) : ("state_funded" as const);
  if (kind.costStyle === "community") return random.chance(0.85) ? ("free" as const) : ("paid" as const);
  return random.chance(0.65) ? ("free" as const) : ("state_funded" as const);
}

const STATE_FEES = t(
  "Мемлекеттік бюджет есебінен тегін",
  "Бесплатно, за счёт государственного бюджета",
  "Free of charge, paid from the state budget",
);

/** Which templates an organization of `kind` runs: its core ones, then optional ones, repeating when it runs more. */
function serviceKeys(random: DemoRandom, kind: DemoOrganizationKind, count: number): string[] {
  const pool = [...kind.core, ...random.sample(kind.optional, kind.optional.length)];
  if (pool.length === 0) return [];
  return Array.from({ length: count }, (_, index) => pool[index % pool.length] as string);
}

/** The state of one generation run: counters that make ids and the numbers in state bodies' names. */
class DatasetBuilder {
  private organizationCount = 0;
  private locationCount = 0;
  private serviceCount = 0;
  private readonly numbers = new Map<string, number>();

  constructor(
    private readonly random: DemoRandom,
    private readonly seed: number,
  ) {}

  /** Adds one organization with up to `maxServices` services to `batch`; returns how many it added. */
  addOrganization(batch: BenchBatch, maxServices: number): number {
    const { random } = this;
    const region = random.weighted(REGION_WEIGHTS);
    const kind = random.weighted(KIND_WEIGHTS);
    const counterKey = `${region.code}/${kind.key}`;
    const number = (this.numbers.get(counterKey) ?? 0) + 1;
    this.numbers.set(counterKey, number);
    const n = ++this.organizationCount;
    const id = benchId(1, this.seed, n);
    const keys = serviceKeys(random, kind, Math.min(maxServices, random.int(2, 6)));
    if (keys.length === 0) return 0;

    const sites = [pickPlace(random, region)];
    if (random.chance(0.2)) sites.push(pickPlace(random, region));
    const locationIds = sites.map((place, index) => {
      const locationId = benchId(2, this.seed, ++this.locationCount);
      const spread = place.radius ?? 0.025;
      batch.locations.push({
        id: locationId,
        organizationId: id,
        name:
          index === 0
            ? null
            : t(`${place.name.kk} бөлімшесі`, `Отделение ${place.name.ru}`, `${place.name.en} office`),
        regionCode: region.code,
        locality: place.name,
        address: place.microdistricts ? demoMicrodistrictAddress(random) : demoStreetAddress(random),
        postalCode: `${region.code.slice(3)}${String(random.int(0, 9999)).padStart(4, "0")}`,
        latitude: round5(place.latitude + (random.next() - 0.5) * spread),
        longitude: round5(place.longitude + (random.next() - 0.5) * spread * 1.4),
      });
      return locationId;
    });

    const phone = `+7 7${String(10 + (n % 90))} ${String(1_000_000 + ((n * 7919) % 9_000_000)).slice(0, 7)}`;
    const email = `info${n}@example.kz`;
    const verifiedAt = VERIFIED_BASE - random.int(0, 720) * DAY_MS;
    const hours = demoSchedule(random, kind.costStyle === "state" ? "office" : "extended");
    const languages = languagesFor(random, region);
    const groups = new Set<string>();
    for (const key of keys) {
      const service = this.service(id, key, kind, { phone, email, verifiedAt, hours, languages });
      for (const group of service.targetGroups) groups.add(group);
      batch.services.push(service);
      locationIds.forEach((locationId, index) => {
        if (index === 0 || random.chance(0.5))
          batch.serviceLocations.push({ serviceId: service.id, locationId });
      });
    }

    batch.organizations.push({
      id,
      name: kind.name(number, random.pick(DEMO_BRANDS)),
      type: kind.type,
      level: region.places.length === 1 ? "city" : random.chance(0.85) ? "region" : "city",
      bin: kind.type === "state_institution" || random.chance(0.5) ? validBin(n) : null,
      email,
      phone,
      website: kind.costStyle === "state" || random.chance(0.5) ? null : `https://org${n}.example.kz`,
      targetGroups: TARGET_GROUPS.filter((group) => groups.has(group)),
      description: kind.description,
      status: random.chance(0.02) ? "archived" : "active",
      published: !random.chance(0.02),
      lastVerifiedAt: new Date(verifiedAt).toISOString(),
    });
    batch.organizationRegions.push({ organizationId: id, regionCode: region.code });
    return keys.length;
  }

  private service(
    organizationId: string,
    key: string,
    kind: DemoOrganizationKind,
    shared: { phone: string; email: string; verifiedAt: number; hours: Text3; languages: string[] },
  ): BenchService {
    const { random } = this;
    const template = serviceTemplate(key);
    const picked = template.groups.filter(() => random.chance(0.7));
    const cost = costFor(random, kind, template);
    const roll = random.next();
    return {
      id: benchId(3, this.seed, ++this.serviceCount),
      organizationId,
      name: template.name,
      description: template.description,
      categoryCodes: [...template.categories],
      targetGroups: picked.length > 0 ? picked : template.groups.slice(0, 1),
      status: roll < 0.04 ? "inactive" : roll < 0.06 ? "defunct" : "active",
      published: !random.chance(0.05),
      minAge: template.ages[0],
      maxAge: template.ages[1],
      cost,
      feesDescription: cost === "paid" ? demoFees(random) : cost === "state_funded" ? STATE_FEES : null,
      languages: shared.languages,
      applicationProcess: DEMO_APPLICATION[template.referral],
      schedule: kind.costStyle === "community" ? demoSchedule(random, "evenings") : shared.hours,
      referralRequirement: template.referral,
      hasWaitlist: random.chance(kind.costStyle === "state" ? 0.4 : 0.15),
      capacity: random.chance(0.8) ? random.int(8, 150) : null,
      phone: shared.phone,
      email: shared.email,
      lastVerifiedAt: new Date(shared.verifiedAt - random.int(0, 20) * DAY_MS).toISOString(),
    };
  }
}

/**
 * Generates `services` services (with ~1 organization per 4 services, their locations and links) in
 * batches of `batchSize`. The same seed always gives the same rows, ids included.
 */
export function* generateDataset(options: GeneratorOptions): Generator<BenchBatch> {
  const batchSize = options.batchSize ?? 5000;
  const builder = new DatasetBuilder(new DemoRandom(options.seed), options.seed);
  let remaining = options.services;
  while (remaining > 0) {
    const batch = emptyBatch();
    let room = Math.min(batchSize, remaining);
    while (room > 0) room -= builder.addOrganization(batch, room);
    remaining -= batch.services.length;
    yield batch;
  }
}
