import { z } from "zod";
import { AGE_BANDS } from "../../../../shared/contracts/analytics.ts";
import { ZIsoDate, ZRegionCode } from "../../../../shared/contracts/common.ts";
import { ZCategoryCode } from "../../../../shared/contracts/services.ts";
import { ORGANIZATION_TYPES } from "../../../../shared/vocabulary.ts";
import { COVERAGE_METRICS } from "../lib/coverage-metrics.ts";

export const ANALYTICS_VIEWS = ["coverage", "memoranda", "initiatives", "population"] as const;
export type AnalyticsView = (typeof ANALYTICS_VIEWS)[number];

/**
 * The dashboard's state in the URL: which section, which metric, and the filters every section shares.
 * One region, category and organization type at a time (the API takes lists; one is what the screen asks).
 */
export const ZAnalyticsSearch = z.object({
  view: z.enum(ANALYTICS_VIEWS).default("coverage"),
  metric: z.enum(COVERAGE_METRICS).default("services"),
  ageBand: z.enum(AGE_BANDS).optional(),
  from: ZIsoDate.optional(),
  to: ZIsoDate.optional(),
  region: ZRegionCode.optional(),
  category: ZCategoryCode.optional(),
  organizationType: z.enum(ORGANIZATION_TYPES).optional(),
});
export type AnalyticsSearch = z.output<typeof ZAnalyticsSearch>;

/** The filters the API reads, without the screen's own view and metric. */
export function coverageQuery(search: AnalyticsSearch) {
  return {
    region: search.region,
    category: search.category,
    organizationType: search.organizationType,
    ageBand: search.ageBand,
    from: search.from,
    to: search.to,
  };
}

/** Memoranda and initiatives figures have no category or age band. */
export function periodQuery(search: AnalyticsSearch) {
  return {
    region: search.region,
    organizationType: search.organizationType,
    from: search.from,
    to: search.to,
  };
}
