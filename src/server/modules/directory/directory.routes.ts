import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { ZDirectorySearchQuery, ZDirectorySearchResponse } from "../../../shared/contracts/directory.ts";
import type { AppEnv } from "../../http/context.ts";
import { ERROR_RESPONSES, json } from "../../http/openapi-helpers.ts";
import { validationHook } from "../../http/validation-hook.ts";
import { searchDirectoryJson } from "./directory-search.service.ts";

const searchRoute = createRoute({
  method: "get",
  path: "/api/directory/search",
  tags: ["directory"],
  summary: "Public search of published, active services: text in any script, filters, facets, nearest first",
  request: { query: ZDirectorySearchQuery },
  responses: {
    200: json(ZDirectorySearchResponse, "A page of results with facet counts"),
    400: ERROR_RESPONSES[400],
  },
});

export function directoryRoutes() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(searchRoute, async (c) => {
    const body = await searchDirectoryJson(c.get("deps").db, c.req.valid("query"), c.get("locale"));
    // The JSON is cached as text; the typed response is what searchDirectoryJson serialized.
    return c.body(body, 200, { "content-type": "application/json" }) as never;
  });
}
