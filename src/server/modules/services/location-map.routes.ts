import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { ZLocationMap } from "../../../shared/contracts/location-map.ts";
import type { AppEnv } from "../../http/context.ts";
import { ERROR_RESPONSES, json } from "../../http/openapi-helpers.ts";
import { validationHook } from "../../http/validation-hook.ts";
import { locationMap } from "./location-map.ts";

const mapRoute = createRoute({
  method: "get",
  path: "/api/location-map",
  tags: ["locations"],
  summary: "Kazakhstan's regions as SVG paths with their projection, to place a location's pin; public",
  responses: { 200: json(ZLocationMap, "The regions and the projection"), 400: ERROR_RESPONSES[400] },
});

export function locationMapRoutes() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(mapRoute, (c) => {
    c.header("cache-control", "public, max-age=86400");
    return c.json(locationMap(), 200);
  });
}
