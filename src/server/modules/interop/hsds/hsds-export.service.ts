import { stringify } from "csv-stringify/sync";
import { asc, inArray } from "drizzle-orm";
import { strToU8, zipSync } from "fflate";
import type { Locale } from "../../../../shared/vocabulary.ts";
import type { Queryable } from "../../../db/client.ts";
import { locations } from "../../services/services.schema.ts";
import {
  importedIdentifiers,
  loadServiceGraph,
  organizationsWithRegions,
  publicServices,
  resolverOf,
} from "./hsds-graph.repository.ts";
import { eachOrganization, eachService, organizationConditions } from "./hsds-list.repository.ts";
import type { THsdsListQuery } from "./hsds-query.ts";
import { fullServices } from "./hsds-read.service.ts";
import type { HsdsRecord, MappingContext } from "./hsds-record-types.ts";
import { addressRecord, locationRecord, organizationListRecord, organizationPhones } from "./hsds-records.ts";
import type { HsdsObjectName } from "./hsds-schemas.ts";
import { dataPackageDescriptor, HSDS_TABLES, toCsvRow } from "./hsds-tables.ts";
import { TAXONOMY_TERMS, taxonomyRecords, taxonomyTermRecord } from "./hsds-taxonomy-records.ts";

export interface HsdsExport {
  /** Records by HSDS object, flat as in the tabular form. */
  tables: Map<HsdsObjectName, HsdsRecord[]>;
  /** Fully nested services, as the JSON form. */
  services: HsdsRecord[];
}

const NO_FILTERS = { page: 1, per_page: 1, format: "json" } as THsdsListQuery;

function add(tables: HsdsExport["tables"], object: HsdsObjectName, records: HsdsRecord[]) {
  const list = tables.get(object) ?? [];
  for (const record of records) list.push(record);
  tables.set(object, list);
}

/** Splits a fully nested service into the rows of the tabular form. */
function flattenService(tables: HsdsExport["tables"], service: HsdsRecord) {
  const {
    phones,
    schedules,
    languages,
    attributes,
    service_at_locations,
    organization: _,
    ...row
  } = service as Record<string, HsdsRecord[]> & HsdsRecord;
  add(tables, "service", [row]);
  add(tables, "phone", phones ?? []);
  add(tables, "schedule", schedules ?? []);
  add(tables, "language", languages ?? []);
  add(
    tables,
    "attribute",
    (attributes ?? []).map(({ taxonomy_term: _term, ...attribute }) => attribute),
  );
  add(
    tables,
    "service_at_location",
    (service_at_locations ?? []).map(({ location: _location, ...link }) => link),
  );
}

/** Every public organization, location and service of the database as HSDS records, in `locale`. */
export async function buildHsdsExport(db: Queryable, locale: Locale): Promise<HsdsExport> {
  const tables: HsdsExport["tables"] = new Map();
  const services: HsdsRecord[] = [];
  for await (const rows of eachOrganization(db, organizationConditions(NO_FILTERS))) {
    const ids = rows.map((row) => row.id);
    const organizations = await organizationsWithRegions(db, ids);
    const orgLocations = await db
      .select()
      .from(locations)
      .where(inArray(locations.organizationId, ids))
      .orderBy(asc(locations.id));
    const identifiers = await importedIdentifiers(db, [
      ...ids.map((id): [string, string] => ["organization_phone", id]),
      ...orgLocations.map((l): [string, string] => ["address", l.id]),
    ]);
    const ctx: MappingContext = { locale, resolveId: resolverOf(identifiers) };
    for (const id of ids) {
      const organization = organizations.get(id);
      if (!organization) continue;
      add(tables, "organization", [organizationListRecord(organization, ctx)]);
      add(tables, "phone", organizationPhones(organization, ctx));
    }
    for (const location of orgLocations) {
      const { addresses: _, ...record } = locationRecord(location, ctx);
      add(tables, "location", [record]);
      add(tables, "address", [addressRecord(location, ctx)]);
    }
  }
  const publicService = publicServices();
  if (!publicService) throw new Error("public services need a condition");
  for await (const rows of eachService(db, publicService)) {
    for (const service of fullServices(await loadServiceGraph(db, rows), locale)) {
      services.push(service);
      flattenService(tables, service);
    }
  }
  add(tables, "taxonomy", taxonomyRecords(locale));
  add(
    tables,
    "taxonomy_term",
    TAXONOMY_TERMS.map((term) => taxonomyTermRecord(term, locale)),
  );
  return { tables, services };
}

/** The export as a zip: `datapackage.json`, one CSV per table, and the nested services as `services.json`. */
export function hsdsExportZip(exported: HsdsExport, created = new Date()): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "datapackage.json": strToU8(JSON.stringify(dataPackageDescriptor(created.toISOString()), null, 2)),
  };
  for (const table of HSDS_TABLES) {
    const rows = (exported.tables.get(table.object) ?? []).map((record) => toCsvRow(table, record));
    files[table.file] = strToU8(stringify([table.columns.map((c) => c.name), ...rows]));
  }
  files["services.json"] = strToU8(JSON.stringify(exported.services));
  return zipSync(files, { level: 6 });
}
