import type { TReportPdfQuery } from "../../../shared/contracts/analytics.ts";
import type { Locale } from "../../../shared/vocabulary.ts";
import type { Queryable } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import type { Principal } from "../../http/principal.ts";
import { analyticsPeriod } from "./analytics-period.ts";
import { loadCoverage } from "./coverage.service.ts";
import { loadInitiativesAnalytics } from "./initiatives-analytics.service.ts";
import { loadMemorandaAnalytics } from "./memoranda-analytics.service.ts";
import { type RegionReport, renderRegionReportPdf } from "./report-pdf.ts";

/** The figures of one region and period, each read within the caller's scope; a region outside it is 404. */
export async function regionReportPdf(
  db: Queryable,
  principal: Principal,
  query: TReportPdfQuery,
  locale: Locale,
  expiringWindowDays: number,
): Promise<Buffer> {
  const period = analyticsPeriod(query);
  const filter = { region: [query.region], ...period };
  const [coverage, memoranda, initiatives] = await Promise.all([
    loadCoverage(db, principal, filter, expiringWindowDays),
    loadMemorandaAnalytics(db, principal, filter, expiringWindowDays),
    loadInitiativesAnalytics(db, principal, filter),
  ]);
  if (coverage.regions.length === 0) throw AppError.notFound();
  const report: RegionReport = { locale, period, coverage, memoranda, initiatives };
  return renderRegionReportPdf(report, new Date());
}
