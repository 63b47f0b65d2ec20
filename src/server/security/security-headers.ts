import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";
import type { AppEnv } from "../http/context.ts";

/**
 * The policy of every response that does not set its own (the public site, the API, errors): scripts
 * only from this origin and never inline, no framing, nothing loaded from other origins.
 * JSON-LD `<script type="application/ld+json">` blocks are data, which CSP does not block.
 */
export const DEFAULT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const HSTS = "max-age=31536000; includeSubDomains";

/**
 * Security headers for every response. HSTS only when the platform is served over TLS (its base URL is
 * https), since on plain http it would break a local install; no `Server` or `X-Powered-By` banner.
 */
export function securityHeaders(baseUrl: string): MiddlewareHandler<AppEnv> {
  const overTls = baseUrl.startsWith("https://");
  const standard = secureHeaders({
    strictTransportSecurity: overTls ? HSTS : false,
    xFrameOptions: "DENY",
  });
  return async (c, next) => {
    await standard(c, async () => {
      await next();
      // Routes with their own policy (the SPA, downloaded files) keep it.
      if (!c.res.headers.has("Content-Security-Policy")) {
        c.res.headers.set("Content-Security-Policy", DEFAULT_CSP);
      }
      c.res.headers.delete("Server");
      c.res.headers.delete("X-Powered-By");
    });
  };
}
