import { readFileSync } from "node:fs";
import path from "node:path";
import type { ErrorObject, ValidateFunction } from "ajv";
import Ajv2020Module from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { HSDS_SCHEMA_DIR } from "./hsds-paths.ts";

// Both packages are CommonJS with a default export; under ESM the class sits on `.default`.
const Ajv2020 = (Ajv2020Module as unknown as { default: typeof Ajv2020Module }).default ?? Ajv2020Module;
const addFormats =
  (addFormatsModule as unknown as { default: typeof addFormatsModule }).default ?? addFormatsModule;

/** Where the official OpenAPI document points its `$ref`s; the local copies are registered under it. */
export const HSDS_SCHEMA_BASE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";

export const HSDS_OBJECTS = [
  "organization",
  "service",
  "location",
  "service_at_location",
  "phone",
  "address",
  "language",
  "schedule",
  "taxonomy",
  "taxonomy_term",
  "attribute",
  "contact",
  "cost_option",
  "accessibility",
  "funding",
  "program",
  "service_area",
  "required_document",
  "organization_identifier",
  "metadata",
  "meta_table_description",
] as const;
export type HsdsObjectName = (typeof HSDS_OBJECTS)[number];

export interface HsdsSchemaIssue {
  /** The field as a dotted path inside the record, or "" for the record itself. */
  field: string;
  messageKey: string;
  params: Record<string, string | number>;
}

const readJson = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(HSDS_SCHEMA_DIR, file), "utf8")) as Record<string, unknown>;

let ajv: InstanceType<typeof Ajv2020> | undefined;

/** One Ajv for the process: the official object schemas, each under the URL the OpenAPI uses for it. */
export function hsdsAjv(): InstanceType<typeof Ajv2020> {
  if (ajv) return ajv;
  // strict: false because the official schemas carry Frictionless keywords (constraints, core, example…).
  const instance = new Ajv2020({ strict: false, allErrors: true });
  addFormats(instance);
  for (const name of HSDS_OBJECTS) {
    instance.addSchema({ ...readJson(`${name}.json`), $id: `${HSDS_SCHEMA_BASE}${name}.json` });
  }
  ajv = instance;
  return instance;
}

/** The validator of one object schema (its nested arrays are optional, so it also fits a CSV row). */
export function objectValidator(name: HsdsObjectName): ValidateFunction {
  const validate = hsdsAjv().getSchema(`${HSDS_SCHEMA_BASE}${name}.json`);
  if (!validate) throw new Error(`HSDS schema ${name} is not loaded`);
  return validate;
}

/** The validator of a compiled (fully nested) official schema, e.g. `compiled/service.json`; loaded on first use. */
export function compiledValidator(file: string): ValidateFunction {
  const id = `${HSDS_SCHEMA_BASE}${file}`;
  const instance = hsdsAjv();
  const existing = instance.getSchema(id);
  if (existing) return existing;
  instance.addSchema({ ...readJson(file), $id: id });
  const validate = instance.getSchema(id);
  if (!validate) throw new Error(`HSDS schema ${file} is not loaded`);
  return validate;
}

function issueOf(error: ErrorObject): HsdsSchemaIssue {
  const pointer = error.instancePath.split("/").filter(Boolean).join(".");
  const join = (extra: string) => [pointer, extra].filter(Boolean).join(".");
  switch (error.keyword) {
    case "required":
      return {
        field: join(String(error.params.missingProperty)),
        messageKey: "hsds.problem.required",
        params: {},
      };
    case "type":
      return { field: pointer, messageKey: "hsds.problem.type", params: { type: String(error.params.type) } };
    case "format":
      return {
        field: pointer,
        messageKey: "hsds.problem.format",
        params: { format: String(error.params.format) },
      };
    case "enum":
      return {
        field: pointer,
        messageKey: "hsds.problem.enum",
        params: { values: (error.params.allowedValues as unknown[]).join(", ") },
      };
    default:
      return {
        field: pointer,
        messageKey: "hsds.problem.invalid",
        params: { detail: error.message ?? error.keyword },
      };
  }
}

/** Validates one record against an official object schema; an empty list means valid. */
export function validateHsdsObject(name: HsdsObjectName, record: unknown): HsdsSchemaIssue[] {
  const validate = objectValidator(name);
  if (validate(record)) return [];
  return (validate.errors ?? []).map(issueOf);
}
