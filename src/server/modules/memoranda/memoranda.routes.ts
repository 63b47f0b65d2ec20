import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { ZIdParam, ZPage } from "../../../shared/contracts/common.ts";
import {
  ZMemorandum,
  ZMemorandumCreate,
  ZMemorandumListQuery,
  ZMemorandumSummary,
  ZMemorandumUpdate,
} from "../../../shared/contracts/memoranda.ts";
import type { AppEnv } from "../../http/context.ts";
import { requireUser } from "../../http/guards.ts";
import { cookieAuth, ERROR_RESPONSES, json, jsonBody } from "../../http/openapi-helpers.ts";
import { validationHook } from "../../http/validation-hook.ts";
import { commitmentsRoutes } from "./commitments.routes.ts";
import { memorandaContext } from "./memoranda.context.ts";
import { createMemorandum, deleteMemorandum, updateMemorandum } from "./memoranda.service.ts";
import { readMemorandum, readMemorandumPage } from "./memorandum-read.service.ts";
import { memorandumTransitionsRoutes } from "./memorandum-transitions.routes.ts";

const tags = ["memoranda"];

const listRoute = createRoute({
  method: "get",
  path: "/api/memoranda",
  tags,
  summary: "Memoranda of cooperation the caller may see: signed ones for everyone, drafts by scope",
  request: { query: ZMemorandumListQuery },
  responses: { 200: json(ZPage(ZMemorandumSummary), "A page of memoranda"), 400: ERROR_RESPONSES[400] },
});

const getRoute = createRoute({
  method: "get",
  path: "/api/memoranda/{id}",
  tags,
  summary: "One memorandum with parties, commitments, linked memoranda and the caller's permissions",
  request: { params: ZIdParam },
  responses: { 200: json(ZMemorandum, "The memorandum"), 404: ERROR_RESPONSES[404] },
});

const createMemorandumRoute = createRoute({
  method: "post",
  path: "/api/memoranda",
  tags,
  summary: "Create a draft (admin, or a coordinator whose regions hold every branch party)",
  security: cookieAuth,
  request: jsonBody(ZMemorandumCreate),
  responses: { 201: json(ZMemorandum, "The new draft"), ...ERROR_RESPONSES },
});

const updateRoute = createRoute({
  method: "patch",
  path: "/api/memoranda/{id}",
  tags,
  summary: "Change a draft or a memorandum in review; send the version you read",
  security: cookieAuth,
  request: { params: ZIdParam, ...jsonBody(ZMemorandumUpdate) },
  responses: { 200: json(ZMemorandum, "The updated memorandum"), ...ERROR_RESPONSES },
});

const deleteRoute = createRoute({
  method: "delete",
  path: "/api/memoranda/{id}",
  tags,
  summary: "Delete a draft",
  security: cookieAuth,
  request: { params: ZIdParam },
  responses: { 204: { description: "Deleted" }, ...ERROR_RESPONSES },
});

/** All memoranda routes, including transitions and commitments, mounted with one line in app.ts. */
export function memorandaRoutes() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(listRoute, async (c) =>
      c.json(await readMemorandumPage(memorandaContext(c), c.req.valid("query")), 200),
    )
    .openapi(getRoute, async (c) =>
      c.json(await readMemorandum(memorandaContext(c), c.req.valid("param").id), 200),
    )
    .openapi(createMemorandumRoute, async (c) => {
      requireUser(c.get("principal"));
      return c.json(await createMemorandum(memorandaContext(c), c.req.valid("json")), 201);
    })
    .openapi(updateRoute, async (c) => {
      requireUser(c.get("principal"));
      const { id } = c.req.valid("param");
      return c.json(await updateMemorandum(memorandaContext(c), id, c.req.valid("json")), 200);
    })
    .openapi(deleteRoute, async (c) => {
      requireUser(c.get("principal"));
      await deleteMemorandum(memorandaContext(c), c.req.valid("param").id);
      return c.body(null, 204);
    })
    .route("/", memorandumTransitionsRoutes())
    .route("/", commitmentsRoutes());
}
