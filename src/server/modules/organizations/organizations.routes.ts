import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { ZIdParam, ZPage } from "../../../shared/contracts/common.ts";
import {
  ZOrganization,
  ZOrganizationCreate,
  ZOrganizationListQuery,
  ZOrganizationUpdate,
} from "../../../shared/contracts/organizations.ts";
import { AppError } from "../../http/app-error.ts";
import type { AppEnv } from "../../http/context.ts";
import { requireUser } from "../../http/guards.ts";
import { cookieAuth, ERROR_RESPONSES, json, jsonBody } from "../../http/openapi-helpers.ts";
import { validationHook } from "../../http/validation-hook.ts";
import { organizationMergeRoutes } from "./organization-merge.routes.ts";
import { findVisibleOrganization, listOrganizations } from "./organizations.repository.ts";
import {
  createOrganization,
  deleteOrganization,
  presentOrganization,
  updateOrganization,
  verifyOrganization,
} from "./organizations.service.ts";

const tags = ["organizations"];

const listRoute = createRoute({
  method: "get",
  path: "/api/organizations",
  tags,
  summary: "Partner organizations; anonymous callers see published, active ones",
  request: { query: ZOrganizationListQuery },
  responses: { 200: json(ZPage(ZOrganization), "A page of organizations"), 400: ERROR_RESPONSES[400] },
});

const getRoute = createRoute({
  method: "get",
  path: "/api/organizations/{id}",
  tags,
  summary: "One organization",
  request: { params: ZIdParam },
  responses: { 200: json(ZOrganization, "The organization"), 404: ERROR_RESPONSES[404] },
});

const createOrganizationRoute = createRoute({
  method: "post",
  path: "/api/organizations",
  tags,
  summary: "Register a partner organization (admin, or a coordinator for one serving only its own regions)",
  security: cookieAuth,
  request: jsonBody(ZOrganizationCreate),
  responses: { 201: json(ZOrganization, "The new organization"), ...ERROR_RESPONSES },
});

const updateRoute = createRoute({
  method: "patch",
  path: "/api/organizations/{id}",
  tags,
  summary: "Change an organization (admin, or its own partner except status and published); send the version",
  security: cookieAuth,
  request: { params: ZIdParam, ...jsonBody(ZOrganizationUpdate) },
  responses: { 200: json(ZOrganization, "The updated organization"), ...ERROR_RESPONSES },
});

const deleteRoute = createRoute({
  method: "delete",
  path: "/api/organizations/{id}",
  tags,
  summary: "Delete an organization with its locations and services (admin); 409 while others refer to it",
  security: cookieAuth,
  request: { params: ZIdParam },
  responses: { 204: { description: "Deleted" }, ...ERROR_RESPONSES },
});

const verifyRoute = createRoute({
  method: "post",
  path: "/api/organizations/{id}/verify",
  tags,
  summary: "Record that the organization's data was checked today (admin)",
  security: cookieAuth,
  request: { params: ZIdParam },
  responses: { 200: json(ZOrganization, "The organization with its new lastVerifiedAt"), ...ERROR_RESPONSES },
});

export function organizationsRoutes() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(listRoute, async (c) => {
      const query = c.req.valid("query");
      const principal = c.get("principal");
      const { rows, total } = await listOrganizations(c.get("deps").db, principal, query);
      const items = rows.map((row) => presentOrganization(row, principal));
      return c.json({ items, total, page: query.page, perPage: query.perPage }, 200);
    })
    .openapi(getRoute, async (c) => {
      const principal = c.get("principal");
      const row = await findVisibleOrganization(c.get("deps").db, principal, c.req.valid("param").id);
      if (!row) throw AppError.notFound();
      return c.json(presentOrganization(row, principal), 200);
    })
    .openapi(createOrganizationRoute, async (c) => {
      const principal = requireUser(c.get("principal"));
      return c.json(await createOrganization(c.get("deps").db, principal, c.req.valid("json")), 201);
    })
    .openapi(updateRoute, async (c) => {
      const principal = requireUser(c.get("principal"));
      const { id } = c.req.valid("param");
      return c.json(await updateOrganization(c.get("deps").db, principal, id, c.req.valid("json")), 200);
    })
    .openapi(deleteRoute, async (c) => {
      const principal = requireUser(c.get("principal"));
      await deleteOrganization(c.get("deps").db, principal, c.req.valid("param").id);
      return c.body(null, 204);
    })
    .openapi(verifyRoute, async (c) => {
      const principal = requireUser(c.get("principal"));
      return c.json(await verifyOrganization(c.get("deps").db, principal, c.req.valid("param").id), 200);
    })
    .route("/", organizationMergeRoutes());
}
