import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import {
  ZAnalyticsQuery,
  ZCoverage,
  ZCoverageQuery,
  ZInitiativesAnalytics,
  ZMemorandaAnalytics,
} from "../../../shared/contracts/analytics.ts";
import type { AppEnv } from "../../http/context.ts";
import { cookieAuth, json } from "../../http/openapi-helpers.ts";
import { validationHook } from "../../http/validation-hook.ts";
import { ANALYTICS_READ_ERRORS, ANALYTICS_TAGS } from "./analytics-openapi.ts";
import { loadCoverage } from "./coverage.service.ts";
import { loadInitiativesAnalytics } from "./initiatives-analytics.service.ts";
import { loadMemorandaAnalytics } from "./memoranda-analytics.service.ts";

const tags = ANALYTICS_TAGS;
const errors = ANALYTICS_READ_ERRORS;

const coverageRoute = createRoute({
  method: "get",
  path: "/api/analytics/coverage",
  tags,
  summary:
    "Coverage matrix: regions of the caller's scope × service categories, with services, free and state-funded shares, partners, active memoranda, gaps and per-10,000-children figures (staff but partners)",
  security: cookieAuth,
  request: { query: ZCoverageQuery },
  responses: { 200: json(ZCoverage, "The matrix, its region rows and totals"), ...errors },
});

const memorandaRoute = createRoute({
  method: "get",
  path: "/api/analytics/memoranda",
  tags,
  summary:
    "Memoranda of the caller's regions: review pipeline, lifecycle, signings per month and region, expiring within 30/60/90 days, commitments and overdue ones by owner",
  security: cookieAuth,
  request: { query: ZAnalyticsQuery },
  responses: { 200: json(ZMemorandaAnalytics, "Memoranda figures"), ...errors },
});

const initiativesRoute = createRoute({
  method: "get",
  path: "/api/analytics/initiatives",
  tags,
  summary:
    "Initiatives of the caller's regions started in the period: count and reach per month, region and memorandum; best practices with their replications",
  security: cookieAuth,
  request: { query: ZAnalyticsQuery },
  responses: { 200: json(ZInitiativesAnalytics, "Initiative figures"), ...errors },
});

export function analyticsRoutes() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(coverageRoute, async (c) => {
      const { db, config } = c.get("deps");
      const coverage = await loadCoverage(
        db,
        c.get("principal"),
        c.req.valid("query"),
        config.expiringWindowDays,
      );
      return c.json(coverage, 200);
    })
    .openapi(memorandaRoute, async (c) => {
      const { db, config } = c.get("deps");
      const figures = await loadMemorandaAnalytics(
        db,
        c.get("principal"),
        c.req.valid("query"),
        config.expiringWindowDays,
      );
      return c.json(figures, 200);
    })
    .openapi(initiativesRoute, async (c) => {
      const { db } = c.get("deps");
      return c.json(await loadInitiativesAnalytics(db, c.get("principal"), c.req.valid("query")), 200);
    });
}
