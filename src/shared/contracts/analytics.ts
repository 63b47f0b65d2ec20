import { z } from "zod";
import { AGE_BAND_RANGES, AGE_BANDS, type AgeBand } from "../age-bands.ts";
import {
  COMMITMENT_STATUSES,
  LIFECYCLE_STATUSES,
  LOCALES,
  ORGANIZATION_TYPES,
  REVIEW_STATES,
} from "../vocabulary.ts";
import { csvList, ZIsoDate, ZRegionCode } from "./common.ts";
import { ZCategoryCode } from "./services.ts";

/*
 * Endpoints (staff: admin, viewer, coordinator; partners get 403):
 *   GET /api/analytics/coverage            ?ZCoverageQuery        → ZCoverage
 *   GET /api/analytics/coverage.csv|.xlsx  ?ZCoverageExportQuery  → file (headers in `lang`)
 *   GET /api/analytics/memoranda           ?ZAnalyticsQuery       → ZMemorandaAnalytics
 *   GET /api/analytics/initiatives         ?ZAnalyticsQuery       → ZInitiativesAnalytics
 *   GET /api/analytics/population                                 → ZPopulationList
 *   PUT /api/analytics/population/{regionCode}  ZPopulationUpdate → ZRegionPopulation (admin only)
 *   GET /api/analytics/report.pdf          ?ZReportPdfQuery       → application/pdf
 * Click-through (each list's total equals the figure; a region's column is over all categories, no `category`):
 *   services  GET /api/services?region=&category=&cost=&organizationType=&ageBand=&status=active&organizationStatus=active
 *   partners  GET /api/organizations?serviceRegion=&category=&ageBand=&type=&status=active
 *   memoranda GET /api/memoranda?region=&reviewState=signed&lifecycle=active,expiring
 *             or, with a period, …&activeFrom=period.from&activeTo=period.to instead of `lifecycle`
 */
const ZText = z.record(z.string(), z.string());

export { AGE_BAND_RANGES, AGE_BANDS, type AgeBand };

/** Windows of the «expiring in the next N days» lists. */
export const EXPIRY_WINDOWS = [30, 60, 90] as const;

/** Whose figures these are: everything (admin, viewer) or a coordinator's regions. Partners get 403. */
export const ZAnalyticsScope = z.object({
  kind: z.enum(["all", "regions"]),
  regionCodes: z.array(z.string()),
});
export type TAnalyticsScope = z.infer<typeof ZAnalyticsScope>;

export const ZAnalyticsPeriod = z.object({ from: z.string(), to: z.string() });

// ---- coverage matrix ---------------------------------------------------------------------------

/** `from`/`to` narrow the memoranda counted as active to those in force at some day of the period. */
export const ZCoverageQuery = z.object({
  region: csvList(ZRegionCode),
  category: csvList(ZCategoryCode),
  organizationType: csvList(z.enum(ORGANIZATION_TYPES)),
  ageBand: z.enum(AGE_BANDS).optional(),
  from: ZIsoDate.optional(),
  to: ZIsoDate.optional(),
});
export type TCoverageQuery = z.infer<typeof ZCoverageQuery>;

/** Exports take the same filters plus the language of the headers and names. */
export const ZCoverageExportQuery = ZCoverageQuery.extend({ lang: z.enum(LOCALES).optional() });
export type TCoverageExportQuery = z.infer<typeof ZCoverageExportQuery>;

const ZShare = z.number().min(0).max(1).nullable();

/** One region × category cell. A service offered in several regions counts once in each of them. */
export const ZCoverageCell = z.object({
  regionCode: z.string(),
  categoryCode: z.string(),
  services: z.number().int(),
  freeServices: z.number().int(),
  stateFundedServices: z.number().int(),
  /** freeServices / services, null when there are no services. */
  freeShare: ZShare,
  stateFundedShare: ZShare,
  /** Distinct organizations with at least one counted service in the cell. */
  partners: z.number().int(),
  /** No service at all: nothing exists here yet. */
  gap: z.boolean(),
  /** Per 10,000 children of the region, null when its child population is not entered. */
  servicesPer10k: z.number().nullable(),
  partnersPer10k: z.number().nullable(),
});
export type TCoverageCell = z.infer<typeof ZCoverageCell>;

/** A region's row over all categories (distinct services and partners, not a sum of the cells). */
export const ZCoverageRegion = z.object({
  code: z.string(),
  name: ZText,
  services: z.number().int(),
  freeServices: z.number().int(),
  stateFundedServices: z.number().int(),
  freeShare: ZShare,
  stateFundedShare: ZShare,
  partners: z.number().int(),
  /** Signed memoranda, active or expiring (in force during the period when one is given), with a branch of the region. */
  activeMemoranda: z.number().int(),
  gap: z.boolean(),
  children: z.number().int().nullable(),
  servicesPer10k: z.number().nullable(),
  partnersPer10k: z.number().nullable(),
  activeMemorandaPer10k: z.number().nullable(),
});
export type TCoverageRegion = z.infer<typeof ZCoverageRegion>;

export const ZCoverageCategory = z.object({ code: z.string(), name: ZText });

export const ZCoverage = z.object({
  scope: ZAnalyticsScope,
  /** When the figures were read; the aggregation is kept current by every write, so it is never older. */
  asOf: z.string(),
  ageBand: z.enum(AGE_BANDS).nullable(),
  /** The period active memoranda were counted over (the query's, defaults filled in); null: as of today. */
  period: ZAnalyticsPeriod.nullable(),
  /** Regions in scope and filter, in the regions' display order. */
  regions: z.array(ZCoverageRegion),
  categories: z.array(ZCoverageCategory),
  /** Every region × category of the two lists above, gaps included. */
  cells: z.array(ZCoverageCell),
  /** Sums over the listed regions (services and partners counted once per region); memoranda counted once. */
  totals: z.object({
    services: z.number().int(),
    freeServices: z.number().int(),
    stateFundedServices: z.number().int(),
    partners: z.number().int(),
    activeMemoranda: z.number().int(),
    gaps: z.number().int(),
    children: z.number().int().nullable(),
  }),
});
export type TCoverage = z.infer<typeof ZCoverage>;

// ---- memoranda ---------------------------------------------------------------------------------

/** The period (default: the last 12 months to today) bounds the signings; the other figures are as of today. */
export const ZAnalyticsQuery = z.object({
  region: csvList(ZRegionCode),
  organizationType: csvList(z.enum(ORGANIZATION_TYPES)),
  from: ZIsoDate.optional(),
  to: ZIsoDate.optional(),
});
export type TAnalyticsQuery = z.infer<typeof ZAnalyticsQuery>;

export const ZAnalyticsMemorandum = z.object({
  id: z.string(),
  number: z.string().nullable(),
  title: ZText,
  endDate: z.string().nullable(),
  daysLeft: z.number().int(),
  regionCodes: z.array(z.string()),
});

export const ZOverdueCommitment = z.object({
  id: z.string(),
  memorandumId: z.string(),
  memorandumTitle: ZText,
  text: ZText,
  dueDate: z.string(),
  daysOverdue: z.number().int(),
  status: z.enum(COMMITMENT_STATUSES),
});

export const ZCommitmentOwner = z.object({
  kind: z.enum(["branch", "organization"]),
  id: z.string(),
  name: ZText,
});

export const ZMemorandaAnalytics = z.object({
  scope: ZAnalyticsScope,
  period: ZAnalyticsPeriod,
  pipeline: z.array(z.object({ reviewState: z.enum(REVIEW_STATES), count: z.number().int() })),
  /** Signed memoranda by lifecycle as of today. */
  lifecycle: z.array(z.object({ status: z.enum(LIFECYCLE_STATUSES), count: z.number().int() })),
  /** Month `YYYY-MM` of the signing date, per region of a branch party; months without signings are left out. */
  signings: z.array(z.object({ month: z.string(), regionCode: z.string(), count: z.number().int() })),
  /** Cumulative windows: ending within 30, 60 and 90 days (not yet ended, not terminated or renewed), soonest first. */
  expiring: z.array(
    z.object({
      days: z.number().int(),
      count: z.number().int(),
      memoranda: z.array(ZAnalyticsMemorandum),
    }),
  ),
  /** Commitments of signed memoranda by status. */
  commitments: z.array(z.object({ status: z.enum(COMMITMENT_STATUSES), count: z.number().int() })),
  overdueCount: z.number().int(),
  /** Overdue commitments grouped by the party that owns them, most overdue owner first. */
  overdueByOwner: z.array(
    z.object({ owner: ZCommitmentOwner, count: z.number().int(), commitments: z.array(ZOverdueCommitment) }),
  ),
});
export type TMemorandaAnalytics = z.infer<typeof ZMemorandaAnalytics>;

// ---- initiatives -------------------------------------------------------------------------------

export const ZReach = z.object({
  initiatives: z.number().int(),
  children: z.number().int(),
  parents: z.number().int(),
  specialists: z.number().int(),
});
export type TReach = z.infer<typeof ZReach>;

export const ZInitiativesAnalytics = z.object({
  scope: ZAnalyticsScope,
  period: ZAnalyticsPeriod,
  /** Initiatives starting in the period. */
  totals: ZReach,
  /** Month `YYYY-MM` of the start date; months without initiatives are left out. */
  byMonth: z.array(ZReach.extend({ month: z.string() })),
  byRegion: z.array(ZReach.extend({ regionCode: z.string() })),
  /** An initiative under two memoranda counts for each. */
  byMemorandum: z.array(
    ZReach.extend({ memorandumId: z.string(), number: z.string().nullable(), title: ZText }),
  ),
  /** Practices of the regions in scope, most replicated first. */
  practices: z.array(
    z.object({
      id: z.string(),
      title: ZText,
      regionCode: z.string(),
      published: z.boolean(),
      replications: z.number().int(),
      replicatedIn: z.array(z.string()),
    }),
  ),
});
export type TInitiativesAnalytics = z.infer<typeof ZInitiativesAnalytics>;

// ---- child population (for per-10,000 figures) -------------------------------------------------

export const POPULATION_SOURCE_MAX = 500;

export const ZPopulationUpdate = z
  .object({
    children: z.number().int().min(1).max(10_000_000),
    year: z.number().int().min(1990).max(2100),
    source: z.string().trim().min(1).max(POPULATION_SOURCE_MAX),
  })
  .strict();
export type TPopulationUpdate = z.infer<typeof ZPopulationUpdate>;

export const ZRegionPopulation = z.object({
  regionCode: z.string(),
  regionName: ZText,
  children: z.number().int().nullable(),
  year: z.number().int().nullable(),
  source: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type TRegionPopulation = z.infer<typeof ZRegionPopulation>;

export const ZPopulationList = z.object({
  items: z.array(ZRegionPopulation),
  permissions: z.object({ update: z.boolean() }),
});
export type TPopulationList = z.infer<typeof ZPopulationList>;

// ---- PDF report --------------------------------------------------------------------------------

export const ZReportPdfQuery = z.object({
  region: ZRegionCode,
  from: ZIsoDate.optional(),
  to: ZIsoDate.optional(),
  lang: z.enum(LOCALES).optional(),
});
export type TReportPdfQuery = z.infer<typeof ZReportPdfQuery>;
