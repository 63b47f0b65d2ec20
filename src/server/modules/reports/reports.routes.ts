import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { ZIdParam, ZPage } from "../../../shared/contracts/common.ts";
import { ZReport, ZReportListQuery, ZReportResolve } from "../../../shared/contracts/reports.ts";
import type { AppEnv } from "../../http/context.ts";
import { requireUser } from "../../http/guards.ts";
import { cookieAuth, ERROR_RESPONSES, json, jsonBody } from "../../http/openapi-helpers.ts";
import { validationHook } from "../../http/validation-hook.ts";
import { listReports } from "./reports.repository.ts";
import { presentReport, resolveReport } from "./reports.service.ts";

const tags = ["reports"];

const listRoute = createRoute({
  method: "get",
  path: "/api/reports",
  tags,
  summary:
    "Problems families reported on public listings, newest first: admins and viewers see all, " +
    "a coordinator those of its regions, a partner those on its own organization and services",
  security: cookieAuth,
  request: { query: ZReportListQuery },
  responses: {
    200: json(ZPage(ZReport), "A page of reports"),
    400: ERROR_RESPONSES[400],
    401: ERROR_RESPONSES[401],
  },
});

const resolveRoute = createRoute({
  method: "post",
  path: "/api/reports/{id}/resolve",
  tags,
  summary: "Close an open report with a note on what was done (admin, or the coordinator of its region)",
  security: cookieAuth,
  request: { params: ZIdParam, ...jsonBody(ZReportResolve) },
  responses: { 200: json(ZReport, "The resolved report"), ...ERROR_RESPONSES },
});

export function reportsRoutes() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(listRoute, async (c) => {
      const principal = requireUser(c.get("principal"));
      const query = c.req.valid("query");
      const { rows, total } = await listReports(c.get("deps").db, principal, query);
      return c.json(
        {
          items: rows.map((row) => presentReport(row, principal)),
          total,
          page: query.page,
          perPage: query.perPage,
        },
        200,
      );
    })
    .openapi(resolveRoute, async (c) => {
      const principal = requireUser(c.get("principal"));
      const { id } = c.req.valid("param");
      return c.json(await resolveReport(c.get("deps").db, principal, id, c.req.valid("json")), 200);
    });
}
