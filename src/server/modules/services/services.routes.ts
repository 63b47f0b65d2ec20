import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { ZIdParam, ZPage } from "../../../shared/contracts/common.ts";
import {
  ZService,
  ZServiceCategory,
  ZServiceCreate,
  ZServiceListQuery,
  ZServiceUpdate,
} from "../../../shared/contracts/services.ts";
import { AppError } from "../../http/app-error.ts";
import type { AppEnv } from "../../http/context.ts";
import { requireUser } from "../../http/guards.ts";
import { cookieAuth, ERROR_RESPONSES, json, jsonBody } from "../../http/openapi-helpers.ts";
import { validationHook } from "../../http/validation-hook.ts";
import { locationMapRoutes } from "./location-map.routes.ts";
import { locationsRoutes } from "./locations.routes.ts";
import { listServiceCategories } from "./service-categories.repository.ts";
import { findVisibleService, listServices } from "./services.repository.ts";
import {
  createService,
  deleteService,
  presentService,
  updateService,
  verifyService,
} from "./services.service.ts";

const tags = ["services"];

const categoriesRoute = createRoute({
  method: "get",
  path: "/api/service-categories",
  tags,
  summary: "The taxonomy of service categories, public",
  responses: {
    200: json(z.object({ items: z.array(ZServiceCategory) }), "The categories in display order"),
    400: ERROR_RESPONSES[400],
  },
});

const listRoute = createRoute({
  method: "get",
  path: "/api/services",
  tags,
  summary: "Services; anonymous callers see published, active services of published, active organizations",
  request: { query: ZServiceListQuery },
  responses: { 200: json(ZPage(ZService), "A page of services"), 400: ERROR_RESPONSES[400] },
});

const getRoute = createRoute({
  method: "get",
  path: "/api/services/{id}",
  tags,
  summary: "One service with its locations",
  request: { params: ZIdParam },
  responses: { 200: json(ZService, "The service"), 404: ERROR_RESPONSES[404] },
});

const createServiceRoute = createRoute({
  method: "post",
  path: "/api/services",
  tags,
  summary: "Add a service (admin, or the organization's partner)",
  security: cookieAuth,
  request: jsonBody(ZServiceCreate),
  responses: { 201: json(ZService, "The new service"), ...ERROR_RESPONSES },
});

const updateRoute = createRoute({
  method: "patch",
  path: "/api/services/{id}",
  tags,
  summary: "Change a service; send the version you read",
  security: cookieAuth,
  request: { params: ZIdParam, ...jsonBody(ZServiceUpdate) },
  responses: { 200: json(ZService, "The updated service"), ...ERROR_RESPONSES },
});

const deleteRoute = createRoute({
  method: "delete",
  path: "/api/services/{id}",
  tags,
  summary: "Delete a service",
  security: cookieAuth,
  request: { params: ZIdParam },
  responses: { 204: { description: "Deleted" }, ...ERROR_RESPONSES },
});

const verifyRoute = createRoute({
  method: "post",
  path: "/api/services/{id}/verify",
  tags,
  summary: "Record that the service's data was checked today (admin)",
  security: cookieAuth,
  request: { params: ZIdParam },
  responses: { 200: json(ZService, "The service with its new lastVerifiedAt"), ...ERROR_RESPONSES },
});

/** Services, their taxonomy and the locations they are offered at. */
export function servicesRoutes() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(categoriesRoute, async (c) =>
      c.json({ items: await listServiceCategories(c.get("deps").db) }, 200),
    )
    .openapi(listRoute, async (c) => {
      const query = c.req.valid("query");
      const principal = c.get("principal");
      const { rows, total } = await listServices(c.get("deps").db, principal, query);
      const items = rows.map((row) => presentService(row, principal));
      return c.json({ items, total, page: query.page, perPage: query.perPage }, 200);
    })
    .openapi(getRoute, async (c) => {
      const principal = c.get("principal");
      const row = await findVisibleService(c.get("deps").db, principal, c.req.valid("param").id);
      if (!row) throw AppError.notFound();
      return c.json(presentService(row, principal), 200);
    })
    .openapi(createServiceRoute, async (c) => {
      const principal = requireUser(c.get("principal"));
      return c.json(await createService(c.get("deps").db, principal, c.req.valid("json")), 201);
    })
    .openapi(updateRoute, async (c) => {
      const principal = requireUser(c.get("principal"));
      const { id } = c.req.valid("param");
      return c.json(await updateService(c.get("deps").db, principal, id, c.req.valid("json")), 200);
    })
    .openapi(deleteRoute, async (c) => {
      const principal = requireUser(c.get("principal"));
      await deleteService(c.get("deps").db, principal, c.req.valid("param").id);
      return c.body(null, 204);
    })
    .openapi(verifyRoute, async (c) => {
      const principal = requireUser(c.get("principal"));
      return c.json(await verifyService(c.get("deps").db, principal, c.req.valid("param").id), 200);
    })
    .route("/", locationsRoutes())
    .route("/", locationMapRoutes());
}
