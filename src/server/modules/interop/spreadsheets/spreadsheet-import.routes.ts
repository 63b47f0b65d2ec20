import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { ZErrorBody } from "../../../../shared/contracts/common.ts";
import {
  type ImportKind,
  MAX_IMPORT_FILE_BYTES,
  MAX_IMPORT_ROWS,
  ZImportPreview,
  ZImportPreviewRequest,
  ZImportReport,
  ZImportRequest,
  ZImportTemplateQuery,
} from "../../../../shared/contracts/spreadsheet-import.ts";
import { AppError } from "../../../http/app-error.ts";
import type { AppEnv } from "../../../http/context.ts";
import { requireRole } from "../../../http/guards.ts";
import { cookieAuth, ERROR_RESPONSES, json } from "../../../http/openapi-helpers.ts";
import type { Principal } from "../../../http/principal.ts";
import { validationHook } from "../../../http/validation-hook.ts";
import { translate } from "../../../i18n/translate.ts";
import { IMPORT_KIND_SPECS } from "./import-kinds.ts";
import { importTemplate } from "./import-template.ts";
import { previewImport, runImport } from "./spreadsheet-import.service.ts";
import { tableCsv, tableXlsx, XLSX_CONTENT_TYPE } from "./spreadsheet-write.ts";

export const SPREADSHEET_IMPORT_PATHS = ["/api/imports/spreadsheet", "/api/imports/spreadsheet/preview"];
/** Room for the multipart boundary, part headers and the mapping around the largest allowed file. */
const MULTIPART_OVERHEAD = 64 * 1024;
const tags = ["imports"];
const multipart = <T extends z.ZodType>(schema: T) => ({
  body: { content: { "multipart/form-data": { schema } }, required: true },
});
const tooLarge = { 413: json(ZErrorBody, "The file is larger than 5 MB") };

const previewRoute = createRoute({
  method: "post",
  path: "/api/imports/spreadsheet/preview",
  tags,
  summary:
    "Read a CSV (UTF-8) or XLSX file of organizations or services: its columns, first rows, and a suggested mapping " +
    "of columns to fields by header (kk, ru or en, any case or script). Nothing is stored",
  security: cookieAuth,
  request: multipart(ZImportPreviewRequest),
  responses: { 200: json(ZImportPreview, "The columns and the suggestion"), ...ERROR_RESPONSES, ...tooLarge },
});

const importRoute = createRoute({
  method: "post",
  path: "/api/imports/spreadsheet",
  tags,
  summary:
    `Import organizations (admins; coordinators for their regions) or services (admins; a partner for its own ` +
    `organization) from CSV or XLSX, at most ${MAX_IMPORT_ROWS} rows. Every row is validated like the create routes; ` +
    "all rows are written in one transaction or none. `dryRun=true` reports what would be created and writes nothing",
  security: cookieAuth,
  request: multipart(ZImportRequest),
  responses: {
    200: json(ZImportReport, "The dry run's report, valid or not"),
    201: json(ZImportReport, "Every row was written"),
    ...ERROR_RESPONSES,
    400: json(ZErrorBody, "Nothing was written: `details` has one entry per problem, path `row:column`"),
    ...tooLarge,
  },
});

const templateRoute = (format: "csv" | "xlsx", type: string) =>
  createRoute({
    method: "get",
    path: `/api/imports/spreadsheet/template.${format}`,
    tags,
    summary: "A template to fill in: the recognized headers in `lang` and one example row",
    security: cookieAuth,
    request: { query: ZImportTemplateQuery },
    responses: {
      200: {
        content: { [type]: { schema: z.string().openapi({ format: "binary" }) } },
        description: "The template",
      },
      ...ERROR_RESPONSES,
    },
  });

const importer = (principal: Principal, kind: ImportKind) =>
  requireRole(principal, ...IMPORT_KIND_SPECS[kind].roles);

async function bytesOf(file: File): Promise<Uint8Array> {
  if (file.size > MAX_IMPORT_FILE_BYTES) throw tooLargeError();
  return new Uint8Array(await file.arrayBuffer());
}

const tooLargeError = () =>
  new AppError("payload_too_large", "errors.file_too_large", { maxMb: MAX_IMPORT_FILE_BYTES / 2 ** 20 });

export function spreadsheetImportRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  for (const path of SPREADSHEET_IMPORT_PATHS) {
    app.use(
      path,
      bodyLimit({
        maxSize: MAX_IMPORT_FILE_BYTES + MULTIPART_OVERHEAD,
        onError: () => Promise.reject(tooLargeError()),
      }),
    );
  }
  return app
    .openapi(previewRoute, async (c) => {
      const { file, kind } = c.req.valid("form");
      importer(c.get("principal"), kind);
      return c.json(await previewImport(kind, await bytesOf(file), c.get("locale")), 200);
    })
    .openapi(importRoute, async (c) => {
      const { file, kind, mapping, dryRun } = c.req.valid("form");
      const principal = importer(c.get("principal"), kind);
      const bytes = await bytesOf(file);
      const report = await runImport(
        c.get("deps").db,
        principal,
        { kind, bytes, mapping, dryRun },
        c.get("locale"),
      );
      return c.json(report, report.created > 0 ? 201 : 200);
    })
    .openapi(templateRoute("csv", "text/csv"), async (c) => {
      const { kind } = c.req.valid("query");
      importer(c.get("principal"), kind);
      return c.body(tableCsv(importTemplate(kind, c.get("locale"))), 200, {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="yntymaq-${kind}-template.csv"`,
      });
    })
    .openapi(templateRoute("xlsx", XLSX_CONTENT_TYPE), async (c) => {
      const { kind } = c.req.valid("query");
      importer(c.get("principal"), kind);
      const locale = c.get("locale");
      const xlsx = await tableXlsx(importTemplate(kind, locale), translate(locale, `exports.sheet.${kind}`));
      return c.body(new Uint8Array(xlsx), 200, {
        "content-type": XLSX_CONTENT_TYPE,
        "content-disposition": `attachment; filename="yntymaq-${kind}-template.xlsx"`,
      });
    });
}
