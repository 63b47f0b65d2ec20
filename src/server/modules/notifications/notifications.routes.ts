import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { ZIdParam } from "../../../shared/contracts/common.ts";
import {
  type TNotification,
  ZNotification,
  ZNotificationListQuery,
  ZNotificationPage,
  ZNotificationsReadAll,
} from "../../../shared/contracts/notifications.ts";
import { AppError } from "../../http/app-error.ts";
import type { AppEnv } from "../../http/context.ts";
import { requireUser } from "../../http/guards.ts";
import { cookieAuth, ERROR_RESPONSES, json } from "../../http/openapi-helpers.ts";
import { validationHook } from "../../http/validation-hook.ts";
import {
  listOwnNotifications,
  markAllOwnNotificationsRead,
  markOwnNotificationRead,
  type NotificationRow,
} from "./notifications.repository.ts";

const tags = ["notifications"];

const listRoute = createRoute({
  method: "get",
  path: "/api/notifications",
  tags,
  summary:
    "The caller's own notifications, newest first, with how many are unread (`unread=true`: only those)",
  security: cookieAuth,
  request: { query: ZNotificationListQuery },
  responses: {
    200: json(ZNotificationPage, "A page of the caller's notifications"),
    400: ERROR_RESPONSES[400],
    401: ERROR_RESPONSES[401],
  },
});

const readRoute = createRoute({
  method: "post",
  path: "/api/notifications/{id}/read",
  tags,
  summary: "Mark one of the caller's notifications read; anyone else's is 404",
  security: cookieAuth,
  request: { params: ZIdParam },
  responses: {
    200: json(ZNotification, "The notification, read"),
    400: ERROR_RESPONSES[400],
    401: ERROR_RESPONSES[401],
    404: ERROR_RESPONSES[404],
  },
});

const readAllRoute = createRoute({
  method: "post",
  path: "/api/notifications/read-all",
  tags,
  summary: "Mark all of the caller's unread notifications read",
  security: cookieAuth,
  responses: {
    200: json(ZNotificationsReadAll, "How many were marked"),
    401: ERROR_RESPONSES[401],
  },
});

function present(row: NotificationRow): TNotification {
  return {
    id: row.id,
    kind: row.kind,
    payload: row.payload,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

export function notificationsRoutes() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(listRoute, async (c) => {
      const principal = requireUser(c.get("principal"));
      const query = c.req.valid("query");
      const { rows, total, unreadCount } = await listOwnNotifications(c.get("deps").db, principal.id, {
        page: query.page,
        perPage: query.perPage,
        unreadOnly: query.unread === "true",
      });
      return c.json(
        { items: rows.map(present), total, page: query.page, perPage: query.perPage, unreadCount },
        200,
      );
    })
    .openapi(readAllRoute, async (c) => {
      const principal = requireUser(c.get("principal"));
      return c.json({ marked: await markAllOwnNotificationsRead(c.get("deps").db, principal.id) }, 200);
    })
    .openapi(readRoute, async (c) => {
      const principal = requireUser(c.get("principal"));
      const row = await markOwnNotificationRead(c.get("deps").db, principal.id, c.req.valid("param").id);
      if (!row) throw AppError.notFound();
      return c.json(present(row), 200);
    });
}
