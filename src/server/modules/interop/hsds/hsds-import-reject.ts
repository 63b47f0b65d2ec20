import type { ImportPlan } from "./hsds-import-plan.ts";
import type { ImportIssue, RecordTables, SourceRecord } from "./hsds-import-types.ts";

export interface Reject {
  source: SourceRecord;
  issues: ImportIssue[];
}

const at = (file: string, row: string) => `${file}\u0000${row}`;

/** The field of a child record that names the record it belongs to. */
const OWNER_FIELDS = ["service_id", "organization_id", "location_id", "link_id"];

/**
 * For `--partial`: the records with errors, plus those that depend on them (a child's error rejects its owner;
 * a rejected organization takes its services and locations along; a rejected service or location its links).
 */
export function withoutRejected(
  plan: ImportPlan,
  tables: RecordTables,
): { plan: ImportPlan; rejects: Reject[] } {
  const sources = new Map<string, SourceRecord>();
  for (const records of tables.values())
    for (const source of records) sources.set(at(source.file, source.row), source);
  const problems = new Map<SourceRecord, ImportIssue[]>();
  const rejectedIds = new Set<string>();
  for (const problem of plan.issues) {
    if (problem.severity !== "error") continue;
    const source = sources.get(at(problem.file, problem.row));
    if (!source) continue;
    problems.set(source, [...(problems.get(source) ?? []), problem]);
    rejectedIds.add(String(source.record.id));
    if (!["organization", "service", "location", "service_at_location"].includes(source.object))
      for (const field of OWNER_FIELDS)
        if (typeof source.record[field] === "string") rejectedIds.add(source.record[field] as string);
  }
  const keep = <T extends { source: SourceRecord }>(items: T[], dependsOn: (item: T) => string[]) =>
    items.filter((item) => {
      const rejected =
        rejectedIds.has(String(item.source.record.id)) || dependsOn(item).some((id) => rejectedIds.has(id));
      if (rejected) rejectedIds.add(String(item.source.record.id));
      return !rejected;
    });
  const organizations = keep(plan.organizations, () => []);
  const locations = keep(plan.locations, (item) => [item.row.organizationId]);
  const services = keep(plan.services, (item) => [item.row.organizationId]);
  const serviceLocations = keep(plan.serviceLocations, (item) => [item.row.serviceId, item.row.locationId]);
  const kept = new Set(
    [...organizations, ...locations, ...services, ...serviceLocations].map((item) => item.source),
  );
  const rejects: Reject[] = [];
  for (const item of [...plan.organizations, ...plan.locations, ...plan.services, ...plan.serviceLocations])
    if (!kept.has(item.source))
      rejects.push({ source: item.source, issues: problems.get(item.source) ?? [] });
  for (const [source, issues] of problems)
    if (!kept.has(source) && !rejects.some((r) => r.source === source)) rejects.push({ source, issues });
  const identifiers = plan.identifiers.filter(
    (entry) => !entry.localKey.split(":").some((part) => rejectedIds.has(part)),
  );
  return { plan: { ...plan, organizations, locations, services, serviceLocations, identifiers }, rejects };
}
