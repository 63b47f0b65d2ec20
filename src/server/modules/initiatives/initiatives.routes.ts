import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { ZIdParam } from "../../../shared/contracts/common.ts";
import {
  ZInitiative,
  ZInitiativeCreate,
  ZInitiativeListQuery,
  ZInitiativePage,
  ZInitiativeUpdate,
} from "../../../shared/contracts/initiatives.ts";
import { AppError } from "../../http/app-error.ts";
import type { AppEnv } from "../../http/context.ts";
import { requireUser } from "../../http/guards.ts";
import { cookieAuth, ERROR_RESPONSES, json, jsonBody } from "../../http/openapi-helpers.ts";
import { validationHook } from "../../http/validation-hook.ts";
import { findInitiative, listInitiatives } from "./initiatives.repository.ts";
import {
  createInitiative,
  deleteInitiative,
  presentInitiatives,
  updateInitiative,
} from "./initiatives.service.ts";

const tags = ["initiatives"];

const listRoute = createRoute({
  method: "get",
  path: "/api/initiatives",
  tags,
  summary:
    "Joint initiatives with reach totals for the whole filtered set; anonymous callers see only those under signed memoranda",
  request: { query: ZInitiativeListQuery },
  responses: { 200: json(ZInitiativePage, "A page of initiatives"), 400: ERROR_RESPONSES[400] },
});

const getRoute = createRoute({
  method: "get",
  path: "/api/initiatives/{id}",
  tags,
  summary: "One initiative",
  request: { params: ZIdParam },
  responses: { 200: json(ZInitiative, "The initiative"), 404: ERROR_RESPONSES[404] },
});

const createInitiativeRoute = createRoute({
  method: "post",
  path: "/api/initiatives",
  tags,
  summary: "Report an initiative (admin, coordinator of its region, or a partner party to all its memoranda)",
  security: cookieAuth,
  request: jsonBody(ZInitiativeCreate),
  responses: { 201: json(ZInitiative, "The new initiative"), ...ERROR_RESPONSES },
});

const updateRoute = createRoute({
  method: "patch",
  path: "/api/initiatives/{id}",
  tags,
  summary: "Change an initiative; send the version you read. Lists given replace the stored ones",
  security: cookieAuth,
  request: { params: ZIdParam, ...jsonBody(ZInitiativeUpdate) },
  responses: { 200: json(ZInitiative, "The updated initiative"), ...ERROR_RESPONSES },
});

const deleteRoute = createRoute({
  method: "delete",
  path: "/api/initiatives/{id}",
  tags,
  summary: "Delete an initiative",
  security: cookieAuth,
  request: { params: ZIdParam },
  responses: { 204: { description: "Deleted" }, ...ERROR_RESPONSES },
});

export function initiativesRoutes() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(listRoute, async (c) => {
      const query = c.req.valid("query");
      const { db } = c.get("deps");
      const principal = c.get("principal");
      const { records, total, reachTotals } = await listInitiatives(db, query, principal);
      const items = await presentInitiatives(db, principal, records);
      return c.json({ items, total, page: query.page, perPage: query.perPage, reachTotals }, 200);
    })
    .openapi(getRoute, async (c) => {
      const { db } = c.get("deps");
      const principal = c.get("principal");
      const record = await findInitiative(db, c.req.valid("param").id, principal);
      if (!record) throw AppError.notFound();
      const [item] = await presentInitiatives(db, principal, [record]);
      return c.json(item as NonNullable<typeof item>, 200);
    })
    .openapi(createInitiativeRoute, async (c) => {
      const principal = requireUser(c.get("principal"));
      return c.json(await createInitiative(c.get("deps").db, principal, c.req.valid("json")), 201);
    })
    .openapi(updateRoute, async (c) => {
      const principal = requireUser(c.get("principal"));
      const { id } = c.req.valid("param");
      return c.json(await updateInitiative(c.get("deps").db, principal, id, c.req.valid("json")), 200);
    })
    .openapi(deleteRoute, async (c) => {
      const principal = requireUser(c.get("principal"));
      await deleteInitiative(c.get("deps").db, principal, c.req.valid("param").id);
      return c.body(null, 204);
    });
}
