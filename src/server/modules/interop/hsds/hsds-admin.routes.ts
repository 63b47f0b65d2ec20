import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { z } from "zod";
import { ZBooleanQuery, ZErrorBody, ZRegionCode } from "../../../../shared/contracts/common.ts";
import { MAX_HSDS_UPLOAD_BYTES, ZHsdsImportReport } from "../../../../shared/contracts/hsds-import.ts";
import { LOCALES } from "../../../../shared/vocabulary.ts";
import { AppError } from "../../../http/app-error.ts";
import type { AppEnv } from "../../../http/context.ts";
import { requireRole } from "../../../http/guards.ts";
import { cookieAuth, ERROR_RESPONSES, json } from "../../../http/openapi-helpers.ts";
import { validationHook } from "../../../http/validation-hook.ts";
import { buildHsdsExport, hsdsExportZip } from "./hsds-export.service.ts";
import { importHsds } from "./hsds-import.service.ts";
import { presentReport } from "./hsds-import-report.ts";
import { filesOfZip, looksLikeZip } from "./hsds-source.ts";

export const HSDS_IMPORT_PATH = "/api/interop/hsds/import";
const tags = ["interop"];

const exportRoute = createRoute({
  method: "get",
  path: "/api/interop/hsds/export.zip",
  tags,
  summary:
    "Admin: the public directory as an HSDS 3.0 tabular data package (datapackage.json, one CSV per object) " +
    "plus the nested services as services.json, text in `textLang`",
  security: cookieAuth,
  request: { query: z.object({ textLang: z.enum(LOCALES).optional() }) },
  responses: {
    200: {
      content: { "application/zip": { schema: z.string().meta({ format: "binary" }) } },
      description: "The zip",
    },
    ...ERROR_RESPONSES,
  },
});

const importRoute = createRoute({
  method: "post",
  path: HSDS_IMPORT_PATH,
  tags,
  summary:
    "Admin: import an HSDS 3.0 package (body: a zip of the tabular form, or HSDS JSON). Nothing is written " +
    "unless every record is valid, or with `partial=true` the valid ones; re-importing the same data changes nothing",
  security: cookieAuth,
  request: {
    query: z.object({
      partial: ZBooleanQuery.optional(),
      sourceLang: z.enum(LOCALES).default("kk"),
      region: ZRegionCode.optional(),
    }),
    body: {
      // JSON is accepted too; it is read raw (not validated here) so that a syntax error is reported with its place.
      content: {
        "application/zip": { schema: z.string().meta({ format: "binary" }) },
        "application/octet-stream": { schema: z.string().meta({ format: "binary" }) },
      },
      required: true,
    },
  },
  responses: {
    200: json(
      ZHsdsImportReport,
      "What was written, warnings and rejected records with their file, row and field",
    ),
    ...ERROR_RESPONSES,
    400: json(ZErrorBody, "Nothing was written: `details` lists every problem, its path `file:row:field`"),
    413: json(ZErrorBody, "The upload is too large"),
  },
});

export function hsdsAdminRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use(
    HSDS_IMPORT_PATH,
    bodyLimit({
      maxSize: MAX_HSDS_UPLOAD_BYTES,
      onError: () => Promise.reject(new AppError("payload_too_large")),
    }),
  );
  return app
    .openapi(exportRoute, async (c) => {
      requireRole(c.get("principal"), "admin");
      const locale = c.req.valid("query").textLang ?? c.get("locale");
      const zip = hsdsExportZip(await buildHsdsExport(c.get("deps").db, locale));
      return c.body(zip as Uint8Array<ArrayBuffer>, 200, {
        "Content-Type": "application/zip",
        "Content-Disposition": 'attachment; filename="yntymaq-hsds.zip"',
      });
    })
    .openapi(importRoute, async (c) => {
      const admin = requireRole(c.get("principal"), "admin");
      const query = c.req.valid("query");
      // The body is read raw: the route checks it is a zip or JSON itself and reports what is wrong inside.
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (bytes.length === 0) throw AppError.validation("body", "validation.required");
      const files = looksLikeZip(bytes) ? filesOfZip(bytes) : [{ name: "upload.json", bytes }];
      const report = await importHsds(c.get("deps").db, files, {
        locale: query.sourceLang,
        defaultRegion: query.region ?? null,
        partial: query.partial ?? false,
        actorId: admin.id,
      });
      if (!report.written) {
        const errors = report.issues.filter((problem) => problem.severity === "error");
        throw new AppError(
          "validation_failed",
          "hsds.problem.batch_rejected",
          { count: errors.length },
          errors.map((problem) => ({
            path: [problem.file, problem.row, problem.field].filter(Boolean).join(":"),
            code: "hsds",
            messageKey: problem.messageKey,
            params: problem.params,
          })),
        );
      }
      return c.json(presentReport(report, c.get("locale")), 200);
    });
}
