import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { ZPage } from "../../../shared/contracts/common.ts";
import {
  type TVerificationDueItem,
  ZVerificationDueItem,
  ZVerificationDueQuery,
} from "../../../shared/contracts/verification.ts";
import type { AppEnv } from "../../http/context.ts";
import { requireUser } from "../../http/guards.ts";
import { cookieAuth, ERROR_RESPONSES, json } from "../../http/openapi-helpers.ts";
import { hasRole } from "../../http/principal.ts";
import { validationHook } from "../../http/validation-hook.ts";
import { type DueRow, listDueForVerification } from "./verification.repository.ts";

const dueRoute = createRoute({
  method: "get",
  path: "/api/verification/due",
  tags: ["verification"],
  summary:
    "Published, active services and organizations last verified more than `months` ago (default: the " +
    "platform's re-verification age) or never, never " +
    "verified first: all of them for admins and viewers, a coordinator's regions, a partner's own listings",
  security: cookieAuth,
  request: { query: ZVerificationDueQuery },
  responses: {
    200: json(ZPage(ZVerificationDueItem), "A page of listings due for re-verification"),
    400: ERROR_RESPONSES[400],
    401: ERROR_RESPONSES[401],
  },
});

function present(row: DueRow, canVerify: boolean): TVerificationDueItem {
  const verifiedAt = row.last_verified_at === null ? null : new Date(row.last_verified_at).toISOString();
  return {
    kind: row.kind,
    id: row.id,
    name: row.name,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    lastVerifiedAt: verifiedAt,
    permissions: { verify: canVerify },
  };
}

export function verificationRoutes() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(dueRoute, async (c) => {
    const principal = requireUser(c.get("principal"));
    const query = c.req.valid("query");
    const { db, config } = c.get("deps");
    const { rows, total } = await listDueForVerification(db, principal, query, config.verificationMaxAgeDays);
    // Verifying is an admin's act (see organizations and services policies).
    const canVerify = hasRole(principal, "admin");
    const items = rows.map((row) => present(row, canVerify));
    return c.json({ items, total, page: query.page, perPage: query.perPage }, 200);
  });
}
