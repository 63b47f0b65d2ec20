import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { ZMe } from "../../../shared/contracts/users.ts";
import { AppError } from "../../http/app-error.ts";
import type { AppEnv } from "../../http/context.ts";
import { requireUser } from "../../http/guards.ts";
import { cookieAuth, ERROR_RESPONSES, json } from "../../http/openapi-helpers.ts";
import { validationHook } from "../../http/validation-hook.ts";
import { capabilitiesOf } from "./capabilities.ts";
import { findUser } from "./users.repository.ts";

const meRoute = createRoute({
  method: "get",
  path: "/api/me",
  tags: ["auth"],
  summary: "The signed-in user, with the role's capabilities",
  security: cookieAuth,
  responses: { 200: json(ZMe, "The current user"), 401: ERROR_RESPONSES[401] },
});

export function meRoutes() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(meRoute, async (c) => {
    const principal = requireUser(c.get("principal"));
    const user = await findUser(c.get("deps").db, principal.id);
    if (!user) throw new AppError("unauthenticated");
    return c.json({ user, capabilities: capabilitiesOf(principal) }, 200);
  });
}
