import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { ZCoverageExportQuery, ZReportPdfQuery } from "../../../shared/contracts/analytics.ts";
import type { AppEnv } from "../../http/context.ts";
import { cookieAuth, ERROR_RESPONSES } from "../../http/openapi-helpers.ts";
import { validationHook } from "../../http/validation-hook.ts";
import { translate } from "../../i18n/translate.ts";
import { ANALYTICS_READ_ERRORS, ANALYTICS_TAGS } from "./analytics-openapi.ts";
import { loadCoverage } from "./coverage.service.ts";
import { coverageCsv, coverageXlsx } from "./coverage-export.ts";
import { coverageTable } from "./coverage-table.ts";
import { regionReportPdf } from "./region-report.service.ts";

const tags = ANALYTICS_TAGS;
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const errors = ANALYTICS_READ_ERRORS;
const file = (type: string, description: string) => ({
  content: { [type]: { schema: z.string().openapi({ format: "binary" }) } },
  description,
});

const csvRoute = createRoute({
  method: "get",
  path: "/api/analytics/coverage.csv",
  tags,
  summary: "The coverage matrix as CSV (UTF-8 with BOM), headers and names in `lang`; same filters and scope",
  security: cookieAuth,
  request: { query: ZCoverageExportQuery },
  responses: { 200: file("text/csv", "One row per region total and per region × category"), ...errors },
});

const xlsxRoute = createRoute({
  method: "get",
  path: "/api/analytics/coverage.xlsx",
  tags,
  summary: "The coverage matrix as an XLSX workbook, headers and names in `lang`; same filters and scope",
  security: cookieAuth,
  request: { query: ZCoverageExportQuery },
  responses: { 200: file(XLSX_TYPE, "One sheet, region totals in bold"), ...errors },
});

const pdfRoute = createRoute({
  method: "get",
  path: "/api/analytics/report.pdf",
  tags,
  summary:
    "A printable report of one region and period in `lang`: coverage by category, memoranda, initiatives' reach",
  security: cookieAuth,
  request: { query: ZReportPdfQuery },
  responses: {
    200: file("application/pdf", "The A4 report"),
    ...errors,
    404: ERROR_RESPONSES[404],
  },
});

const attachment = (name: string) => `attachment; filename="${name}"`;

export function analyticsExportRoutes() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(csvRoute, async (c) => {
      const { db, config } = c.get("deps");
      const coverage = await loadCoverage(
        db,
        c.get("principal"),
        c.req.valid("query"),
        config.expiringWindowDays,
      );
      const csv = coverageCsv(coverageTable(coverage, c.get("locale")));
      return c.body(csv, 200, {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": attachment("yntymaq-coverage.csv"),
      });
    })
    .openapi(xlsxRoute, async (c) => {
      const { db, config } = c.get("deps");
      const locale = c.get("locale");
      const coverage = await loadCoverage(
        db,
        c.get("principal"),
        c.req.valid("query"),
        config.expiringWindowDays,
      );
      const xlsx = await coverageXlsx(
        coverageTable(coverage, locale),
        translate(locale, "analytics.export.sheet"),
      );
      return c.body(new Uint8Array(xlsx), 200, {
        "content-type": XLSX_TYPE,
        "content-disposition": attachment("yntymaq-coverage.xlsx"),
      });
    })
    .openapi(pdfRoute, async (c) => {
      const { db, config } = c.get("deps");
      const query = c.req.valid("query");
      const pdf = await regionReportPdf(
        db,
        c.get("principal"),
        query,
        c.get("locale"),
        config.expiringWindowDays,
      );
      return c.body(new Uint8Array(pdf), 200, {
        "content-type": "application/pdf",
        "content-disposition": `inline; filename="yntymaq-report-${query.region}.pdf"`,
      });
    });
}
