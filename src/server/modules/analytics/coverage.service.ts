import type {
  TAnalyticsScope,
  TCoverage,
  TCoverageCell,
  TCoverageQuery,
} from "../../../shared/contracts/analytics.ts";
import type { Queryable } from "../../db/client.ts";
import type { Principal } from "../../http/principal.ts";
import { analyticsScopeOf, regionsToRead } from "./analytics.policy.ts";
import { analyticsPeriod } from "./analytics-period.ts";
import type { CellCounts } from "./coverage.repository.ts";
import { readCoverageCached } from "./coverage-cache.ts";

const EMPTY: Omit<CellCounts, "regionCode" | "categoryCode"> = {
  services: 0,
  freeServices: 0,
  stateFundedServices: 0,
  partners: 0,
};

const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
const per10k = (count: number, children: number | null): number | null =>
  children ? (count * 10_000) / children : null;

/** A cell's or a region's counts with their shares, gap flag and per-10,000-children figures. */
function figuresOf(c: Omit<CellCounts, "regionCode" | "categoryCode">, children: number | null) {
  return {
    services: c.services,
    freeServices: c.freeServices,
    stateFundedServices: c.stateFundedServices,
    freeShare: share(c.freeServices, c.services),
    stateFundedShare: share(c.stateFundedServices, c.services),
    partners: c.partners,
    gap: c.services === 0,
    servicesPer10k: per10k(c.services, children),
    partnersPer10k: per10k(c.partners, children),
  };
}

/** The coverage matrix the caller may see: regions of its scope × categories, gaps included. */
export async function loadCoverage(
  db: Queryable,
  principal: Principal,
  query: TCoverageQuery,
  expiringWindowDays: number,
): Promise<TCoverage> {
  const scope: TAnalyticsScope = analyticsScopeOf(principal);
  const regionCodes = regionsToRead(scope, query.region);
  const period = query.from || query.to ? analyticsPeriod(query) : null;
  const filter = {
    regionCodes,
    categoryCodes: query.category?.length ? query.category : null,
    organizationTypes: query.organizationType?.length ? query.organizationType : null,
    ageBand: query.ageBand ?? null,
    period,
  };
  const asOf = new Date().toISOString();
  const { regions, categories, cells, memoranda } = await readCoverageCached(db, filter, expiringWindowDays);
  const counts = new Map(cells.map((cell) => [`${cell.regionCode}|${cell.categoryCode}`, cell]));
  const countsOf = (regionCode: string, categoryCode: string) =>
    counts.get(`${regionCode}|${categoryCode}`) ?? EMPTY;

  const matrix: TCoverageCell[] = regions.flatMap((region) =>
    categories.map((category) => {
      return {
        regionCode: region.code,
        categoryCode: category.code,
        ...figuresOf(countsOf(region.code, category.code), region.children),
      };
    }),
  );
  const regionRows = regions.map((region) => {
    const activeMemoranda = memoranda.byRegion.get(region.code) ?? 0;
    return {
      code: region.code,
      name: region.name,
      ...figuresOf(countsOf(region.code, "*"), region.children),
      activeMemoranda,
      children: region.children,
      activeMemorandaPer10k: per10k(activeMemoranda, region.children),
    };
  });
  const sum = (pick: (row: (typeof regionRows)[number]) => number) =>
    regionRows.reduce((total, row) => total + pick(row), 0);
  const populations = regionRows.map((row) => row.children);
  return {
    scope,
    asOf,
    ageBand: filter.ageBand,
    period,
    regions: regionRows,
    categories,
    cells: matrix,
    totals: {
      services: sum((row) => row.services),
      freeServices: sum((row) => row.freeServices),
      stateFundedServices: sum((row) => row.stateFundedServices),
      partners: sum((row) => row.partners),
      activeMemoranda: memoranda.total,
      gaps: matrix.filter((cell) => cell.gap).length,
      children:
        populations.every((n) => n !== null) && populations.length > 0
          ? sum((row) => row.children ?? 0)
          : null,
    },
  };
}
