import type { MiddlewareHandler } from "hono";
import { AppError } from "../http/app-error.ts";
import type { AppEnv } from "../http/context.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-site request forgery guard for the app's own `/api` routes (better-auth guards `/api/auth/*`
 * itself). A state-changing request that carries cookies must come from the platform's own origin: its
 * `Origin` header equals the base URL's origin, or, when a browser sends no Origin, `Sec-Fetch-Site` says
 * same-origin. Requests without cookies (the CLI, scripts with no session) are not browser sessions and pass.
 */
export function csrfGuard(baseUrl: string): MiddlewareHandler<AppEnv> {
  const ownOrigin = new URL(baseUrl).origin;
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method) || !c.req.header("cookie")) return next();
    const origin = c.req.header("origin");
    const sameOrigin =
      origin !== undefined ? origin === ownOrigin : c.req.header("sec-fetch-site") === "same-origin";
    if (!sameOrigin) throw new AppError("forbidden", "errors.cross_site_request");
    return next();
  };
}
