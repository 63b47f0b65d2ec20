import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { ZIdParam } from "../../../shared/contracts/common.ts";
import { ZCommitment, ZCommitmentCreate, ZCommitmentUpdate } from "../../../shared/contracts/memoranda.ts";
import type { AppEnv } from "../../http/context.ts";
import { requireUser } from "../../http/guards.ts";
import { cookieAuth, ERROR_RESPONSES, json, jsonBody } from "../../http/openapi-helpers.ts";
import { validationHook } from "../../http/validation-hook.ts";
import { createCommitment, deleteCommitment, updateCommitment } from "./commitments.service.ts";
import { memorandaContext } from "./memoranda.context.ts";

const tags = ["memoranda"];

const createCommitmentRoute = createRoute({
  method: "post",
  path: "/api/memoranda/{id}/commitments",
  tags,
  summary: "Add a commitment of one party of the memorandum",
  security: cookieAuth,
  request: { params: ZIdParam, ...jsonBody(ZCommitmentCreate) },
  responses: { 201: json(ZCommitment, "The new commitment"), ...ERROR_RESPONSES },
});

const updateRoute = createRoute({
  method: "patch",
  path: "/api/commitments/{id}",
  tags,
  summary: "Change a commitment; a partner may report status and evidence of its own party's commitments",
  security: cookieAuth,
  request: { params: ZIdParam, ...jsonBody(ZCommitmentUpdate) },
  responses: { 200: json(ZCommitment, "The updated commitment"), ...ERROR_RESPONSES },
});

const deleteRoute = createRoute({
  method: "delete",
  path: "/api/commitments/{id}",
  tags,
  summary: "Remove a commitment",
  security: cookieAuth,
  request: { params: ZIdParam },
  responses: { 204: { description: "Deleted" }, ...ERROR_RESPONSES },
});

export function commitmentsRoutes() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(createCommitmentRoute, async (c) => {
      requireUser(c.get("principal"));
      const { id } = c.req.valid("param");
      return c.json(await createCommitment(memorandaContext(c), id, c.req.valid("json")), 201);
    })
    .openapi(updateRoute, async (c) => {
      requireUser(c.get("principal"));
      const { id } = c.req.valid("param");
      return c.json(await updateCommitment(memorandaContext(c), id, c.req.valid("json")), 200);
    })
    .openapi(deleteRoute, async (c) => {
      requireUser(c.get("principal"));
      await deleteCommitment(memorandaContext(c), c.req.valid("param").id);
      return c.body(null, 204);
    });
}
