import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { ZAuditEntry, ZAuditQuery } from "../../../shared/contracts/audit.ts";
import { ZPage } from "../../../shared/contracts/common.ts";
import { AppError } from "../../http/app-error.ts";
import type { AppEnv } from "../../http/context.ts";
import { requireUser } from "../../http/guards.ts";
import { cookieAuth, ERROR_RESPONSES, json } from "../../http/openapi-helpers.ts";
import { validationHook } from "../../http/validation-hook.ts";
import { canReadAudit } from "./audit.access.ts";
import { listAuditEntries } from "./audit.repository.ts";

const listRoute = createRoute({
  method: "get",
  path: "/api/audit",
  tags: ["audit"],
  summary: "The change history of one record: who, when, what, before and after",
  security: cookieAuth,
  request: { query: ZAuditQuery },
  responses: { 200: json(ZPage(ZAuditEntry), "Newest first"), ...ERROR_RESPONSES },
});

export function auditRoutes() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(listRoute, async (c) => {
    const principal = requireUser(c.get("principal"));
    const query = c.req.valid("query");
    const { db } = c.get("deps");
    if (!(await canReadAudit(db, principal, query.entity, query.id))) throw AppError.notFound();
    const page = await listAuditEntries(db, query);
    return c.json({ ...page, page: query.page, perPage: query.perPage }, 200);
  });
}
