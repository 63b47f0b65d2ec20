import type { TCoverageCell, TCoverageRegion } from "../../../../shared/contracts/analytics.ts";

export const COVERAGE_METRICS = [
  "services",
  "freeShare",
  "stateFundedShare",
  "partners",
  "activeMemoranda",
  "servicesPer10k",
  "partnersPer10k",
  "activeMemorandaPer10k",
] as const;
export type CoverageMetric = (typeof COVERAGE_METRICS)[number];

/** How a metric's values are written: a count, a share as a percentage, or a rate with one decimal. */
export type MetricUnit = "count" | "percent" | "per10k";

/** What the number links to: the list screen of the rows behind it. */
export type MetricList = "services" | "freeServices" | "stateFundedServices" | "partners" | "memoranda";

export interface MetricDefinition {
  unit: MetricUnit;
  list: MetricList;
  ofRegion: (region: TCoverageRegion) => number | null;
  /** Undefined where the figure has no category (memoranda are signed per region, not per category). */
  ofCell?: (cell: TCoverageCell) => number | null;
}

export const METRIC_DEFINITIONS: Record<CoverageMetric, MetricDefinition> = {
  services: { unit: "count", list: "services", ofRegion: (r) => r.services, ofCell: (c) => c.services },
  freeShare: {
    unit: "percent",
    list: "freeServices",
    ofRegion: (r) => r.freeShare,
    ofCell: (c) => c.freeShare,
  },
  stateFundedShare: {
    unit: "percent",
    list: "stateFundedServices",
    ofRegion: (r) => r.stateFundedShare,
    ofCell: (c) => c.stateFundedShare,
  },
  partners: { unit: "count", list: "partners", ofRegion: (r) => r.partners, ofCell: (c) => c.partners },
  activeMemoranda: { unit: "count", list: "memoranda", ofRegion: (r) => r.activeMemoranda },
  servicesPer10k: {
    unit: "per10k",
    list: "services",
    ofRegion: (r) => r.servicesPer10k,
    ofCell: (c) => c.servicesPer10k,
  },
  partnersPer10k: {
    unit: "per10k",
    list: "partners",
    ofRegion: (r) => r.partnersPer10k,
    ofCell: (c) => c.partnersPer10k,
  },
  activeMemorandaPer10k: { unit: "per10k", list: "memoranda", ofRegion: (r) => r.activeMemorandaPer10k },
};

/**
 * Integer steps of the colour scale per unit: whole percent for shares, tenths for rates, so the shared
 * equal-width scale (built for whole counts) classes them without losing what the page shows.
 */
export const UNIT_STEPS: Record<MetricUnit, number> = { count: 1, percent: 100, per10k: 10 };
