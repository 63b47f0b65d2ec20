import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { ZIdParam } from "../../../shared/contracts/common.ts";
import { ZOrganizationMerge, ZOrganizationMergeResult } from "../../../shared/contracts/organizations.ts";
import type { AppEnv } from "../../http/context.ts";
import { requireUser } from "../../http/guards.ts";
import { cookieAuth, ERROR_RESPONSES, json, jsonBody } from "../../http/openapi-helpers.ts";
import { validationHook } from "../../http/validation-hook.ts";
import { mergeOrganizations } from "./organization-merge.service.ts";

const mergeRoute = createRoute({
  method: "post",
  path: "/api/organizations/{id}/merge",
  tags: ["organizations"],
  summary:
    "Merge a duplicate into this organization (admin, or a coordinator of a region both serve): its services, " +
    "locations, memorandum parties, initiatives, practices, users, news links and reports move here, and the " +
    "duplicate is archived with `mergedIntoId` pointing here. Send this organization's version",
  security: cookieAuth,
  request: { params: ZIdParam, ...jsonBody(ZOrganizationMerge) },
  responses: {
    200: json(ZOrganizationMergeResult, "The kept organization and what moved"),
    ...ERROR_RESPONSES,
  },
});

export function organizationMergeRoutes() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(mergeRoute, async (c) => {
    const principal = requireUser(c.get("principal"));
    const { id } = c.req.valid("param");
    return c.json(await mergeOrganizations(c.get("deps").db, principal, id, c.req.valid("json")), 200);
  });
}
