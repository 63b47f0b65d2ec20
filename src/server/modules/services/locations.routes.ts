import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { ZIdParam, ZPage } from "../../../shared/contracts/common.ts";
import {
  ZLocation,
  ZLocationCreate,
  ZLocationListQuery,
  ZLocationUpdate,
} from "../../../shared/contracts/services.ts";
import { AppError } from "../../http/app-error.ts";
import type { AppEnv } from "../../http/context.ts";
import { requireUser } from "../../http/guards.ts";
import { cookieAuth, ERROR_RESPONSES, json, jsonBody } from "../../http/openapi-helpers.ts";
import { validationHook } from "../../http/validation-hook.ts";
import { findVisibleOrganization } from "../organizations/organizations.repository.ts";
import { findVisibleLocation, listLocations } from "./locations.repository.ts";
import { createLocation, deleteLocation, presentLocation, updateLocation } from "./locations.service.ts";

const tags = ["locations"];

const listRoute = createRoute({
  method: "get",
  path: "/api/organizations/{id}/locations",
  tags,
  summary: "The places where an organization works",
  request: { params: ZIdParam, query: ZLocationListQuery },
  responses: {
    200: json(ZPage(ZLocation), "A page of locations"),
    400: ERROR_RESPONSES[400],
    404: ERROR_RESPONSES[404],
  },
});

const createLocationRoute = createRoute({
  method: "post",
  path: "/api/organizations/{id}/locations",
  tags,
  summary: "Add a location (admin, or the organization's partner)",
  security: cookieAuth,
  request: { params: ZIdParam, ...jsonBody(ZLocationCreate) },
  responses: { 201: json(ZLocation, "The new location"), ...ERROR_RESPONSES },
});

const getRoute = createRoute({
  method: "get",
  path: "/api/locations/{id}",
  tags,
  summary: "One location",
  request: { params: ZIdParam },
  responses: { 200: json(ZLocation, "The location"), 404: ERROR_RESPONSES[404] },
});

const updateRoute = createRoute({
  method: "patch",
  path: "/api/locations/{id}",
  tags,
  summary: "Change a location; send the version you read",
  security: cookieAuth,
  request: { params: ZIdParam, ...jsonBody(ZLocationUpdate) },
  responses: { 200: json(ZLocation, "The updated location"), ...ERROR_RESPONSES },
});

const deleteRoute = createRoute({
  method: "delete",
  path: "/api/locations/{id}",
  tags,
  summary: "Delete a location; services no longer list it",
  security: cookieAuth,
  request: { params: ZIdParam },
  responses: { 204: { description: "Deleted" }, ...ERROR_RESPONSES },
});

export function locationsRoutes() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(listRoute, async (c) => {
      const { db } = c.get("deps");
      const principal = c.get("principal");
      const { id } = c.req.valid("param");
      const query = c.req.valid("query");
      if (!(await findVisibleOrganization(db, principal, id))) throw AppError.notFound();
      const { rows, total } = await listLocations(db, id, query);
      const items = rows.map((row) => presentLocation(row, principal));
      return c.json({ items, total, page: query.page, perPage: query.perPage }, 200);
    })
    .openapi(createLocationRoute, async (c) => {
      const principal = requireUser(c.get("principal"));
      const { id } = c.req.valid("param");
      return c.json(await createLocation(c.get("deps").db, principal, id, c.req.valid("json")), 201);
    })
    .openapi(getRoute, async (c) => {
      const principal = c.get("principal");
      const row = await findVisibleLocation(c.get("deps").db, principal, c.req.valid("param").id);
      if (!row) throw AppError.notFound();
      return c.json(presentLocation(row, principal), 200);
    })
    .openapi(updateRoute, async (c) => {
      const principal = requireUser(c.get("principal"));
      const { id } = c.req.valid("param");
      return c.json(await updateLocation(c.get("deps").db, principal, id, c.req.valid("json")), 200);
    })
    .openapi(deleteRoute, async (c) => {
      const principal = requireUser(c.get("principal"));
      await deleteLocation(c.get("deps").db, principal, c.req.valid("param").id);
      return c.body(null, 204);
    });
}
