import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import {
  ZBranch,
  ZBranchCreate,
  ZBranchListQuery,
  ZBranchUpdate,
} from "../../../shared/contracts/branches.ts";
import { ZIdParam, ZPage } from "../../../shared/contracts/common.ts";
import { AppError } from "../../http/app-error.ts";
import type { AppEnv } from "../../http/context.ts";
import { requireUser } from "../../http/guards.ts";
import { cookieAuth, ERROR_RESPONSES, json, jsonBody } from "../../http/openapi-helpers.ts";
import { validationHook } from "../../http/validation-hook.ts";
import { findBranch, listBranches } from "./branches.repository.ts";
import { createBranch, deleteBranch, presentBranch, updateBranch } from "./branches.service.ts";

const tags = ["branches"];

const listRoute = createRoute({
  method: "get",
  path: "/api/branches",
  tags,
  summary: "The program owner's branches, public",
  request: { query: ZBranchListQuery },
  responses: { 200: json(ZPage(ZBranch), "A page of branches"), 400: ERROR_RESPONSES[400] },
});

const getRoute = createRoute({
  method: "get",
  path: "/api/branches/{id}",
  tags,
  summary: "One branch",
  request: { params: ZIdParam },
  responses: { 200: json(ZBranch, "The branch"), 404: ERROR_RESPONSES[404] },
});

const createBranchRoute = createRoute({
  method: "post",
  path: "/api/branches",
  tags,
  summary: "Create a branch (admin, or a coordinator in its region)",
  security: cookieAuth,
  request: jsonBody(ZBranchCreate),
  responses: { 201: json(ZBranch, "The new branch"), ...ERROR_RESPONSES },
});

const updateRoute = createRoute({
  method: "patch",
  path: "/api/branches/{id}",
  tags,
  summary: "Change a branch; send the version you read",
  security: cookieAuth,
  request: { params: ZIdParam, ...jsonBody(ZBranchUpdate) },
  responses: { 200: json(ZBranch, "The updated branch"), ...ERROR_RESPONSES },
});

const deleteRoute = createRoute({
  method: "delete",
  path: "/api/branches/{id}",
  tags,
  summary: "Delete a branch that nothing refers to",
  security: cookieAuth,
  request: { params: ZIdParam },
  responses: { 204: { description: "Deleted" }, ...ERROR_RESPONSES },
});

export function branchesRoutes() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(listRoute, async (c) => {
      const query = c.req.valid("query");
      const { rows, total } = await listBranches(c.get("deps").db, query);
      const principal = c.get("principal");
      return c.json(
        {
          items: rows.map((row) => presentBranch(row, principal)),
          total,
          page: query.page,
          perPage: query.perPage,
        },
        200,
      );
    })
    .openapi(getRoute, async (c) => {
      const row = await findBranch(c.get("deps").db, c.req.valid("param").id);
      if (!row) throw AppError.notFound();
      return c.json(presentBranch(row, c.get("principal")), 200);
    })
    .openapi(createBranchRoute, async (c) => {
      const principal = requireUser(c.get("principal"));
      return c.json(await createBranch(c.get("deps").db, principal, c.req.valid("json")), 201);
    })
    .openapi(updateRoute, async (c) => {
      const principal = requireUser(c.get("principal"));
      const { id } = c.req.valid("param");
      return c.json(await updateBranch(c.get("deps").db, principal, id, c.req.valid("json")), 200);
    })
    .openapi(deleteRoute, async (c) => {
      const principal = requireUser(c.get("principal"));
      await deleteBranch(c.get("deps").db, principal, c.req.valid("param").id);
      return c.body(null, 204);
    });
}
