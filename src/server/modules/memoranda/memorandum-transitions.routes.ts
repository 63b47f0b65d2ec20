import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { ZIdParam } from "../../../shared/contracts/common.ts";
import {
  ZMemorandum,
  ZMemorandumAmendmentCreate,
  ZMemorandumRenewalCreate,
  ZMemorandumTermination,
  ZMemorandumTransition,
} from "../../../shared/contracts/memoranda.ts";
import type { AppEnv } from "../../http/context.ts";
import { requireUser } from "../../http/guards.ts";
import { cookieAuth, ERROR_RESPONSES, json, jsonBody } from "../../http/openapi-helpers.ts";
import { validationHook } from "../../http/validation-hook.ts";
import { memorandaContext } from "./memoranda.context.ts";
import { amendMemorandum, renewMemorandum } from "./memorandum-successors.service.ts";
import { terminateMemorandum, transitionMemorandum } from "./memorandum-transitions.service.ts";

const tags = ["memoranda"];

const transitionRoute = createRoute({
  method: "post",
  path: "/api/memoranda/{id}/transitions",
  tags,
  summary:
    "Move through review: draft → in_review → approved → signed, or back one step. Signing needs the date, " +
    "the place and a signatory for every party (sent here or stored before)",
  security: cookieAuth,
  request: { params: ZIdParam, ...jsonBody(ZMemorandumTransition) },
  responses: { 200: json(ZMemorandum, "The memorandum in its new state"), ...ERROR_RESPONSES },
});

const terminateRoute = createRoute({
  method: "post",
  path: "/api/memoranda/{id}/terminate",
  tags,
  summary: "End a signed memorandum early, with the reason",
  security: cookieAuth,
  request: { params: ZIdParam, ...jsonBody(ZMemorandumTermination) },
  responses: { 200: json(ZMemorandum, "The terminated memorandum"), ...ERROR_RESPONSES },
});

const renewRoute = createRoute({
  method: "post",
  path: "/api/memoranda/{id}/renewals",
  tags,
  summary: "Start a renewal: a new draft with the same parties and scope; signing it marks this one renewed",
  security: cookieAuth,
  request: { params: ZIdParam, ...jsonBody(ZMemorandumRenewalCreate) },
  responses: { 201: json(ZMemorandum, "The renewal draft"), ...ERROR_RESPONSES },
});

const amendRoute = createRoute({
  method: "post",
  path: "/api/memoranda/{id}/amendments",
  tags,
  summary: "Start an amendment: a new draft linked to this memorandum",
  security: cookieAuth,
  request: { params: ZIdParam, ...jsonBody(ZMemorandumAmendmentCreate) },
  responses: { 201: json(ZMemorandum, "The amendment draft"), ...ERROR_RESPONSES },
});

export function memorandumTransitionsRoutes() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(transitionRoute, async (c) => {
      requireUser(c.get("principal"));
      const { id } = c.req.valid("param");
      return c.json(await transitionMemorandum(memorandaContext(c), id, c.req.valid("json")), 200);
    })
    .openapi(terminateRoute, async (c) => {
      requireUser(c.get("principal"));
      const { id } = c.req.valid("param");
      return c.json(await terminateMemorandum(memorandaContext(c), id, c.req.valid("json")), 200);
    })
    .openapi(renewRoute, async (c) => {
      requireUser(c.get("principal"));
      const { id } = c.req.valid("param");
      return c.json(await renewMemorandum(memorandaContext(c), id, c.req.valid("json")), 201);
    })
    .openapi(amendRoute, async (c) => {
      requireUser(c.get("principal"));
      const { id } = c.req.valid("param");
      return c.json(await amendMemorandum(memorandaContext(c), id, c.req.valid("json")), 201);
    });
}
