import { type ImportIssue, issue, type RecordTables, type SourceRecord } from "./hsds-import-types.ts";
import type { HsdsObjectName } from "./hsds-schemas.ts";
import { HSDS_TABLES } from "./hsds-tables.ts";

type Json = Record<string, unknown>;

/** Nested fields of each object that hold other objects, and what those are. */
const CHILDREN: Partial<Record<HsdsObjectName, Record<string, HsdsObjectName>>> = {
  organization: { phones: "phone", locations: "location", services: "service" },
  service: {
    phones: "phone",
    schedules: "schedule",
    languages: "language",
    attributes: "attribute",
    service_at_locations: "service_at_location",
    organization: "organization",
  },
  service_at_location: { location: "location", service: "service", phones: "phone", schedules: "schedule" },
  location: { addresses: "address", phones: "phone", languages: "language", schedules: "schedule" },
  phone: { languages: "language" },
  attribute: { taxonomy_term: "taxonomy_term" },
  taxonomy_term: { taxonomy_detail: "taxonomy" },
};

/** The foreign key a child gets from its parent when it does not say so itself. */
const PARENT_KEY: Partial<Record<HsdsObjectName, string>> = {
  organization: "organization_id",
  service: "service_id",
  location: "location_id",
  service_at_location: "service_at_location_id",
  phone: "phone_id",
};

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** The kind of a top-level JSON record, from the file name first, then from its shape. */
function kindOf(file: string, record: Json): HsdsObjectName {
  const name = file.toLowerCase();
  if (name.startsWith("service_at_location")) return "service_at_location";
  if (name.startsWith("service")) return "service";
  if (name.startsWith("organization")) return "organization";
  if (name.startsWith("location")) return "location";
  if (name.startsWith("taxonomy_term")) return "taxonomy_term";
  if (name.startsWith("taxonomy")) return "taxonomy";
  if ("location_type" in record) return "location";
  if ("service_id" in record && "location_id" in record) return "service_at_location";
  if ("status" in record || "service_at_locations" in record) return "service";
  return "organization";
}

/** Splits a nested HSDS record into flat records, each knowing its parent and its place in the file. */
function flatten(object: HsdsObjectName, record: Json, file: string, pointer: string, out: SourceRecord[]) {
  const children = CHILDREN[object] ?? {};
  const flat: Json = {};
  for (const [key, value] of Object.entries(record)) if (!(key in children)) flat[key] = value;
  // service_at_location links its nested service and location by id.
  if (object === "service_at_location") {
    if (isObject(record.location) && flat.location_id === undefined) flat.location_id = record.location.id;
    if (isObject(record.service) && flat.service_id === undefined) flat.service_id = record.service.id;
  }
  if (object === "service" && isObject(record.organization) && flat.organization_id === undefined)
    flat.organization_id = record.organization.id;
  out.push({ object, record: flat, file, row: pointer || "/" });
  for (const [key, childObject] of Object.entries(children)) {
    const value = record[key];
    const items = Array.isArray(value) ? value : isObject(value) ? [value] : [];
    items.forEach((item, index) => {
      if (!isObject(item)) return;
      const parentKey = PARENT_KEY[object];
      const child: Json = { ...item };
      // A nested record belongs to its parent unless it names another one (the organization of a service is its parent's parent).
      if (
        parentKey &&
        childObject !== "organization" &&
        child[parentKey] === undefined &&
        record.id !== undefined
      )
        child[parentKey] = record.id;
      flatten(childObject, child, file, `${pointer}/${key}${Array.isArray(value) ? `/${index}` : ""}`, out);
    });
  }
}

/** Reads HSDS JSON: one record, an array, a page (`contents`) or the tabular form (`{"services.csv": [...]}`). */
export function readJsonFile(file: string, text: string): { records: SourceRecord[]; issues: ImportIssue[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return {
      records: [],
      issues: [
        issue({ file, row: "/" }, "", "hsds.problem.json_syntax", { detail: (error as Error).message }),
      ],
    };
  }
  const records: SourceRecord[] = [];
  if (isObject(parsed) && Object.keys(parsed).some((key) => key.endsWith(".csv"))) {
    for (const table of HSDS_TABLES) {
      const rows = parsed[table.file];
      if (!Array.isArray(rows)) continue;
      rows.forEach((row, index) => {
        if (isObject(row)) flatten(table.object, row, file, `/${table.file}/${index}`, records);
      });
    }
    return { records, issues: [] };
  }
  const items =
    isObject(parsed) && Array.isArray(parsed.contents)
      ? parsed.contents
      : Array.isArray(parsed)
        ? parsed
        : [parsed];
  const base =
    isObject(parsed) && Array.isArray(parsed.contents) ? "/contents" : Array.isArray(parsed) ? "" : null;
  items.forEach((item, index) => {
    if (!isObject(item)) return;
    flatten(kindOf(file, item), item, file, base === null ? "" : `${base}/${index}`, records);
  });
  return { records, issues: [] };
}

/**
 * Groups records by object. The same id twice in JSON is one record repeated by nesting, merged with the
 * first value winning; twice in one CSV table it is a mistake.
 */
export function tablesOf(records: SourceRecord[]): { tables: RecordTables; issues: ImportIssue[] } {
  const tables: RecordTables = new Map();
  const issues: ImportIssue[] = [];
  const seen = new Map<string, SourceRecord>();
  for (const source of records) {
    const id = source.record.id;
    const key = typeof id === "string" ? `${source.object}\u0000${id}` : undefined;
    const earlier = key ? seen.get(key) : undefined;
    if (earlier && source.file.endsWith(".csv")) {
      issues.push(issue(source, "id", "hsds.problem.duplicate_id", { id: String(id), row: earlier.row }));
      continue;
    }
    if (earlier) {
      for (const [field, value] of Object.entries(source.record))
        if (earlier.record[field] === undefined) earlier.record[field] = value;
      continue;
    }
    if (key) seen.set(key, source);
    const list = tables.get(source.object);
    if (list) list.push(source);
    else tables.set(source.object, [source]);
  }
  return { tables, issues };
}
