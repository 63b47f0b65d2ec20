import { readFileSync } from "node:fs";
import path from "node:path";
import type { ValidateFunction } from "ajv";
import { HSDS_SCHEMA_DIR } from "./hsds-paths.ts";
import { compiledValidator, HSDS_SCHEMA_BASE, hsdsAjv } from "./hsds-schemas.ts";

type Json = Record<string, unknown>;

const openApi = JSON.parse(readFileSync(path.join(HSDS_SCHEMA_DIR, "openapi.json"), "utf8")) as {
  paths: Record<string, Record<string, Json>>;
  components: { schemas: Record<string, Json> };
};

/** Replaces `#/components/schemas/X` with the schema itself, since Ajv sees the fragment without its document. */
function inlineComponents(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(inlineComponents);
  if (schema === null || typeof schema !== "object") return schema;
  const ref = (schema as Json).$ref;
  if (typeof ref === "string" && ref.startsWith("#/components/schemas/"))
    return inlineComponents(openApi.components.schemas[ref.slice("#/components/schemas/".length)]);
  return Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, inlineComponents(value)]));
}

function compiledRefs(schema: unknown, found = new Set<string>()): Set<string> {
  if (schema !== null && typeof schema === "object") {
    const ref = (schema as Json).$ref;
    if (typeof ref === "string" && ref.startsWith(HSDS_SCHEMA_BASE))
      found.add(ref.slice(HSDS_SCHEMA_BASE.length));
    for (const value of Object.values(schema)) compiledRefs(value, found);
  }
  return found;
}

const cache = new Map<string, ValidateFunction>();

/** The validator of the 200 response the official OpenAPI gives for `pathTemplate`, e.g. `/services/{id}`. */
export function openApiResponseValidator(pathTemplate: string): ValidateFunction {
  const cached = cache.get(pathTemplate);
  if (cached) return cached;
  const operation = openApi.paths[pathTemplate]?.get as
    | { responses: Record<string, { content: Record<string, { schema: Json }> }> }
    | undefined;
  const schema = operation?.responses["200"]?.content["application/json"]?.schema;
  if (!schema) throw new Error(`no 200 response for ${pathTemplate} in the HSDS OpenAPI`);
  const inlined = inlineComponents(schema) as Json;
  for (const file of compiledRefs(inlined)) {
    if (file.startsWith("compiled/")) compiledValidator(file);
  }
  const validate = hsdsAjv().compile(inlined);
  cache.set(pathTemplate, validate);
  return validate;
}
