import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { ZIdParam, ZPage } from "../../../shared/contracts/common.ts";
import {
  ZNews,
  ZNewsCreate,
  ZNewsKeyParam,
  ZNewsListQuery,
  ZNewsTransition,
  ZNewsUpdate,
} from "../../../shared/contracts/news.ts";
import { AppError } from "../../http/app-error.ts";
import type { AppEnv } from "../../http/context.ts";
import { requireUser } from "../../http/guards.ts";
import { cookieAuth, ERROR_RESPONSES, json, jsonBody } from "../../http/openapi-helpers.ts";
import { validationHook } from "../../http/validation-hook.ts";
import { findNews, listNews } from "./news.repository.ts";
import { createNews, deleteNews, presentNews, setNewsPublished, updateNews } from "./news.service.ts";

const tags = ["news"];

const listRoute = createRoute({
  method: "get",
  path: "/api/news",
  tags,
  summary: "News posts, newest first; anonymous callers see published posts only",
  request: { query: ZNewsListQuery },
  responses: { 200: json(ZPage(ZNews), "A page of posts"), 400: ERROR_RESPONSES[400] },
});

const getRoute = createRoute({
  method: "get",
  path: "/api/news/{idOrSlug}",
  tags,
  summary: "One post, by id or slug",
  request: { params: ZNewsKeyParam },
  responses: { 200: json(ZNews, "The post"), 404: ERROR_RESPONSES[404] },
});

const createNewsRoute = createRoute({
  method: "post",
  path: "/api/news",
  tags,
  summary: "Draft a post (admin, or a coordinator for a post of its region)",
  security: cookieAuth,
  request: jsonBody(ZNewsCreate),
  responses: { 201: json(ZNews, "The new draft"), ...ERROR_RESPONSES },
});

const updateRoute = createRoute({
  method: "patch",
  path: "/api/news/{id}",
  tags,
  summary: "Change a post; send the version you read. `links` given replace the stored ones",
  security: cookieAuth,
  request: { params: ZIdParam, ...jsonBody(ZNewsUpdate) },
  responses: { 200: json(ZNews, "The updated post"), ...ERROR_RESPONSES },
});

const transitionRoute = (action: "publish" | "unpublish") =>
  createRoute({
    method: "post",
    path: `/api/news/{id}/${action}`,
    tags,
    summary:
      action === "publish"
        ? "Publish a draft; the first publication sets publishedAt"
        : "Withdraw a published post back to draft",
    security: cookieAuth,
    request: { params: ZIdParam, ...jsonBody(ZNewsTransition) },
    responses: { 200: json(ZNews, "The post in its new state"), ...ERROR_RESPONSES },
  });

const deleteRoute = createRoute({
  method: "delete",
  path: "/api/news/{id}",
  tags,
  summary: "Delete a post",
  security: cookieAuth,
  request: { params: ZIdParam },
  responses: { 204: { description: "Deleted" }, ...ERROR_RESPONSES },
});

export function newsRoutes() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(listRoute, async (c) => {
      const query = c.req.valid("query");
      if (Boolean(query.linkedKind) !== Boolean(query.linkedId)) {
        throw AppError.validation(query.linkedKind ? "linkedId" : "linkedKind", "validation.required");
      }
      const principal = c.get("principal");
      const { records, total } = await listNews(c.get("deps").db, query, principal);
      return c.json(
        {
          items: records.map((record) => presentNews(record, principal)),
          total,
          page: query.page,
          perPage: query.perPage,
        },
        200,
      );
    })
    .openapi(getRoute, async (c) => {
      const principal = c.get("principal");
      const record = await findNews(c.get("deps").db, c.req.valid("param").idOrSlug, principal);
      if (!record) throw AppError.notFound();
      return c.json(presentNews(record, principal), 200);
    })
    .openapi(createNewsRoute, async (c) => {
      const principal = requireUser(c.get("principal"));
      return c.json(await createNews(c.get("deps").db, principal, c.req.valid("json")), 201);
    })
    .openapi(updateRoute, async (c) => {
      const principal = requireUser(c.get("principal"));
      const { id } = c.req.valid("param");
      return c.json(await updateNews(c.get("deps").db, principal, id, c.req.valid("json")), 200);
    })
    .openapi(transitionRoute("publish"), async (c) => {
      const principal = requireUser(c.get("principal"));
      const { version } = c.req.valid("json");
      const post = await setNewsPublished(c.get("deps").db, principal, c.req.valid("param").id, {
        version,
        published: true,
      });
      return c.json(post, 200);
    })
    .openapi(transitionRoute("unpublish"), async (c) => {
      const principal = requireUser(c.get("principal"));
      const { version } = c.req.valid("json");
      const post = await setNewsPublished(c.get("deps").db, principal, c.req.valid("param").id, {
        version,
        published: false,
      });
      return c.json(post, 200);
    })
    .openapi(deleteRoute, async (c) => {
      const principal = requireUser(c.get("principal"));
      await deleteNews(c.get("deps").db, principal, c.req.valid("param").id);
      return c.body(null, 204);
    });
}
