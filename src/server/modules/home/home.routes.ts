import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { ZHome } from "../../../shared/contracts/home.ts";
import type { AppEnv } from "../../http/context.ts";
import { requireUser } from "../../http/guards.ts";
import { cookieAuth, ERROR_RESPONSES, json } from "../../http/openapi-helpers.ts";
import { validationHook } from "../../http/validation-hook.ts";
import { loadHome } from "./home.service.ts";

const homeRoute = createRoute({
  method: "get",
  path: "/api/home",
  tags: ["home"],
  summary: "The staff home screen: counts and lists that need attention, within the caller's scope",
  security: cookieAuth,
  responses: { 200: json(ZHome, "The caller's home summary"), 401: ERROR_RESPONSES[401] },
});

export function homeRoutes() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(homeRoute, async (c) => {
    const principal = requireUser(c.get("principal"));
    return c.json(await loadHome(c.get("deps"), principal), 200);
  });
}
