import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { ZPage } from "../../../shared/contracts/common.ts";
import { ZUser, ZUserCreate, ZUserListQuery, ZUserUpdate } from "../../../shared/contracts/users.ts";
import { AppError } from "../../http/app-error.ts";
import type { AppEnv } from "../../http/context.ts";
import { requireRole } from "../../http/guards.ts";
import { cookieAuth, ERROR_RESPONSES, json, jsonBody } from "../../http/openapi-helpers.ts";
import { validationHook } from "../../http/validation-hook.ts";
import { findUser, listUsers } from "./users.repository.ts";
import { createUser, updateUser } from "./users.service.ts";

const ZUserIdParam = z.object({ id: z.string().min(1).max(100) });

const listRoute = createRoute({
  method: "get",
  path: "/api/users",
  tags: ["users"],
  summary: "Staff users (admin)",
  security: cookieAuth,
  request: { query: ZUserListQuery },
  responses: { 200: json(ZPage(ZUser), "A page of users"), ...ERROR_RESPONSES },
});

const createUserRoute = createRoute({
  method: "post",
  path: "/api/users",
  tags: ["users"],
  summary: "Invite a staff user (admin); the one-time password is returned once",
  security: cookieAuth,
  request: jsonBody(ZUserCreate),
  responses: {
    201: json(z.object({ user: ZUser, password: z.string() }), "The new user"),
    ...ERROR_RESPONSES,
  },
});

const getRoute = createRoute({
  method: "get",
  path: "/api/users/{id}",
  tags: ["users"],
  summary: "One user (admin)",
  security: cookieAuth,
  request: { params: ZUserIdParam },
  responses: { 200: json(ZUser, "The user"), ...ERROR_RESPONSES },
});

const updateRoute = createRoute({
  method: "patch",
  path: "/api/users/{id}",
  tags: ["users"],
  summary: "Change a user's role, scope or status (admin); deactivation ends their sessions",
  security: cookieAuth,
  request: { params: ZUserIdParam, ...jsonBody(ZUserUpdate) },
  responses: { 200: json(ZUser, "The updated user"), ...ERROR_RESPONSES },
});

export function usersRoutes() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(listRoute, async (c) => {
      requireRole(c.get("principal"), "admin");
      const query = c.req.valid("query");
      const page = await listUsers(c.get("deps").db, query);
      return c.json({ ...page, page: query.page, perPage: query.perPage }, 200);
    })
    .openapi(createUserRoute, async (c) => {
      const admin = requireRole(c.get("principal"), "admin");
      return c.json(await createUser(c.get("deps"), admin.id, c.req.valid("json")), 201);
    })
    .openapi(getRoute, async (c) => {
      requireRole(c.get("principal"), "admin");
      const user = await findUser(c.get("deps").db, c.req.valid("param").id);
      if (!user) throw AppError.notFound();
      return c.json(user, 200);
    })
    .openapi(updateRoute, async (c) => {
      const admin = requireRole(c.get("principal"), "admin");
      return c.json(
        await updateUser(c.get("deps").db, admin.id, c.req.valid("param").id, c.req.valid("json")),
        200,
      );
    });
}
