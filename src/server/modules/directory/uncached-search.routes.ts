import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { ZDirectorySearchQuery, ZDirectorySearchResponse } from "../../../shared/contracts/directory.ts";
import type { AppEnv } from "../../http/context.ts";
import { ERROR_RESPONSES, json } from "../../http/openapi-helpers.ts";
import { validationHook } from "../../http/validation-hook.ts";
import { searchDirectoryUncached } from "./directory-search.service.ts";

const uncachedSearchRoute = createRoute({
  method: "get",
  path: "/api/bench/search-uncached",
  tags: ["bench"],
  summary: "The directory search without its result cache, so benchmarks measure every query's full cost",
  description: "Mounted only when YNTYMAQ_BENCH_ROUTES=1. Not for production use.",
  request: { query: ZDirectorySearchQuery },
  responses: {
    200: json(ZDirectorySearchResponse, "A page of results with facet counts"),
    400: ERROR_RESPONSES[400],
  },
});

export function uncachedSearchRoutes() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(uncachedSearchRoute, async (c) => {
    const result = await searchDirectoryUncached(c.get("deps").db, c.req.valid("query"), c.get("locale"));
    return c.json(result, 200);
  });
}
