import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { csvList, ZPage, ZPageQuery, ZRegionCode } from "../../../shared/contracts/common.ts";
import { pickLocalized } from "../../../shared/localized-text.ts";
import type { AppEnv } from "../../http/context.ts";
import { ERROR_RESPONSES, json } from "../../http/openapi-helpers.ts";
import { validationHook } from "../../http/validation-hook.ts";
import { baselineSearch } from "./baseline-search.repository.ts";

const ZBaselineQuery = ZPageQuery.extend({
  q: z.string().trim().max(200).optional(),
  region: csvList(ZRegionCode),
});

const ZBaselineItem = z.object({
  serviceId: z.string(),
  locationId: z.string(),
  name: z.string().nullable(),
  organizationName: z.string().nullable(),
  regionCode: z.string(),
  locality: z.string().nullable(),
});

const baselineRoute = createRoute({
  method: "get",
  path: "/api/bench/baseline-search",
  tags: ["bench"],
  summary: "Naive search (ILIKE over joined base tables) that benchmarks compare the directory search with",
  description: "Mounted only when YNTYMAQ_BENCH_ROUTES=1. Not for production use.",
  request: { query: ZBaselineQuery },
  responses: {
    200: json(ZPage(ZBaselineItem), "A page of matching services at their locations"),
    400: ERROR_RESPONSES[400],
  },
});

export function baselineSearchRoutes() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(baselineRoute, async (c) => {
    const query = c.req.valid("query");
    const locale = c.get("locale");
    const { rows, total } = await baselineSearch(c.get("deps").db, query);
    const items = rows.map((row) => ({
      serviceId: row.serviceId,
      locationId: row.locationId,
      name: pickLocalized(row.name, locale)?.text ?? null,
      organizationName: pickLocalized(row.organizationName, locale)?.text ?? null,
      regionCode: row.regionCode,
      locality: pickLocalized(row.locality, locale)?.text ?? null,
    }));
    return c.json({ items, total, page: query.page, perPage: query.perPage }, 200);
  });
}
