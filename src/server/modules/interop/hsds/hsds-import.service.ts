import { and, isNotNull, sql } from "drizzle-orm";
import type { Locale } from "../../../../shared/vocabulary.ts";
import { type Database, withActor } from "../../../db/client.ts";
import { organizations } from "../../organizations/organizations.schema.ts";
import { locations, services } from "../../services/services.schema.ts";
import { readCsvTable } from "./hsds-csv.ts";
import { isUuid } from "./hsds-ids.ts";
import { type ExistingIds, type ImportPlan, planImport } from "./hsds-import-plan.ts";
import { type Reject, withoutRejected } from "./hsds-import-reject.ts";
import { type ImportIssue, issue, type RecordTables, type SourceRecord } from "./hsds-import-types.ts";
import { type Progress, writePlan } from "./hsds-import-write.ts";
import { readJsonFile, tablesOf } from "./hsds-json.ts";
import type { SourceFile } from "./hsds-source.ts";
import { HSDS_TABLES } from "./hsds-tables.ts";

export interface ImportOptions {
  locale: Locale;
  defaultRegion: string | null;
  partial: boolean;
  actorId: string | null;
  progress?: Progress;
}

export interface ImportReport {
  /** Whether anything was written: all of the batch, or with `partial` its valid records. */
  written: boolean;
  counts: { organizations: number; locations: number; services: number; servicesAtLocations: number };
  issues: ImportIssue[];
  rejects: Reject[];
  /** Files Yntymaq does not read (HSDS tables it does not model). */
  ignoredFiles: string[];
  /**
   * Milliseconds spent reading and checking the batch, and writing it (with, inside the write, the one
   * refresh of the directory entries and coverage cells at its end).
   */
  timings: { checkMs: number; writeMs: number; readModelMs: number };
}

/** Reads the batch: the tabular form when it has a data package or known CSV tables, else HSDS JSON. */
export function readBatch(files: SourceFile[]): {
  records: SourceRecord[];
  issues: ImportIssue[];
  ignoredFiles: string[];
} {
  const byFile = new Map(HSDS_TABLES.map((table) => [table.file, table]));
  const tabular = files.some((f) => f.name === "datapackage.json" || byFile.has(f.name));
  const records: SourceRecord[] = [];
  const issues: ImportIssue[] = [];
  const ignoredFiles: string[] = [];
  for (const file of files) {
    const table = byFile.get(file.name);
    const result = tabular
      ? table
        ? readCsvTable(table, file.name, file.bytes)
        : undefined
      : file.name.toLowerCase().endsWith(".json")
        ? readJsonFile(file.name, new TextDecoder().decode(file.bytes))
        : undefined;
    if (!result) {
      if (file.name !== "datapackage.json") ignoredFiles.push(file.name);
      continue;
    }
    // One at a time: spreading a hundred thousand records into push() overflows the stack.
    for (const record of result.records) records.push(record);
    for (const problem of result.issues) issues.push(problem);
  }
  if (records.length === 0 && issues.length === 0)
    issues.push(issue({ file: "", row: "" }, "", "hsds.problem.empty_batch"));
  return { records, issues, ignoredFiles };
}

/** The ids the batch refers to, outside the batch, that already exist in the database. */
async function existingIds(db: Database, tables: RecordTables): Promise<ExistingIds> {
  const inBatch = (object: Parameters<RecordTables["get"]>[0]) =>
    new Set((tables.get(object) ?? []).map((source) => source.record.id));
  const referenced = (object: Parameters<RecordTables["get"]>[0], field: string) =>
    (tables.get(object) ?? [])
      .map((source) => source.record[field])
      .filter((value): value is string => typeof value === "string" && isUuid(value));
  const find = async (table: typeof organizations | typeof locations | typeof services, ids: string[]) => {
    const outside = [...new Set(ids)].filter((id) => !batch.get(table)?.has(id));
    if (outside.length === 0) return new Set<string>();
    // One array parameter: a list of a hundred thousand ids would pass PostgreSQL's limit of parameters.
    const rows = await db
      .select({ id: table.id })
      .from(table)
      .where(sql`${table.id} = any(${sql.param(outside)}::uuid[])`);
    return new Set(rows.map((row) => row.id));
  };
  const batch = new Map<unknown, Set<unknown>>([
    [organizations, inBatch("organization")],
    [locations, inBatch("location")],
    [services, inBatch("service")],
  ]);
  return {
    organizations: await find(organizations, [
      ...referenced("service", "organization_id"),
      ...referenced("location", "organization_id"),
    ]),
    locations: await find(locations, [
      ...referenced("service_at_location", "location_id"),
      ...referenced("address", "location_id"),
    ]),
    services: await find(services, referenced("service_at_location", "service_id")),
  };
}

/** A BIN is unique: one already held by another organization is an error, not a database failure. */
async function binConflicts(db: Database, plan: ImportPlan): Promise<ImportIssue[]> {
  const withBin = plan.organizations.filter((p) => p.row.bin);
  if (withBin.length === 0) return [];
  const holders = await db
    .select({ id: organizations.id, bin: organizations.bin })
    .from(organizations)
    .where(
      and(
        isNotNull(organizations.bin),
        sql`${organizations.bin} = any(${sql.param(withBin.map((p) => p.row.bin as string))}::text[])`,
      ),
    );
  const holder = new Map(holders.map((h) => [h.bin, h.id]));
  const seen = new Map<string, string>();
  const issues: ImportIssue[] = [];
  for (const { row, source } of withBin) {
    const bin = row.bin as string;
    const owner = holder.get(bin) ?? seen.get(bin);
    if (owner && owner !== row.id) issues.push(issue(source, "tax_id", "hsds.problem.bin_taken", { bin }));
    seen.set(bin, row.id);
  }
  return issues;
}

const countsOf = (plan: ImportPlan) => ({
  organizations: plan.organizations.length,
  locations: plan.locations.length,
  services: plan.services.length,
  servicesAtLocations: plan.serviceLocations.length,
});

/** Checks the whole batch, then writes it in one transaction (or, with `partial`, its valid records only). */
export async function importHsds(
  db: Database,
  files: SourceFile[],
  options: ImportOptions,
): Promise<ImportReport> {
  const started = performance.now();
  const read = readBatch(files);
  const grouped = tablesOf(read.records);
  let plan = planImport(grouped.tables, await existingIds(db, grouped.tables), options);
  plan.issues = [...read.issues, ...grouped.issues, ...plan.issues, ...(await binConflicts(db, plan))];
  const hasErrors = plan.issues.some((i) => i.severity === "error");
  let rejects: Reject[] = [];
  const checked = performance.now();
  const timings = { checkMs: Math.round(checked - started), writeMs: 0, readModelMs: 0 };
  if (hasErrors && !options.partial)
    return {
      written: false,
      counts: countsOf(plan),
      issues: plan.issues,
      rejects,
      ignoredFiles: read.ignoredFiles,
      timings,
    };
  if (hasErrors) ({ plan, rejects } = withoutRejected(plan, grouped.tables));
  const toWrite = plan;
  const written = await withActor(db, options.actorId, (tx) => writePlan(tx, toWrite, options.progress));
  timings.readModelMs = written.readModelMs;
  timings.writeMs = Math.round(performance.now() - checked);
  return {
    written: true,
    counts: countsOf(plan),
    issues: plan.issues,
    rejects,
    ignoredFiles: read.ignoredFiles,
    timings,
  };
}
