import type { Locale, SERVICE_LANGUAGES } from "../../../../shared/vocabulary.ts";
import { serviceAtLocationKey, serviceCategoryTermId, targetGroupTermId } from "./hsds-ids.ts";
import {
  type LocationInsert,
  mapLocation,
  mapOrganization,
  mapService,
  type OrganizationInsert,
  regionOf,
  type ServiceInsert,
} from "./hsds-import-map.ts";
import { type ImportIssue, issue, type RecordTables, type SourceRecord } from "./hsds-import-types.ts";
import { validateHsdsObject } from "./hsds-schemas.ts";
import { SERVICE_CATEGORY_TAXONOMY, TARGET_GROUP_TAXONOMY, termById } from "./hsds-taxonomy-records.ts";

export interface ExistingIds {
  organizations: Set<string>;
  locations: Set<string>;
  services: Set<string>;
}

export interface PlanOptions {
  locale: Locale;
  /** The region of locations whose address names none of Kazakhstan's; without it they are errors. */
  defaultRegion: string | null;
}

export interface Planned<T> {
  source: SourceRecord;
  row: T;
}

export interface ImportPlan {
  organizations: Array<Planned<OrganizationInsert>>;
  locations: Array<Planned<LocationInsert>>;
  services: Array<Planned<ServiceInsert>>;
  serviceLocations: Array<Planned<{ serviceId: string; locationId: string }>>;
  identifiers: Array<{ entity: string; localKey: string; hsdsId: string }>;
  issues: ImportIssue[];
}

const LANGUAGE_CODES: Record<string, (typeof SERVICE_LANGUAGES)[number]> = {
  kk: "kk",
  kaz: "kk",
  kz: "kk",
  ru: "ru",
  rus: "ru",
  en: "en",
  eng: "en",
};

const str = (value: unknown): string | undefined =>
  typeof value === "string" && value !== "" ? value : undefined;

function groupBy(records: SourceRecord[], field: string): Map<string, SourceRecord[]> {
  const groups = new Map<string, SourceRecord[]>();
  for (const source of records) {
    const key = str(source.record[field]);
    if (!key) continue;
    const list = groups.get(key);
    if (list) list.push(source);
    else groups.set(key, [source]);
  }
  return groups;
}

/** Checks every record against the official schema and Yntymaq's rules, and maps the valid ones onto rows. */
export function planImport(tables: RecordTables, existing: ExistingIds, options: PlanOptions): ImportPlan {
  const issues: ImportIssue[] = [];
  const all = (object: Parameters<RecordTables["get"]>[0]) => tables.get(object) ?? [];
  for (const [object, records] of tables)
    for (const source of records)
      for (const problem of validateHsdsObject(object, source.record))
        issues.push(issue(source, problem.field, problem.messageKey, problem.params));

  const ids = (object: Parameters<RecordTables["get"]>[0]) =>
    new Set(all(object).map((s) => String(s.record.id)));
  const orgIds = ids("organization");
  const serviceIds = ids("service");
  const locationIds = ids("location");
  const knownOrg = (id: string | undefined) =>
    id !== undefined && (orgIds.has(id) || existing.organizations.has(id));
  const knownService = (id: string | undefined) =>
    id !== undefined && (serviceIds.has(id) || existing.services.has(id));
  const knownLocation = (id: string | undefined) =>
    id !== undefined && (locationIds.has(id) || existing.locations.has(id));
  const plan: ImportPlan = {
    organizations: [],
    locations: [],
    services: [],
    serviceLocations: [],
    identifiers: [],
    issues,
  };
  const link = (entity: string, localKey: string, hsdsId: unknown) => {
    if (str(hsdsId)) plan.identifiers.push({ entity, localKey, hsdsId: String(hsdsId) });
  };

  const phonesByOrg = groupBy(all("phone"), "organization_id");
  const phonesByService = groupBy(all("phone"), "service_id");
  for (const source of all("organization")) {
    const phone = phonesByOrg.get(String(source.record.id))?.[0];
    if (phone) link("organization_phone", String(source.record.id), phone.record.id);
    plan.organizations.push({
      source,
      row: mapOrganization(source, options.locale, str(phone?.record.number) ?? null, issues),
    });
  }

  const sals = all("service_at_location");
  for (const source of sals) {
    const serviceId = str(source.record.service_id);
    const locationId = str(source.record.location_id);
    if (!knownService(serviceId))
      issues.push(
        issue(source, "service_id", serviceId ? "hsds.problem.unknown_reference" : "hsds.problem.required", {
          id: serviceId ?? "",
        }),
      );
    if (!knownLocation(locationId))
      issues.push(
        issue(
          source,
          "location_id",
          locationId ? "hsds.problem.unknown_reference" : "hsds.problem.required",
          { id: locationId ?? "" },
        ),
      );
    if (!serviceId || !locationId) continue;
    plan.serviceLocations.push({ source, row: { serviceId, locationId } });
    link("service_at_location", serviceAtLocationKey(serviceId, locationId), source.record.id);
  }

  const servicesById = new Map(all("service").map((s) => [String(s.record.id), s]));
  const addressesByLocation = groupBy(all("address"), "location_id");
  for (const source of all("address"))
    if (!knownLocation(str(source.record.location_id)))
      issues.push(
        issue(source, "location_id", "hsds.problem.unknown_reference", {
          id: String(source.record.location_id ?? ""),
        }),
      );
  for (const source of all("location")) {
    const id = String(source.record.id);
    let organizationId = str(source.record.organization_id);
    if (!knownOrg(organizationId)) {
      // A location names an organization the batch does not have: it belongs to the one whose services are there.
      const viaService = sals.find(
        (s) => s.record.location_id === id && servicesById.has(String(s.record.service_id)),
      );
      const fallback = str(
        viaService && servicesById.get(String(viaService.record.service_id))?.record.organization_id,
      );
      if (organizationId)
        issues.push(
          issue(
            source,
            "organization_id",
            "hsds.problem.reference_replaced",
            { id: organizationId },
            "warning",
          ),
        );
      organizationId = knownOrg(fallback) ? fallback : undefined;
      if (!organizationId)
        issues.push(issue(source, "organization_id", "hsds.problem.location_without_organization"));
    }
    const address = addressesByLocation.get(id)?.[0];
    if (address) link("address", id, address.record.id);
    else issues.push(issue(source, "addresses", "hsds.problem.location_without_address"));
    const regionCode = regionOf(source, address, options.defaultRegion);
    if (!regionCode) issues.push(issue(address ?? source, "state_province", "hsds.problem.unknown_region"));
    plan.locations.push({
      source,
      row: mapLocation(source, address, organizationId ?? "", regionCode ?? "", options.locale, issues),
    });
  }

  const schedulesByService = groupBy(all("schedule"), "service_id");
  const languagesByService = groupBy(all("language"), "service_id");
  const attributesByService = groupBy(all("attribute"), "link_id");
  const batchTerms = new Map(all("taxonomy_term").map((t) => [String(t.record.id), t.record]));
  for (const source of all("service")) {
    const id = String(source.record.id);
    const organizationId = str(source.record.organization_id);
    if (!knownOrg(organizationId))
      issues.push(
        issue(
          source,
          "organization_id",
          organizationId ? "hsds.problem.unknown_reference" : "hsds.problem.required",
          { id: organizationId ?? "" },
        ),
      );
    const phone = phonesByService.get(id)?.[0];
    if (phone) link("service_phone", id, phone.record.id);
    const schedule = schedulesByService.get(id)?.[0];
    if (schedule) link("service_schedule", id, schedule.record.id);
    const languages = [] as Array<(typeof SERVICE_LANGUAGES)[number]>;
    for (const language of languagesByService.get(id) ?? []) {
      const code = LANGUAGE_CODES[String(language.record.code ?? "").toLowerCase()];
      if (!code) continue; // a language Yntymaq does not offer; listed in docs/hsds.md
      if (!languages.includes(code)) languages.push(code);
      link("service_language", `${id}:${code}`, language.record.id);
    }
    const categoryCodes: string[] = [];
    const targetGroups: string[] = [];
    for (const attribute of attributesByService.get(id) ?? []) {
      const termId = String(attribute.record.taxonomy_term_id ?? "");
      const batchTerm = batchTerms.get(termId);
      const term =
        termById.get(termId) ??
        (batchTerm?.taxonomy === SERVICE_CATEGORY_TAXONOMY
          ? termById.get(serviceCategoryTermId(String(batchTerm.code)))
          : undefined) ??
        (batchTerm?.taxonomy === TARGET_GROUP_TAXONOMY
          ? termById.get(targetGroupTermId(String(batchTerm.code)))
          : undefined);
      if (!term) continue; // a term of another taxonomy: not modelled
      (term.taxonomy === SERVICE_CATEGORY_TAXONOMY ? categoryCodes : targetGroups).push(term.code);
      link("service_attribute", `${id}:${term.id}`, attribute.record.id);
    }
    const row = mapService(
      source,
      { phone: str(phone?.record.number) ?? null, schedule, languages, categoryCodes, targetGroups },
      options.locale,
      issues,
    );
    plan.services.push({ source, row });
  }
  return plan;
}
