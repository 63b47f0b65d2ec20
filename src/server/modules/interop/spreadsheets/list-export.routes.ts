import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { ZInitiativeListQuery } from "../../../../shared/contracts/initiatives.ts";
import { ZMemorandumListQuery } from "../../../../shared/contracts/memoranda.ts";
import { ZOrganizationListQuery } from "../../../../shared/contracts/organizations.ts";
import { ZServiceListQuery } from "../../../../shared/contracts/services.ts";
import type { AppEnv } from "../../../http/context.ts";
import { requireUser } from "../../../http/guards.ts";
import { cookieAuth, ERROR_RESPONSES } from "../../../http/openapi-helpers.ts";
import { validationHook } from "../../../http/validation-hook.ts";
import { translate } from "../../../i18n/translate.ts";
import type { ExportContext } from "./export-context.ts";
import { initiativesSheet } from "./initiatives-export.ts";
import { memorandaSheet, registryEntries } from "./memoranda-export.ts";
import { renderRegistryPdf } from "./memoranda-registry-pdf.ts";
import { organizationsSheet } from "./organizations-export.ts";
import { servicesSheet } from "./services-export.ts";
import { type SheetTable, tableCsv, tableXlsx, XLSX_CONTENT_TYPE } from "./spreadsheet-write.ts";

const tags = ["exports"];
const errors = { 400: ERROR_RESPONSES[400], 401: ERROR_RESPONSES[401] };
const file = (type: string, description: string) => ({
  content: { [type]: { schema: z.string().openapi({ format: "binary" }) } },
  description,
});
const attachment = (name: string) => `attachment; filename="${name}"`;

function exportContext(c: Context<AppEnv>): ExportContext {
  const { db, config } = c.get("deps");
  requireUser(c.get("principal"));
  return {
    db,
    principal: c.get("principal"),
    locale: c.get("locale"),
    windowDays: config.expiringWindowDays,
  };
}

/** The query the route validated; generic routes lose hono's inference of it. */
const validQuery = <Q extends z.ZodObject>(c: Context<AppEnv>) =>
  (c.req as unknown as { valid(target: "query"): z.infer<Q> }).valid("query");

type ListName = "organizations" | "services" | "memoranda" | "initiatives";

/** CSV and XLSX of one staff list: the list route's own query schema, scope and order, headers in `lang`. */
function addListExport<Q extends z.ZodObject>(
  app: OpenAPIHono<AppEnv>,
  list: ListName,
  query: Q,
  sheet: (ctx: ExportContext, query: z.infer<Q>) => Promise<SheetTable>,
) {
  const route = (format: "csv" | "xlsx", type: string) =>
    createRoute({
      method: "get",
      path: `/api/exports/${list}.${format}`,
      tags,
      summary: `Every ${list} row the caller sees with the filters of GET /api/${list}, as ${format.toUpperCase()} in \`lang\``,
      security: cookieAuth,
      request: { query },
      responses: { 200: file(type, format === "csv" ? "UTF-8 with BOM" : "One sheet"), ...errors },
    });
  app.openapi(route("csv", "text/csv"), async (c) => {
    const table = await sheet(exportContext(c), validQuery<Q>(c));
    return c.body(tableCsv(table), 200, {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": attachment(`yntymaq-${list}.csv`),
    });
  });
  app.openapi(route("xlsx", XLSX_CONTENT_TYPE), async (c) => {
    const ctx = exportContext(c);
    const table = await sheet(ctx, validQuery<Q>(c));
    const xlsx = await tableXlsx(table, translate(ctx.locale, `exports.sheet.${list}`));
    return c.body(new Uint8Array(xlsx), 200, {
      "content-type": XLSX_CONTENT_TYPE,
      "content-disposition": attachment(`yntymaq-${list}.xlsx`),
    });
  });
}

const registryRoute = createRoute({
  method: "get",
  path: "/api/exports/memoranda.pdf",
  tags,
  summary:
    "The memoranda registry as a printable A4 landscape PDF in `lang` (number, title, parties, regions, scope, " +
    "dates, review stage, status in force), with the filters of GET /api/memoranda; DejaVu Sans embedded",
  security: cookieAuth,
  request: { query: ZMemorandumListQuery },
  responses: { 200: file("application/pdf", "The registry"), ...errors },
});

export function listExportRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  addListExport(app, "organizations", ZOrganizationListQuery, organizationsSheet);
  addListExport(app, "services", ZServiceListQuery, servicesSheet);
  addListExport(app, "memoranda", ZMemorandumListQuery, memorandaSheet);
  addListExport(app, "initiatives", ZInitiativeListQuery, initiativesSheet);
  app.openapi(registryRoute, async (c) => {
    const ctx = exportContext(c);
    const entries = await registryEntries(ctx, c.req.valid("query"));
    const pdf = await renderRegistryPdf(entries, ctx.locale, new Date());
    return c.body(new Uint8Array(pdf), 200, {
      "content-type": "application/pdf",
      "content-disposition": 'inline; filename="yntymaq-memoranda.pdf"',
    });
  });
  return app;
}
