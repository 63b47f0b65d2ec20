import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { AppError } from "./http/app-error.ts";
import type { AppDeps, AppEnv } from "./http/context.ts";
import { renderError } from "./http/error-handler.ts";
import { validationHook } from "./http/validation-hook.ts";
import { negotiateLocale } from "./i18n/translate.ts";
import { analyticsRoutes } from "./modules/analytics/analytics.routes.ts";
import { analyticsExportRoutes } from "./modules/analytics/analytics-export.routes.ts";
import { populationRoutes } from "./modules/analytics/population.routes.ts";
import { auditRoutes } from "./modules/audit/audit.routes.ts";
import { meRoutes } from "./modules/auth/me.routes.ts";
import { principalMiddleware } from "./modules/auth/principal.middleware.ts";
import { usersRoutes } from "./modules/auth/users.routes.ts";
import { branchesRoutes } from "./modules/branches/branches.routes.ts";
import { baselineSearchRoutes } from "./modules/directory/baseline-search.routes.ts";
import { directoryRoutes } from "./modules/directory/directory.routes.ts";
import { uncachedSearchRoutes } from "./modules/directory/uncached-search.routes.ts";
import { extractionRoutes } from "./modules/extraction/extraction.routes.ts";
import { extractionConfirmRoutes } from "./modules/extraction/extraction-confirm.routes.ts";
import { attachmentsRoutes } from "./modules/files/attachments.routes.ts";
import { filesRoutes } from "./modules/files/files.routes.ts";
import { homeRoutes } from "./modules/home/home.routes.ts";
import { initiativesRoutes } from "./modules/initiatives/initiatives.routes.ts";
import { hsdsRoutes } from "./modules/interop/hsds/hsds.routes.ts";
import { HSDS_IMPORT_PATH, hsdsAdminRoutes } from "./modules/interop/hsds/hsds-admin.routes.ts";
import { listExportRoutes } from "./modules/interop/spreadsheets/list-export.routes.ts";
import {
  SPREADSHEET_IMPORT_PATHS,
  spreadsheetImportRoutes,
} from "./modules/interop/spreadsheets/spreadsheet-import.routes.ts";
import { memorandaRoutes } from "./modules/memoranda/memoranda.routes.ts";
import { newsRoutes } from "./modules/news/news.routes.ts";
import { notificationsRoutes } from "./modules/notifications/notifications.routes.ts";
import { organizationsRoutes } from "./modules/organizations/organizations.routes.ts";
import { practicesRoutes } from "./modules/practices/practices.routes.ts";
import { regionsRoutes } from "./modules/regions/regions.routes.ts";
import { reportsRoutes } from "./modules/reports/reports.routes.ts";
import { servicesRoutes } from "./modules/services/services.routes.ts";
import { verificationRoutes } from "./modules/verification/verification.routes.ts";
import { publicSiteRoutes, renderNotFoundPage } from "./public-site/public-site.routes.ts";
import { csrfGuard } from "./security/csrf.ts";
import { SIGN_IN_PATH, throttledSignIn } from "./security/login-throttle.ts";
import { securityHeaders } from "./security/security-headers.ts";
import { webAppRoutes } from "./web-app/web-app.routes.ts";

const MAX_BODY_BYTES = 1024 * 1024;

export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.use("*", async (c, next) => {
    c.set("deps", deps);
    c.set("locale", negotiateLocale(c.req.query("lang"), c.req.header("accept-language")));
    await next();
  });
  app.use("*", securityHeaders(deps.config.baseUrl));
  const apiBodyLimit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => Promise.reject(new AppError("payload_too_large")),
  });
  // Uploads have their own, larger limits (see files.routes.ts, extraction.routes.ts, hsds-admin.routes.ts).
  const ownBodyLimit = new Set([
    "/api/files",
    "/api/extraction",
    HSDS_IMPORT_PATH,
    ...SPREADSHEET_IMPORT_PATHS,
  ]);
  app.use("/api/*", (c, next) => (ownBodyLimit.has(c.req.path) ? next() : apiBodyLimit(c, next)));
  app.post(SIGN_IN_PATH, (c) => throttledSignIn(c, () => deps.auth.handler(c.req.raw)));
  app.on(["GET", "POST"], "/api/auth/*", (c) => deps.auth.handler(c.req.raw));
  app.use("/api/*", csrfGuard(deps.config.baseUrl));
  app.use("/api/*", principalMiddleware);

  app.get("/api/health", (c) => c.json({ status: "ok" }));

  app.route("/", regionsRoutes());
  app.route("/", meRoutes());
  app.route("/", usersRoutes());
  app.route("/", branchesRoutes());
  app.route("/", memorandaRoutes());
  app.route("/", organizationsRoutes());
  app.route("/", servicesRoutes());
  app.route("/", initiativesRoutes());
  app.route("/", practicesRoutes());
  app.route("/", newsRoutes());
  app.route("/", directoryRoutes());
  if (deps.config.benchRoutes) {
    app.route("/", baselineSearchRoutes());
    app.route("/", uncachedSearchRoutes());
  }
  app.route("/", reportsRoutes());
  app.route("/", auditRoutes());
  app.route("/", filesRoutes());
  app.route("/", attachmentsRoutes());
  app.route("/", verificationRoutes());
  app.route("/", homeRoutes());
  app.route("/", notificationsRoutes());
  app.route("/", analyticsRoutes());
  app.route("/", analyticsExportRoutes());
  app.route("/", listExportRoutes());
  app.route("/", spreadsheetImportRoutes());
  app.route("/", populationRoutes());
  app.route("/", extractionRoutes());
  app.route("/", extractionConfirmRoutes());

  app.openAPIRegistry.registerComponent("securitySchemes", "cookieAuth", {
    type: "apiKey",
    in: "cookie",
    name: "better-auth.session_token",
  });
  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Yntymaq API",
      version: "0.1.0",
      description:
        "Partners, memoranda of cooperation and a public directory for children with special needs in Kazakhstan. " +
        "Errors are `{ error: { code, message, details } }` with `message` in the language of `?lang=` or Accept-Language.",
    },
  });

  app.route("/", hsdsAdminRoutes());
  app.route("/", hsdsRoutes());
  app.route("/", webAppRoutes());
  app.route("/", publicSiteRoutes());

  app.notFound((c) =>
    /^\/api(\/|$)/.test(c.req.path) ? renderError(AppError.notFound(), c) : renderNotFoundPage(c),
  );
  app.onError((error, c) => renderError(error, c));
  return app;
}

export type App = ReturnType<typeof createApp>;
