import { sql } from "drizzle-orm";
import { AGE_BAND_RANGES, type AgeBand } from "../../../shared/contracts/analytics.ts";
import { COST_KINDS, ORGANIZATION_TYPES } from "../../../shared/vocabulary.ts";
import { type Database, withActor } from "../../db/client.ts";
import { organizations } from "../../modules/organizations/organizations.schema.ts";
import { locations, serviceLocations, services } from "../../modules/services/services.schema.ts";

/** A small deterministic pseudo-random generator (mulberry32), so a failing dataset can be replayed. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, pick, chance: (p: number) => next() < p };
}

const REGIONS = ["KZ-10", "KZ-19", "KZ-47", "KZ-71", "KZ-75", "KZ-79"];
const CATEGORIES = [
  "assessment",
  "early_intervention",
  "correctional_pedagogy",
  "behavioural_therapy",
  "adaptive_sport",
];

/**
 * Organizations of every type (some archived) with locations in one to three regions, and `serviceCount`
 * services with zero to three categories, every cost, open or closed age ranges, some inactive, linked to
 * zero to two of their organization's locations. Written straight to the tables, as an import would.
 */
export async function generateCoverageDataset(db: Database, seed: number, serviceCount: number) {
  const random = seededRandom(seed);
  const orgRows = Array.from({ length: 40 }, (_, n) => ({
    name: { kk: `Ұйым ${n}`, en: `Organization ${n}` },
    type: random.pick(ORGANIZATION_TYPES),
    level: "region" as const,
    status: random.chance(0.1) ? ("archived" as const) : ("active" as const),
    published: random.chance(0.8),
  }));
  await withActor(db, null, async (tx) => {
    const orgs = await tx.insert(organizations).values(orgRows).returning({ id: organizations.id });
    const locationRows = orgs.flatMap((org) =>
      Array.from({ length: 1 + Math.floor(random.next() * 3) }, () => ({
        organizationId: org.id,
        regionCode: random.pick(REGIONS),
        locality: { kk: "Қала", en: "Town" },
        address: { kk: "Көше, 1", en: "Street 1" },
      })),
    );
    const locs = await tx
      .insert(locations)
      .values(locationRows)
      .returning({ id: locations.id, organizationId: locations.organizationId });
    const serviceRows = Array.from({ length: serviceCount }, (_, n) => {
      const minAge = random.chance(0.15) ? null : Math.floor(random.next() * 15);
      const maxAge = random.chance(0.15) ? null : (minAge ?? 0) + Math.floor(random.next() * 10);
      return {
        organizationId: random.pick(orgs).id,
        name: { kk: `Қызмет ${n}`, en: `Service ${n}` },
        categoryCodes: CATEGORIES.filter(() => random.chance(0.3)),
        cost: random.pick(COST_KINDS),
        status: random.chance(0.1) ? ("inactive" as const) : ("active" as const),
        published: random.chance(0.85),
        minAge,
        maxAge,
      };
    });
    const created = await tx
      .insert(services)
      .values(serviceRows)
      .returning({ id: services.id, organizationId: services.organizationId });
    const links = created.flatMap((service) => {
      const own = locs.filter((loc) => loc.organizationId === service.organizationId);
      return own
        .filter(() => random.chance(0.6))
        .map((loc) => ({ serviceId: service.id, locationId: loc.id }));
    });
    if (links.length) await tx.insert(serviceLocations).values(links);
  });
}

export interface ExpectedCell {
  services: number;
  freeServices: number;
  stateFundedServices: number;
  partners: number;
}

type RawService = {
  id: string;
  organization_id: string;
  org_type: string;
  org_status: string;
  status: string;
  cost: string;
  category_codes: string[];
  min_age: number | null;
  max_age: number | null;
  region_codes: string[];
};

/**
 * The matrix counted again in JavaScript from the base tables, independently of the triggers and cells:
 * key `region|category` ('*' for the region over all categories).
 */
export async function expectedCoverage(
  db: Database,
  filter: { regionCodes?: string[]; ageBand?: AgeBand; organizationTypes?: string[] } = {},
): Promise<Map<string, ExpectedCell>> {
  const { rows } = await db.execute<RawService>(sql`
    SELECT s.id, s.organization_id, o.type::text AS org_type, o.status::text AS org_status, s.status::text AS status,
      s.cost::text AS cost, s.category_codes, s.min_age, s.max_age,
      coalesce((SELECT array_agg(l.region_code) FROM service_locations sl JOIN locations l ON l.id = sl.location_id
        WHERE sl.service_id = s.id), '{}') AS region_codes
    FROM services s JOIN organizations o ON o.id = s.organization_id`);
  const cells = new Map<string, ExpectedCell & { partnerIds: Set<string> }>();
  for (const service of rows) {
    if (service.status !== "active" || service.org_status !== "active") continue;
    if (filter.organizationTypes && !filter.organizationTypes.includes(service.org_type)) continue;
    if (filter.ageBand) {
      const band = AGE_BAND_RANGES[filter.ageBand];
      if ((service.min_age ?? 0) > band.max || (service.max_age ?? 999) < band.min) continue;
    }
    for (const region of new Set(service.region_codes)) {
      if (filter.regionCodes && !filter.regionCodes.includes(region)) continue;
      for (const category of new Set([...service.category_codes, "*"])) {
        const key = `${region}|${category}`;
        const cell = cells.get(key) ?? {
          services: 0,
          freeServices: 0,
          stateFundedServices: 0,
          partners: 0,
          partnerIds: new Set<string>(),
        };
        cell.services += 1;
        if (service.cost === "free") cell.freeServices += 1;
        if (service.cost === "state_funded") cell.stateFundedServices += 1;
        cell.partnerIds.add(service.organization_id);
        cell.partners = cell.partnerIds.size;
        cells.set(key, cell);
      }
    }
  }
  return new Map(
    [...cells].map(([key, { partnerIds: _, ...counts }]) => [key, counts] as [string, ExpectedCell]),
  );
}
