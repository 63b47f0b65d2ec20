import type { App } from "../app.ts";

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  additionalProperties?: boolean | JsonSchema;
};

export interface OpenApiParameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema: JsonSchema;
}

export interface OpenApiRoute {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** The documented path, e.g. `/api/memoranda/{id}`. */
  path: string;
  key: string;
  parameters: OpenApiParameter[];
  /** The request body's content types and schemas (empty when the route takes none). */
  body: Record<string, JsonSchema>;
}

/** Every route of the live OpenAPI document, as the app itself serves it. */
export async function openApiRoutes(app: App): Promise<OpenApiRoute[]> {
  const response = await app.request("/api/openapi.json");
  const document = (await response.json()) as {
    paths: Record<
      string,
      Record<
        string,
        {
          parameters?: OpenApiParameter[];
          requestBody?: { content: Record<string, { schema: JsonSchema }> };
        }
      >
    >;
  };
  const routes: OpenApiRoute[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const upper = method.toUpperCase() as OpenApiRoute["method"];
      const body = Object.fromEntries(
        Object.entries(operation.requestBody?.content ?? {}).map(([type, content]) => [type, content.schema]),
      );
      routes.push({
        method: upper,
        path,
        key: `${upper} ${path}`,
        parameters: operation.parameters ?? [],
        body,
      });
    }
  }
  return routes;
}

/** Fills a documented path's `{param}` placeholders. */
export function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ""));
}
