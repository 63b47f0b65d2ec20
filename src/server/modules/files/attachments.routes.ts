import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { ZIdParam } from "../../../shared/contracts/common.ts";
import {
  ATTACHMENT_TARGETS,
  type AttachmentTarget,
  KINDS_BY_TARGET,
  ZAttachment,
  ZAttachmentCreate,
  ZAttachmentList,
  ZAttachmentParams,
} from "../../../shared/contracts/files.ts";
import type { AppEnv } from "../../http/context.ts";
import { requireUser } from "../../http/guards.ts";
import { cookieAuth, ERROR_RESPONSES, json, jsonBody } from "../../http/openapi-helpers.ts";
import { validationHook } from "../../http/validation-hook.ts";
import { attachFile, detachFile, readAttachments } from "./attachments.service.ts";
import { filesContext } from "./files.context.ts";

/** The collection each kind of record lives under in the API. */
const SEGMENT: Record<AttachmentTarget, string> = {
  memorandum: "memoranda",
  initiative: "initiatives",
  practice: "practices",
  news: "news",
};

function routesFor(target: AttachmentTarget) {
  const base = `/api/${SEGMENT[target]}/{id}/attachments`;
  const tags = [SEGMENT[target], "files"];
  const kinds = KINDS_BY_TARGET[target].join(", ");
  return {
    list: createRoute({
      method: "get",
      path: base,
      tags,
      summary: `Files attached to the ${target}, for whoever may read it (signed scans and documents for signed-in users only)`,
      request: { params: ZIdParam },
      responses: { 200: json(ZAttachmentList, "Oldest first"), 404: ERROR_RESPONSES[404] },
    }),
    attach: createRoute({
      method: "post",
      path: base,
      tags,
      summary: `Attach an uploaded file to the ${target} (kinds: ${kinds}), for whoever may edit it`,
      security: cookieAuth,
      request: { params: ZIdParam, ...jsonBody(ZAttachmentCreate) },
      responses: { 201: json(ZAttachment, "The attachment"), ...ERROR_RESPONSES },
    }),
    detach: createRoute({
      method: "delete",
      path: `${base}/{attachmentId}`,
      tags,
      summary: `Detach a file from the ${target}; the upload itself stays`,
      security: cookieAuth,
      request: { params: ZAttachmentParams },
      responses: { 204: { description: "Detached" }, ...ERROR_RESPONSES },
    }),
  };
}

export function attachmentsRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  for (const target of ATTACHMENT_TARGETS) {
    const routes = routesFor(target);
    app
      .openapi(routes.list, async (c) =>
        c.json(await readAttachments(filesContext(c), target, c.req.valid("param").id), 200),
      )
      .openapi(routes.attach, async (c) => {
        const principal = requireUser(c.get("principal"));
        const { id } = c.req.valid("param");
        const ctx = { ...filesContext(c), principal };
        return c.json(await attachFile(ctx, target, id, c.req.valid("json")), 201);
      })
      .openapi(routes.detach, async (c) => {
        const principal = requireUser(c.get("principal"));
        const { id, attachmentId } = c.req.valid("param");
        await detachFile({ ...filesContext(c), principal }, target, id, attachmentId);
        return c.body(null, 204);
      });
  }
  return app;
}
