import type { App } from "../../app.ts";
import type { JsonSchema, OpenApiParameter } from "../openapi-routes.ts";

export interface ListRoute {
  key: string;
  path: string;
  /** How the rows come back: a JSON page (`items`), CSV, or another file format. */
  format: "json" | "csv" | "file";
  query: OpenApiParameter[];
}

type Operation = {
  parameters?: OpenApiParameter[];
  responses?: Record<string, { content?: Record<string, { schema: JsonSchema & { $ref?: string } }> }>;
};

/**
 * Every GET route of the live OpenAPI document that returns rows: a JSON body with `items`, or a file
 * under /api/exports/ (or any CSV). A new list route appears here by itself.
 */
export async function listRoutes(app: App): Promise<ListRoute[]> {
  const document = (await (await app.request("/api/openapi.json")).json()) as {
    paths: Record<string, Record<string, Operation>>;
    components?: { schemas?: Record<string, JsonSchema> };
  };
  const deref = (schema: JsonSchema & { $ref?: string }): JsonSchema =>
    schema.$ref ? (document.components?.schemas?.[schema.$ref.split("/").pop() ?? ""] ?? {}) : schema;
  const found: ListRoute[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    const get = operations.get;
    if (!get) continue;
    const content = get.responses?.["200"]?.content ?? {};
    const json = content["application/json"];
    const format = json
      ? deref(json.schema).properties?.items
        ? "json"
        : null
      : content["text/csv"]
        ? "csv"
        : path.startsWith("/api/exports/")
          ? "file"
          : null;
    if (!format) continue;
    found.push({
      key: `GET ${path}`,
      path,
      format,
      query: (get.parameters ?? []).filter((p) => p.in === "query"),
    });
  }
  return found;
}
