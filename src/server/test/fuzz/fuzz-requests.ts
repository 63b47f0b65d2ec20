import fc from "fast-check";
import { ROLES, type Role } from "../access-matrix/access-table.ts";
import { fillPath, type JsonSchema, type OpenApiRoute } from "../openapi-routes.ts";
import { type ArbitraryOptions, fuzzedValue, schemaArbitrary } from "./schema-arbitrary.ts";

export interface FuzzRequest {
  route: string;
  role: Role;
  method: string;
  url: string;
  body?: { content: string | FormData | Uint8Array; contentType?: string };
}

/** Path segments a client could send instead of an id. */
const GARBAGE = [
  "..",
  "../../etc/passwd",
  "%00",
  "' or 1=1 --",
  "null",
  "-1",
  "1e309",
  "Шымкент",
  "a".repeat(300),
];

function pathParamArbitrary(options: ArbitraryOptions): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...options.knownIds) },
    { weight: 2, arbitrary: fc.constantFrom(...options.regionCodes) },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: fc.constantFrom(...GARBAGE) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  );
}

function queryArbitrary(route: OpenApiRoute, options: ArbitraryOptions): fc.Arbitrary<string> {
  const query = route.parameters.filter((p) => p.in === "query");
  if (query.length === 0) return fc.constant("");
  const entries = query.map((parameter) =>
    fc.option(
      fc.oneof(
        { weight: 4, arbitrary: schemaArbitrary(parameter.schema, options) },
        {
          weight: 1,
          arbitrary: fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom("-1", "1e9", "NaN", "", "[]")),
        },
      ),
      { nil: undefined, freq: 2 },
    ),
  );
  return fc.tuple(...entries).map((values) => {
    const search = new URLSearchParams();
    values.forEach((value, i) => {
      const name = query[i]?.name;
      if (value === undefined || !name) return;
      if (Array.isArray(value)) search.set(name, value.map(String).join(","));
      else search.set(name, typeof value === "object" ? JSON.stringify(value) : String(value));
    });
    const text = search.toString();
    return text ? `?${text}` : "";
  });
}

function formArbitrary(schema: JsonSchema, options: ArbitraryOptions): fc.Arbitrary<FormData> {
  const fields = Object.entries(schema.properties ?? {});
  return fc
    .tuple(
      ...fields.map(([, property]) =>
        property.format === "binary"
          ? fc.uint8Array({ maxLength: 300 }).map((bytes) => bytes as unknown)
          : fc.option(schemaArbitrary(property, options), { nil: undefined }),
      ),
    )
    .map((values) => {
      const form = new FormData();
      values.forEach((value, i) => {
        const name = fields[i]?.[0];
        if (!name || value === undefined) return;
        if (value instanceof Uint8Array)
          form.append(name, new Blob([value as Uint8Array<ArrayBuffer>]), "fuzz.bin");
        else form.append(name, String(value));
      });
      return form;
    });
}

function bodyArbitrary(route: OpenApiRoute, options: ArbitraryOptions): fc.Arbitrary<FuzzRequest["body"]> {
  const json = route.body["application/json"];
  const multipart = route.body["multipart/form-data"];
  const binary = Object.keys(route.body).find(
    (type) => type !== "application/json" && type !== "multipart/form-data",
  );
  const choices: fc.Arbitrary<FuzzRequest["body"]>[] = [];
  if (json) {
    choices.push(
      fuzzedValue(json, options).map((value) => ({
        content: JSON.stringify(value),
        contentType: "application/json",
      })),
    );
  }
  if (multipart) choices.push(formArbitrary(multipart, options).map((form) => ({ content: form })));
  if (binary)
    choices.push(fc.uint8Array({ maxLength: 500 }).map((bytes) => ({ content: bytes, contentType: binary })));
  // Bodies a client gets wrong: not JSON at all, or the wrong content type.
  choices.push(
    fc.constantFrom(
      { content: "{not json", contentType: "application/json" },
      { content: "", contentType: "application/json" },
      { content: "a=1&b=2", contentType: "application/x-www-form-urlencoded" },
      { content: "[]", contentType: "text/plain" },
    ),
  );
  if (choices.length === 1)
    return fc.option(choices[0] as fc.Arbitrary<FuzzRequest["body"]>, { nil: undefined, freq: 4 });
  return fc.oneof(
    { weight: 8, arbitrary: fc.oneof(...choices.slice(0, -1)) },
    { weight: 2, arbitrary: choices.at(-1) as fc.Arbitrary<FuzzRequest["body"]> },
  );
}

/** One route's requests, from every role: path parameters, query and body generated from its schemas. */
export function routeRequestArbitrary(
  route: OpenApiRoute,
  options: ArbitraryOptions,
): fc.Arbitrary<FuzzRequest> {
  const pathParams = route.parameters.filter((p) => p.in === "path").map((p) => p.name);
  return fc
    .record({
      role: fc.constantFrom(...ROLES),
      params: fc.tuple(...pathParams.map(() => pathParamArbitrary(options))),
      query: queryArbitrary(route, options),
      body: route.method === "GET" ? fc.constant(undefined) : bodyArbitrary(route, options),
    })
    .map(({ role, params, query, body }) => ({
      route: route.key,
      role,
      method: route.method,
      url:
        fillPath(route.path, Object.fromEntries(pathParams.map((name, i) => [name, params[i] ?? ""]))) +
        query,
      body,
    }));
}

/** Requests over every route, each route equally likely. */
export function requestArbitrary(
  routes: OpenApiRoute[],
  options: ArbitraryOptions,
): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(...routes.map((route) => routeRequestArbitrary(route, options)));
}
