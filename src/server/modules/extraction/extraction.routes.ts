import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { z } from "zod";
import { ZErrorBody } from "../../../shared/contracts/common.ts";
import {
  EXTRACTION_LANGUAGES,
  ZExtractionProposal,
  ZExtractionRequest,
} from "../../../shared/contracts/extraction.ts";
import { AppError } from "../../http/app-error.ts";
import type { AppEnv } from "../../http/context.ts";
import { requireRole } from "../../http/guards.ts";
import { cookieAuth, ERROR_RESPONSES, json } from "../../http/openapi-helpers.ts";
import { validationHook } from "../../http/validation-hook.ts";
import { MAX_EXTRACTION_FILE_BYTES } from "./document-text.ts";
import { proposeFromPressRelease } from "./extraction.service.ts";

/** Room for the multipart boundary and part headers around the largest allowed file. */
const MULTIPART_OVERHEAD = 64 * 1024;

const ZExtractionUpload = z.object({
  file: z.instanceof(File, { message: "validation.required" }).meta({ type: "string", format: "binary" }),
  language: z.enum(EXTRACTION_LANGUAGES).optional(),
});

const extractRoute = createRoute({
  method: "post",
  path: "/api/extraction",
  tags: ["extraction"],
  summary:
    "Read a Kazakh or Russian press release and propose the signings it reports (branch, region, place, " +
    "partners with type, target groups, scope areas, date, quotes), each with its text span and a confidence, " +
    "branches and partners matched to existing records. JSON `{ text }`, or multipart `file`: UTF-8 .txt, " +
    ".docx or .html up to 5 MB, recognized by content. Admins and coordinators; nothing is stored",
  security: cookieAuth,
  request: {
    body: {
      content: {
        "application/json": { schema: ZExtractionRequest },
        "multipart/form-data": { schema: ZExtractionUpload },
      },
      required: false,
    },
  },
  responses: {
    200: json(ZExtractionProposal, "The proposal, for a person to confirm"),
    ...ERROR_RESPONSES,
    413: json(ZErrorBody, "The file or request is too large"),
    415: json(ZErrorBody, "Neither JSON nor a UTF-8 text, Word or HTML file"),
  },
});

export function extractionRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use(
    "/api/extraction",
    bodyLimit({
      maxSize: MAX_EXTRACTION_FILE_BYTES + MULTIPART_OVERHEAD,
      onError: () =>
        Promise.reject(
          new AppError("payload_too_large", "errors.file_too_large", {
            maxMb: MAX_EXTRACTION_FILE_BYTES / 2 ** 20,
          }),
        ),
    }),
  );
  return app.openapi(extractRoute, async (c) => {
    const json = c.req.valid("json") as Partial<z.infer<typeof ZExtractionRequest>>;
    const form = c.req.valid("form") as Partial<z.infer<typeof ZExtractionUpload>>;
    const { db } = c.get("deps");
    // Who may ask is settled before any file is opened.
    const principal = requireRole(c.get("principal"), "admin", "coordinator");
    if (json.text !== undefined) {
      const proposal = await proposeFromPressRelease(
        db,
        principal,
        { text: json.text },
        { language: json.language },
      );
      return c.json(proposal, 200);
    }
    if (form.file) {
      const file = new Uint8Array(await form.file.arrayBuffer());
      return c.json(await proposeFromPressRelease(db, principal, { file }, { language: form.language }), 200);
    }
    throw new AppError("validation_failed", "errors.extraction_input_missing", {}, [
      { path: "text", code: "custom", messageKey: "errors.extraction_input_missing" },
    ]);
  });
}
