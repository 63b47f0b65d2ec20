import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { z } from "zod";
import { ZErrorBody, ZIdParam } from "../../../shared/contracts/common.ts";
import {
  type FileContentType,
  isImageType,
  MAX_UPLOAD_BYTES,
  ZFile,
  ZFileDownloadQuery,
} from "../../../shared/contracts/files.ts";
import { AppError } from "../../http/app-error.ts";
import type { AppEnv } from "../../http/context.ts";
import { requireUser } from "../../http/guards.ts";
import { cookieAuth, ERROR_RESPONSES, json } from "../../http/openapi-helpers.ts";
import { validationHook } from "../../http/validation-hook.ts";
import { contentDisposition } from "./file-names.ts";
import { filesContext } from "./files.context.ts";
import { type FileContent, openContent, readableFile, uploadFile } from "./files.service.ts";

const tags = ["files"];
/** Room for the multipart boundary and part headers around the largest allowed file. */
const MULTIPART_OVERHEAD = 64 * 1024;

const ZUpload = z.object({
  file: z.instanceof(File, { message: "validation.required" }).meta({ type: "string", format: "binary" }),
});

const binary = (description: string) => ({
  content: { "application/octet-stream": { schema: z.string().meta({ format: "binary" }) } },
  description,
});

const uploadRoute = createRoute({
  method: "post",
  path: "/api/files",
  tags,
  summary:
    "Upload one file (multipart field `file`): PDF up to 20 MB, JPEG, PNG or WebP up to 10 MB. The type is " +
    "read from the bytes; images are re-encoded without metadata and get a 320-px WebP thumbnail",
  security: cookieAuth,
  request: { body: { content: { "multipart/form-data": { schema: ZUpload } }, required: true } },
  responses: {
    201: json(ZFile, "The stored file; attach it to a record next"),
    ...ERROR_RESPONSES,
    413: json(ZErrorBody, "The file is larger than its type allows"),
    415: json(ZErrorBody, "Not a PDF, JPEG, PNG or WebP, or an image that does not decode"),
  },
});

const downloadRoute = createRoute({
  method: "get",
  path: "/api/files/{id}",
  tags,
  summary:
    "The file's bytes, for its uploader and whoever may read a record it is attached to (photos of " +
    "published news are public). PDFs are sent as attachments, images inline unless `download=1`",
  request: { params: ZIdParam, query: ZFileDownloadQuery },
  responses: { 200: binary("The file"), 304: { description: "Unchanged" }, 404: ERROR_RESPONSES[404] },
});

const thumbnailRoute = createRoute({
  method: "get",
  path: "/api/files/{id}/thumbnail",
  tags,
  summary: "An image's 320-px WebP thumbnail, authorized like the file",
  request: { params: ZIdParam },
  responses: {
    200: binary("The thumbnail (image/webp)"),
    304: { description: "Unchanged" },
    404: ERROR_RESPONSES[404],
  },
});

/** Sends stored bytes that must never be interpreted as anything but their own type. */
function sendContent(
  c: Context<AppEnv>,
  content: FileContent,
  type: FileContentType,
  disposition: string,
): Response {
  const etag = `"${content.sha256}"`;
  const headers: Record<string, string> = {
    "Content-Type": type,
    "Content-Disposition": disposition,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    // Every request is authorized again; the ETag spares sending unchanged bytes.
    "Cache-Control": "private, no-cache",
    ETag: etag,
  };
  if (c.req.header("if-none-match") === etag) {
    void content.body.cancel();
    return c.body(null, 304, headers);
  }
  return c.body(content.body, 200, { ...headers, "Content-Length": String(content.size) });
}

export function filesRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use(
    "/api/files",
    bodyLimit({
      maxSize: MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD,
      onError: () =>
        Promise.reject(
          new AppError("payload_too_large", "errors.file_too_large", { maxMb: MAX_UPLOAD_BYTES / 2 ** 20 }),
        ),
    }),
  );
  return app
    .openapi(uploadRoute, async (c) => {
      const principal = requireUser(c.get("principal"));
      const { file } = c.req.valid("form");
      const bytes = new Uint8Array(await file.arrayBuffer());
      return c.json(await uploadFile(filesContext(c), principal, { bytes, name: file.name }), 201);
    })
    .openapi(downloadRoute, async (c) => {
      const ctx = filesContext(c);
      const file = await readableFile(ctx, c.req.valid("param").id);
      const inline = isImageType(file.contentType) && c.req.valid("query").download !== "1";
      const disposition = contentDisposition(inline ? "inline" : "attachment", file.originalName);
      return sendContent(c, await openContent(ctx, file.sha256), file.contentType, disposition);
    })
    .openapi(thumbnailRoute, async (c) => {
      const ctx = filesContext(c);
      const file = await readableFile(ctx, c.req.valid("param").id);
      const name = `${file.originalName.replace(/\.[^.]+$/, "")}-thumbnail.webp`;
      const content = await openContent(ctx, file.thumbnailSha256);
      return sendContent(c, content, "image/webp", contentDisposition("inline", name));
    });
}
