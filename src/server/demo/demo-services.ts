import { DEMO_REGIONS, type DemoRegion } from "./demo-geography.ts";
import { addOrganization, type DemoSite } from "./demo-organization-builder.ts";
import { DEMO_ORGANIZATION_KINDS, type DemoOrganizationKind } from "./demo-organization-kinds.ts";
import { DemoRandom } from "./demo-random.ts";
import type { DemoRecords } from "./demo-rows.ts";
import { serviceTemplate } from "./demo-service-template.ts";
import { DEMO_BRANDS, DEMO_KAZAKH_BRANDS } from "./demo-vocabulary.ts";

const DIRECTORY_SEED = 20_250_314;
const DAY = 86_400_000;

function kind(key: string): DemoOrganizationKind {
  const found = DEMO_ORGANIZATION_KINDS.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no demo organization kind ${key}`);
  return found;
}

/** Every region gets a PMPK, a correction room and a rehabilitation centre first, then a weighted mix. */
function kindsFor(random: DemoRandom, region: DemoRegion): DemoOrganizationKind[] {
  const chosen = [kind("pmpk"), kind("correction_room"), kind("rehabilitation_centre")];
  // The three big cities have the full set of state bodies.
  if (region.places.length === 1)
    chosen.push(kind("special_school"), kind("special_kindergarten"), kind("social_centre"));
  const weights = DEMO_ORGANIZATION_KINDS.map((candidate) => [candidate, candidate.weight] as const);
  while (chosen.length < region.organizations) chosen.push(random.weighted(weights));
  return chosen;
}

/** Services the organization offers: its core ones plus a random few, never in the region's gaps. */
function serviceKeysFor(
  random: DemoRandom,
  organizationKind: DemoOrganizationKind,
  region: DemoRegion,
): string[] {
  const available = (key: string) =>
    !serviceTemplate(key).categories.some((code) => region.gaps.includes(code));
  const core = organizationKind.core.filter(available);
  const wanted = random.int(1, 4);
  const extra = random.sample(organizationKind.optional.filter(available), Math.max(0, wanted - core.length));
  return [...core, ...extra];
}

function verifiedAt(random: DemoRandom): Date {
  // Most listings were checked this year; about one in ten is older, so staleness shows in the directory.
  if (random.chance(0.1)) return new Date(Date.UTC(2025, 2, 1) + random.int(0, 250) * DAY);
  return new Date(Date.UTC(2026, 0, 10) + random.int(0, 300) * DAY);
}

function addRegion(records: DemoRecords, region: DemoRegion, seed: number): void {
  const random = new DemoRandom(seed);
  const digits = region.code.slice(3);
  const isCity = region.places.length === 1;
  const brands = random.sample(DEMO_BRANDS, DEMO_BRANDS.length);
  const counters = new Map<string, number>();
  const usedNumbers = new Set<number>();

  kindsFor(random, region).forEach((organizationKind, index) => {
    const serviceKeys = serviceKeysFor(random, organizationKind, region);
    if (serviceKeys.length === 0) return;
    const sequence = (counters.get(organizationKind.key) ?? 0) + 1;
    counters.set(organizationKind.key, sequence);
    let number = sequence;
    if (organizationKind.key === "kindergarten" || organizationKind.key === "school") {
      do number = random.int(2, isCity ? 180 : 60);
      while (usedNumbers.has(number));
      usedNumbers.add(number);
    }
    const brand =
      organizationKind.key === "kindergarten"
        ? random.pick(DEMO_KAZAKH_BRANDS)
        : (brands[index % brands.length] ?? random.pick(DEMO_BRANDS));
    const inCentre = index < 3 || isCity || random.chance(0.6);
    const main = inCentre ? region.places[0] : random.pick(region.places.slice(1));
    if (!main) return;
    const sites: DemoSite[] = [{ regionCode: region.code, place: main }];
    const other = region.places.find((candidate) => candidate !== main);
    if (organizationKind.costStyle !== "private" && other && random.chance(0.12)) {
      sites.push({ regionCode: region.code, place: other });
    }
    const state = organizationKind.type === "state_institution";
    const position = String(index + 1).padStart(2, "0");
    addOrganization(records, random, {
      name: organizationKind.name(number, brand),
      description: organizationKind.description,
      type: organizationKind.type,
      level:
        isCity || organizationKind.costStyle === "private" || (state && main !== region.places[0])
          ? "city"
          : "region",
      sites,
      serviceKeys,
      costStyle: organizationKind.costStyle,
      languages: region.languages,
      email: `demo-${digits}-${position}@example.kz`,
      phone: `+7 700 000 ${digits} ${position}`,
      website:
        organizationKind.costStyle === "private" && random.chance(0.5)
          ? `https://demo-${digits}-${position}.example.kz`
          : null,
      verifiedAt: verifiedAt(random),
    });
  });
}

/** The generated directory: some 230 organizations with their services across all 20 regions. */
export function addServiceDirectory(records: DemoRecords): void {
  DEMO_REGIONS.forEach((region, index) => {
    addRegion(records, region, DIRECTORY_SEED + index);
  });
}
