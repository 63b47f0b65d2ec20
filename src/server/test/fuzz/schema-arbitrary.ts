import fc from "fast-check";
import type { JsonSchema } from "../openapi-routes.ts";

export interface ArbitraryOptions {
  /** Ids of real records, so generated references sometimes point at something. */
  knownIds: readonly string[];
  regionCodes: readonly string[];
}

const MAX_DEPTH = 4;

function stringArbitrary(schema: JsonSchema, options: ArbitraryOptions): fc.Arbitrary<string> {
  if (schema.format === "uuid") return fc.oneof(fc.constantFrom(...options.knownIds), fc.uuid());
  if (schema.format === "date") {
    return fc
      .date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  }
  if (schema.format === "date-time") {
    return fc
      .date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString());
  }
  if (schema.format === "email") return fc.emailAddress();
  if (schema.format === "uri" || schema.format === "url") return fc.webUrl();
  if (schema.pattern === "^KZ-\\d{2}$") return fc.constantFrom(...options.regionCodes, "KZ-00", "KZ-99");
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 40, 40));
  return fc.string({
    minLength,
    maxLength,
    unit: fc.constantFrom("a", "Қ", "ы", " ", "1", "-", "'", "<", "%", "\\", "ü"),
  });
}

/** Values of a JSON schema, mostly valid: enough to get past validation into the route's own logic. */
export function schemaArbitrary(
  schema: JsonSchema,
  options: ArbitraryOptions,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (depth > MAX_DEPTH) return fc.constant(null);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants && variants.length > 0)
    return fc.oneof(...variants.map((v) => schemaArbitrary(v, options, depth + 1)));
  if (schema.allOf?.[0]) return schemaArbitrary(schema.allOf[0], options, depth + 1);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length > 1) {
    return fc.oneof(...types.map((type) => schemaArbitrary({ ...schema, type }, options, depth)));
  }
  switch (types[0]) {
    case "string":
      return stringArbitrary(schema, options);
    case "integer":
      return fc.integer({ min: schema.minimum ?? -1_000, max: schema.maximum ?? 100_000 });
    case "number":
      return fc.double({ min: schema.minimum ?? -1_000, max: schema.maximum ?? 100_000, noNaN: true });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array":
      return fc.array(schemaArbitrary(schema.items ?? {}, options, depth + 1), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 3, 3)),
      });
    case "object": {
      const properties = Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([name, property]) => [
          name,
          schemaArbitrary(property, options, depth + 1),
        ]),
      );
      return fc.record(properties, {
        requiredKeys: (schema.required ?? []).filter((name) => name in properties),
      });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Mostly-valid values, plus values of the wrong shape: any JSON, or one field of a valid object replaced. */
export function fuzzedValue(schema: JsonSchema, options: ArbitraryOptions): fc.Arbitrary<unknown> {
  const valid = schemaArbitrary(schema, options);
  const withOneFieldBroken = valid.chain((value) =>
    value && typeof value === "object" && !Array.isArray(value) && Object.keys(value).length > 0
      ? fc
          .tuple(fc.constantFrom(...Object.keys(value)), fc.jsonValue({ maxDepth: 2 }))
          .map(([key, broken]) => ({ ...(value as object), [key]: broken }))
      : fc.constant(value),
  );
  return fc.oneof(
    { weight: 6, arbitrary: valid },
    { weight: 2, arbitrary: withOneFieldBroken },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  );
}
