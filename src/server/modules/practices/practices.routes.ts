import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { ZIdParam, ZPage } from "../../../shared/contracts/common.ts";
import {
  ZPractice,
  ZPracticeCreate,
  ZPracticeListQuery,
  ZPracticeUpdate,
  ZReplicationsReplace,
} from "../../../shared/contracts/practices.ts";
import { AppError } from "../../http/app-error.ts";
import type { AppEnv } from "../../http/context.ts";
import { requireUser } from "../../http/guards.ts";
import { cookieAuth, ERROR_RESPONSES, json, jsonBody } from "../../http/openapi-helpers.ts";
import { validationHook } from "../../http/validation-hook.ts";
import { findPractice, listPractices } from "./practices.repository.ts";
import {
  createPractice,
  deletePractice,
  presentPractice,
  replacePracticeReplications,
  updatePractice,
} from "./practices.service.ts";

const tags = ["practices"];

const listRoute = createRoute({
  method: "get",
  path: "/api/practices",
  tags,
  summary: "The best-practice library; anonymous callers see published practices only",
  request: { query: ZPracticeListQuery },
  responses: { 200: json(ZPage(ZPractice), "A page of practices"), 400: ERROR_RESPONSES[400] },
});

const getRoute = createRoute({
  method: "get",
  path: "/api/practices/{id}",
  tags,
  summary: "One practice with the regions that replicated it",
  request: { params: ZIdParam },
  responses: { 200: json(ZPractice, "The practice"), 404: ERROR_RESPONSES[404] },
});

const createPracticeRoute = createRoute({
  method: "post",
  path: "/api/practices",
  tags,
  summary: "Describe a practice (admin, coordinator of its origin region, or the partner that authored it)",
  security: cookieAuth,
  request: jsonBody(ZPracticeCreate),
  responses: { 201: json(ZPractice, "The new practice"), ...ERROR_RESPONSES },
});

const updateRoute = createRoute({
  method: "patch",
  path: "/api/practices/{id}",
  tags,
  summary: "Change a practice; send the version you read",
  security: cookieAuth,
  request: { params: ZIdParam, ...jsonBody(ZPracticeUpdate) },
  responses: { 200: json(ZPractice, "The updated practice"), ...ERROR_RESPONSES },
});

const replicationsRoute = createRoute({
  method: "put",
  path: "/api/practices/{id}/replications",
  tags,
  summary: "Replace the set of regions that replicated a practice; send the version you read",
  security: cookieAuth,
  request: { params: ZIdParam, ...jsonBody(ZReplicationsReplace) },
  responses: { 200: json(ZPractice, "The practice with its new replications"), ...ERROR_RESPONSES },
});

const deleteRoute = createRoute({
  method: "delete",
  path: "/api/practices/{id}",
  tags,
  summary: "Delete a practice",
  security: cookieAuth,
  request: { params: ZIdParam },
  responses: { 204: { description: "Deleted" }, ...ERROR_RESPONSES },
});

export function practicesRoutes() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(listRoute, async (c) => {
      const query = c.req.valid("query");
      const principal = c.get("principal");
      const { records, total } = await listPractices(c.get("deps").db, query, principal);
      return c.json(
        {
          items: records.map((record) => presentPractice(record, principal)),
          total,
          page: query.page,
          perPage: query.perPage,
        },
        200,
      );
    })
    .openapi(getRoute, async (c) => {
      const principal = c.get("principal");
      const record = await findPractice(c.get("deps").db, c.req.valid("param").id, principal);
      if (!record) throw AppError.notFound();
      return c.json(presentPractice(record, principal), 200);
    })
    .openapi(createPracticeRoute, async (c) => {
      const principal = requireUser(c.get("principal"));
      return c.json(await createPractice(c.get("deps").db, principal, c.req.valid("json")), 201);
    })
    .openapi(updateRoute, async (c) => {
      const principal = requireUser(c.get("principal"));
      const { id } = c.req.valid("param");
      return c.json(await updatePractice(c.get("deps").db, principal, id, c.req.valid("json")), 200);
    })
    .openapi(replicationsRoute, async (c) => {
      const principal = requireUser(c.get("principal"));
      const { id } = c.req.valid("param");
      return c.json(
        await replacePracticeReplications(c.get("deps").db, principal, id, c.req.valid("json")),
        200,
      );
    })
    .openapi(deleteRoute, async (c) => {
      const principal = requireUser(c.get("principal"));
      await deletePractice(c.get("deps").db, principal, c.req.valid("param").id);
      return c.body(null, 204);
    });
}
