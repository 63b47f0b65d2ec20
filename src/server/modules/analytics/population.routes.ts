import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import {
  ZPopulationList,
  ZPopulationUpdate,
  ZRegionPopulation,
} from "../../../shared/contracts/analytics.ts";
import { ZRegionCode } from "../../../shared/contracts/common.ts";
import { withActor } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import type { AppEnv } from "../../http/context.ts";
import { requireRole } from "../../http/guards.ts";
import { cookieAuth, ERROR_RESPONSES, json, jsonBody } from "../../http/openapi-helpers.ts";
import { validationHook } from "../../http/validation-hook.ts";
import { analyticsScopeOf, canEditPopulation, regionsToRead } from "./analytics.policy.ts";
import { ANALYTICS_TAGS } from "./analytics-openapi.ts";
import { listPopulation, regionExists, upsertPopulation } from "./population.repository.ts";

const tags = ANALYTICS_TAGS;

const listRoute = createRoute({
  method: "get",
  path: "/api/analytics/population",
  tags,
  summary:
    "Child population per region of the caller's scope, for per-10,000-children figures, with its source",
  security: cookieAuth,
  responses: {
    200: json(ZPopulationList, "Regions with their entered population (null when not entered)"),
    401: ERROR_RESPONSES[401],
    403: ERROR_RESPONSES[403],
  },
});

const updateRoute = createRoute({
  method: "put",
  path: "/api/analytics/population/{regionCode}",
  tags,
  summary: "Enter or correct a region's child population, its year and source (admin)",
  security: cookieAuth,
  request: { params: z.object({ regionCode: ZRegionCode }), ...jsonBody(ZPopulationUpdate) },
  responses: { 200: json(ZRegionPopulation, "The region's population as stored"), ...ERROR_RESPONSES },
});

export function populationRoutes() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(listRoute, async (c) => {
      const principal = c.get("principal");
      const regionCodes = regionsToRead(analyticsScopeOf(principal), undefined);
      const items = await listPopulation(c.get("deps").db, regionCodes);
      return c.json({ items, permissions: { update: canEditPopulation(principal) } }, 200);
    })
    .openapi(updateRoute, async (c) => {
      const user = requireRole(c.get("principal"), "admin");
      const { regionCode } = c.req.valid("param");
      const { db } = c.get("deps");
      if (!(await regionExists(db, regionCode))) throw AppError.notFound();
      await withActor(db, user.id, (tx) => upsertPopulation(tx, regionCode, c.req.valid("json"), user.id));
      const [row] = await listPopulation(db, [regionCode]);
      if (!row) throw AppError.notFound();
      return c.json(row, 200);
    });
}
