import type { JsonSchema } from "./openapi-routes.ts";

const LOCALES = new Set(["kk", "ru", "en"]);

function firstType(schema: JsonSchema): string | undefined {
  if (Array.isArray(schema.type)) return schema.type.find((t) => t !== "null") ?? "null";
  return schema.type;
}

function sampleString(schema: JsonSchema): string {
  if (schema.format === "uuid") return "00000000-0000-4000-8000-000000000000";
  if (schema.format === "date") return "2025-05-01";
  if (schema.format === "date-time") return "2025-05-01T10:00:00.000Z";
  if (schema.format === "email") return "someone@example.kz";
  if (schema.format === "uri" || schema.format === "url") return "https://example.kz/";
  if (schema.pattern === "^KZ-\\d{2}$") return "KZ-79";
  const length = Math.max(schema.minLength ?? 1, 1);
  return "Sample text".padEnd(length, "x").slice(0, Math.max(length, Math.min(11, schema.maxLength ?? 11)));
}

/**
 * The smallest value a JSON schema accepts (required properties, plus every language of a localized
 * text), so a route's body passes its schema; refinements beyond the schema are the caller's overrides.
 */
export function sampleValue(schema: JsonSchema): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants?.[0]) return sampleValue(variants[0]);
  if (schema.allOf?.[0]) return sampleValue(schema.allOf[0]);
  switch (firstType(schema)) {
    case "string":
      return sampleString(schema);
    case "integer":
    case "number":
      return schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
    case "boolean":
      return false;
    case "null":
      return null;
    case "array":
      return Array.from({ length: schema.minItems ?? 0 }, () => sampleValue(schema.items ?? {}));
    case "object": {
      const value: Record<string, unknown> = {};
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        if (schema.required?.includes(name) || LOCALES.has(name)) value[name] = sampleValue(property);
      }
      return value;
    }
    default:
      return schema.properties ? sampleValue({ ...schema, type: "object" }) : null;
  }
}
