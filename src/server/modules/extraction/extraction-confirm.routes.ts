import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { ZExtractionConfirm, ZExtractionConfirmResult } from "../../../shared/contracts/extraction.ts";
import type { AppEnv } from "../../http/context.ts";
import { requireUser } from "../../http/guards.ts";
import { cookieAuth, ERROR_RESPONSES, json, jsonBody } from "../../http/openapi-helpers.ts";
import { validationHook } from "../../http/validation-hook.ts";
import { confirmExtraction } from "./extraction-confirm.service.ts";

const confirmRoute = createRoute({
  method: "post",
  path: "/api/extraction/confirm",
  tags: ["extraction"],
  summary:
    "Create what a person confirmed from a press release: new branches, new partners and draft memoranda " +
    "with their parties, in one transaction (admin, or a coordinator within its regions)",
  security: cookieAuth,
  request: jsonBody(ZExtractionConfirm),
  responses: { 201: json(ZExtractionConfirmResult, "The ids of what was created"), ...ERROR_RESPONSES },
});

export function extractionConfirmRoutes() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(confirmRoute, async (c) => {
    const principal = requireUser(c.get("principal"));
    const { db } = c.get("deps");
    return c.json(await confirmExtraction(db, principal, c.req.valid("json")), 201);
  });
}
