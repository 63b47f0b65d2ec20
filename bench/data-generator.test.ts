import { describe, expect, it } from "vitest";
import { REGION_SEEDS } from "../src/server/modules/regions/regions.data.ts";
import { SERVICE_CATEGORY_SEEDS } from "../src/server/modules/services/service-categories.data.ts";
import { isValidBin } from "../src/shared/bin.ts";
import type { BenchBatch } from "./bench-rows.ts";
import { generateDataset } from "./data-generator.ts";
import { baselinePath, generateQueries, searchPath } from "./query-generator.ts";

const collect = (seed: number, services: number, batchSize = 1000): BenchBatch[] => [
  ...generateDataset({ seed, services, batchSize }),
];

describe("generateDataset", () => {
  it("gives the same rows, ids included, for the same seed and different ones for another seed", () => {
    const first = collect(7, 3000);
    expect(collect(7, 3000)).toEqual(first);
    const other = collect(8, 3000);
    expect(other[0]?.services[0]?.id).not.toBe(first[0]?.services[0]?.id);
    expect(other[0]?.organizations.map((row) => row.name)).not.toEqual(
      first[0]?.organizations.map((row) => row.name),
    );
  });

  it("makes exactly the requested services, in exact batches, with about one organization per four", () => {
    const batches = collect(1, 10_500, 2000);
    expect(batches.map((batch) => batch.services.length)).toEqual([2000, 2000, 2000, 2000, 2000, 500]);
    const organizations = batches.reduce((sum, batch) => sum + batch.organizations.length, 0);
    expect(10_500 / organizations).toBeGreaterThan(3);
    expect(10_500 / organizations).toBeLessThan(5);
  });

  it("keeps every reference inside its batch and every id unique", () => {
    const batches = collect(3, 5000);
    const ids = new Set<string>();
    for (const batch of batches) {
      const organizations = new Set(batch.organizations.map((row) => row.id));
      const locations = new Set(batch.locations.map((row) => row.id));
      const services = new Set(batch.services.map((row) => row.id));
      for (const row of [...batch.organizations, ...batch.locations, ...batch.services]) {
        expect(ids.has(row.id)).toBe(false);
        ids.add(row.id);
      }
      for (const row of batch.services) expect(organizations.has(row.organizationId)).toBe(true);
      for (const row of batch.locations) expect(organizations.has(row.organizationId)).toBe(true);
      for (const link of batch.serviceLocations) {
        expect(services.has(link.serviceId)).toBe(true);
        expect(locations.has(link.locationId)).toBe(true);
      }
    }
  });

  it("covers all 20 regions, real categories, three languages, and a few unpublished or inactive services", () => {
    const batches = collect(5, 20_000, 5000);
    const locations = batches.flatMap((batch) => batch.locations);
    const services = batches.flatMap((batch) => batch.services);
    const organizations = batches.flatMap((batch) => batch.organizations);
    expect(new Set(locations.map((row) => row.regionCode))).toEqual(
      new Set(REGION_SEEDS.map((region) => region.code)),
    );
    const categories = new Set<string>(SERVICE_CATEGORY_SEEDS.map((category) => category.code));
    for (const service of services.slice(0, 500))
      for (const code of service.categoryCodes) expect(categories.has(code)).toBe(true);
    for (const service of services.slice(0, 50)) {
      expect(service.name.kk).toMatch(/[а-яәғқңөұүһі]/i);
      expect(service.name.ru).toMatch(/[а-яё]/i);
      expect(service.name.en).toMatch(/[a-z]/i);
    }
    expect(new Set(services.flatMap((row) => row.languages))).toEqual(new Set(["kk", "ru", "en"]));
    const published = services.filter((row) => row.published && row.status === "active").length;
    expect(published / services.length).toBeGreaterThan(0.85);
    expect(published / services.length).toBeLessThan(0.98);
    for (const organization of organizations)
      if (organization.bin !== null) expect(isValidBin(organization.bin)).toBe(true);
    const astana = locations.filter((row) => row.regionCode === "KZ-71");
    for (const row of astana) {
      expect(Math.abs(row.latitude - 51.169)).toBeLessThan(0.1);
      expect(Math.abs(row.longitude - 71.449)).toBeLessThan(0.1);
    }
  });
});

describe("generateQueries", () => {
  const queries = generateQueries(11, 2000);
  const texts = queries.flatMap((query) => (query.q ? [query.q] : []));

  it("is deterministic", () => {
    expect(generateQueries(11, 2000)).toEqual(queries);
  });

  it("mixes need and place in Kazakh Cyrillic, Kazakh Latin, Russian and English, old names and typos", () => {
    expect(new Set(queries.map((query) => query.script))).toEqual(
      new Set(["kk", "ru", "en", "kk-Latn", "alias", "none"]),
    );
    expect(texts.some((text) => /[әғқңөұүһі]/.test(text))).toBe(true); // Kazakh-only Cyrillic letters
    expect(texts.some((text) => /[şğñöūüı]/.test(text))).toBe(true); // 2021 Latin letters
    expect(texts.some((text) => /^[A-Za-z -]+$/.test(text))).toBe(true); // plain English or informal Latin
    for (const expected of ["Şymkent", "Qonaev", "Конаев", "Nur-Sultan", "логопед"])
      expect(texts.some((text) => text.includes(expected))).toBe(true);
    expect(queries.some((query) => query.kind === "typo")).toBe(true);
  });

  it("has filter-only queries the baseline is not sent", () => {
    const filters = queries.filter((query) => query.kind === "filters");
    expect(filters.length).toBeGreaterThan(300);
    const [first] = filters;
    expect(first?.q).toBeUndefined();
    expect(searchPath(first!)).toMatch(/^\/api\/directory\/search\?region=KZ-\d\d&category=[a-z_]+&age=\d+/);
    expect(baselinePath(first!)).toBeNull();
    const text = queries.find((query) => query.q)!;
    expect(baselinePath(text)).toContain(`q=${encodeURIComponent(text.q!)}`);
  });
});
