import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { ZRegion, ZRegionListQuery, ZRegionParam } from "../../../shared/contracts/regions.ts";
import { AppError } from "../../http/app-error.ts";
import type { AppEnv } from "../../http/context.ts";
import { ERROR_RESPONSES, json } from "../../http/openapi-helpers.ts";
import { validationHook } from "../../http/validation-hook.ts";
import { findRegion, listRegions } from "./regions.repository.ts";

const listRoute = createRoute({
  method: "get",
  path: "/api/regions",
  tags: ["regions"],
  summary: "Kazakhstan's 20 top-level units, public",
  request: { query: ZRegionListQuery },
  responses: { 200: json(z.object({ items: z.array(ZRegion) }), "The regions"), 400: ERROR_RESPONSES[400] },
});

const getRoute = createRoute({
  method: "get",
  path: "/api/regions/{code}",
  tags: ["regions"],
  summary: "One region by ISO 3166-2 code",
  request: { params: ZRegionParam },
  responses: { 200: json(ZRegion, "The region"), 404: ERROR_RESPONSES[404] },
});

export function regionsRoutes() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(listRoute, async (c) => {
      const { kind } = c.req.valid("query");
      return c.json({ items: await listRegions(c.get("deps").db, kind) }, 200);
    })
    .openapi(getRoute, async (c) => {
      const region = await findRegion(c.get("deps").db, c.req.valid("param").code);
      if (!region) throw AppError.notFound();
      return c.json(region, 200);
    });
}
