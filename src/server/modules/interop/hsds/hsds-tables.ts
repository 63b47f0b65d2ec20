import { readFileSync } from "node:fs";
import path from "node:path";
import { HSDS_SCHEMA_DIR } from "./hsds-paths.ts";
import { PROFILE_PATCHES } from "./hsds-profile.ts";
import type { HsdsObjectName } from "./hsds-schemas.ts";

export interface ColumnSpec {
  name: string;
  /** The JSON type a CSV cell is read as: "string", "number", "integer", "boolean", "array" or "object". */
  type: string;
  format?: string;
}

export interface TableSpec {
  object: HsdsObjectName;
  file: string;
  columns: ColumnSpec[];
  /** The fields the official schema requires. */
  required: string[];
}

/** The tables of the HSDS tabular package that Yntymaq reads and writes, in the order they depend on each other. */
const TABLE_FILES: Array<[HsdsObjectName, string]> = [
  ["organization", "organizations.csv"],
  ["location", "locations.csv"],
  ["address", "addresses.csv"],
  ["service", "services.csv"],
  ["service_at_location", "service_at_location.csv"],
  ["phone", "phones.csv"],
  ["schedule", "schedules.csv"],
  ["language", "languages.csv"],
  ["taxonomy", "taxonomies.csv"],
  ["taxonomy_term", "taxonomy_terms.csv"],
  ["attribute", "attributes.csv"],
];

type SchemaProperty = { type?: string; format?: string; $ref?: string; items?: unknown };

const schemaOf = (object: HsdsObjectName) =>
  JSON.parse(readFileSync(path.join(HSDS_SCHEMA_DIR, `${object}.json`), "utf8")) as {
    properties: Record<string, SchemaProperty>;
    required?: string[];
  };

function columnsOf(object: HsdsObjectName): ColumnSpec[] {
  const schema = schemaOf(object);
  const patch = PROFILE_PATCHES[`${object}.json`] as
    | { properties?: Record<string, SchemaProperty> }
    | undefined;
  const official = Object.entries(schema.properties)
    // Nested objects and arrays of objects are tables of their own in the tabular form.
    .filter(
      ([, property]) =>
        property.type !== undefined && property.type !== "array" && property.$ref === undefined,
    )
    .map(([name, property]) => ({ name, type: property.type ?? "string", format: property.format }));
  const profile = Object.entries(patch?.properties ?? {}).map(([name, property]) => ({
    name,
    type: property.type ?? "string",
  }));
  return [...official, ...profile];
}

export const HSDS_TABLES: readonly TableSpec[] = TABLE_FILES.map(([object, file]) => ({
  object,
  file,
  columns: columnsOf(object),
  required: schemaOf(object).required ?? [],
}));

export const tableOf = (object: HsdsObjectName): TableSpec => {
  const table = HSDS_TABLES.find((t) => t.object === object);
  if (!table) throw new Error(`no table for ${object}`);
  return table;
};

const FRICTIONLESS_TYPES: Record<string, string> = {
  string: "string",
  number: "number",
  integer: "integer",
  boolean: "boolean",
  array: "array",
  object: "object",
};

/** The `datapackage.json` describing the tables, as the HSDS tabular form expects. */
export function dataPackageDescriptor(created: string) {
  return {
    profile: "tabular-data-package",
    name: "yntymaq-hsds",
    title: "Yntymaq: services for children with special needs in Kazakhstan (HSDS 3.0)",
    created,
    licenses: [{ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/" }],
    resources: HSDS_TABLES.map((table) => ({
      name: table.object,
      path: table.file,
      profile: "tabular-data-resource",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      schema: {
        fields: table.columns.map((column) => ({
          name: column.name,
          type: FRICTIONLESS_TYPES[column.type] ?? "string",
          ...(column.format ? { format: column.format === "uri" ? "uri" : "default" } : {}),
        })),
        primaryKey: "id",
      },
    })),
  };
}

/** A record as a CSV row: arrays of strings joined with commas, objects as JSON, absent fields empty. */
export function toCsvRow(table: TableSpec, record: Record<string, unknown>): string[] {
  return table.columns.map(({ name }) => {
    const value = record[name];
    if (value === undefined || value === null) return "";
    if (Array.isArray(value)) return value.join(",");
    if (typeof value === "object") return JSON.stringify(value);
    return String(value);
  });
}
