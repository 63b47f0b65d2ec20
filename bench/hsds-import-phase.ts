import { stringify } from "csv-stringify/sync";
import { strToU8, zipSync } from "fflate";
import { connectDatabase } from "../src/server/db/client.ts";
import { derivedId } from "../src/server/modules/interop/hsds/hsds-ids.ts";
import { importHsds } from "../src/server/modules/interop/hsds/hsds-import.service.ts";
import type { HsdsObjectName } from "../src/server/modules/interop/hsds/hsds-schemas.ts";
import { filesOfZip } from "../src/server/modules/interop/hsds/hsds-source.ts";
import { dataPackageDescriptor, tableOf, toCsvRow } from "../src/server/modules/interop/hsds/hsds-tables.ts";
import type { BenchBatch } from "./bench-rows.ts";
import { generateDataset } from "./data-generator.ts";

export interface HsdsImportFigures {
  services: number;
  organizations: number;
  locations: number;
  servicesAtLocations: number;
  packageBytes: number;
  /** Generating the package (not part of the import). */
  buildMs: number;
  /** Reading, schema and reference checks, mapping. */
  checkMs: number;
  /** The one transaction: the rows, then the read model refreshed once (`readModelMs` of it). */
  writeMs: number;
  readModelMs: number;
  /** The import as a caller waits for it: unzip, check and write. */
  totalMs: number;
}

/** Organizations, locations, services and services at locations written, per second of the whole import. */
export const rowsPerSecond = (f: HsdsImportFigures, ms = f.totalMs) =>
  ((f.organizations + f.locations + f.services + f.servicesAtLocations) * 1000) / Math.max(ms, 1);

export function formatHsdsImport(f: HsdsImportFigures): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return (
    `hsds import ${f.services.toLocaleString("en")} services (${(f.packageBytes / 2 ** 20).toFixed(1)} MB zip, fresh database): ` +
    `build ${s(f.buildMs)}, check ${s(f.checkMs)}, write ${s(f.writeMs)} (read model ${s(f.readModelMs)}), ` +
    `total ${s(f.totalMs)}; ${Math.round(rowsPerSecond(f)).toLocaleString("en")} rows/s (write alone ${Math.round(rowsPerSecond(f, f.writeMs)).toLocaleString("en")})`
  );
}

type Rows = Map<HsdsObjectName, Array<Record<string, unknown>>>;

/** One generated batch as HSDS records, Kazakh text in the fields and every language in `translations`. */
function addBatch(rows: Rows, batch: BenchBatch) {
  const push = (object: HsdsObjectName, record: Record<string, unknown>) => rows.get(object)?.push(record);
  for (const org of batch.organizations) {
    push("organization", {
      id: org.id,
      name: org.name.kk,
      description: org.description.kk,
      email: org.email,
      ...(org.website ? { website: org.website } : {}),
      ...(org.bin ? { tax_id: org.bin } : {}),
      organization_type: org.type,
      organization_level: org.level,
      target_groups: org.targetGroups,
      translations: {
        kk: { name: org.name.kk, description: org.description.kk },
        ru: { name: org.name.ru, description: org.description.ru },
        en: { name: org.name.en, description: org.description.en },
      },
    });
    push("phone", {
      id: derivedId("organization_phone", org.id),
      organization_id: org.id,
      number: org.phone,
    });
  }
  for (const location of batch.locations) {
    push("location", {
      id: location.id,
      location_type: "physical",
      organization_id: location.organizationId,
      latitude: location.latitude,
      longitude: location.longitude,
      region_code: location.regionCode,
      translations: Object.fromEntries(
        (["kk", "ru", "en"] as const).map((l) => [
          l,
          { address_1: location.address[l], city: location.locality[l] },
        ]),
      ),
    });
    push("address", {
      id: derivedId("address", location.id),
      location_id: location.id,
      address_1: location.address.kk,
      city: location.locality.kk,
      state_province: location.regionCode,
      postal_code: location.postalCode,
      country: "KZ",
      address_type: "physical",
    });
  }
  for (const service of batch.services) {
    push("service", {
      id: service.id,
      organization_id: service.organizationId,
      name: service.name.kk,
      description: service.description.kk,
      status: service.status,
      email: service.email,
      minimum_age: service.minAge,
      maximum_age: service.maxAge,
      cost_kind: service.cost,
      target_groups: service.targetGroups,
      referral_requirement: service.referralRequirement,
      has_waitlist: service.hasWaitlist,
      ...(service.capacity !== null ? { capacity: service.capacity } : {}),
      translations: Object.fromEntries(
        (["kk", "ru", "en"] as const).map((l) => [
          l,
          {
            name: service.name[l],
            description: service.description[l],
            application_process: service.applicationProcess[l],
            schedule: service.schedule[l],
            ...(service.feesDescription ? { fees_description: service.feesDescription[l] } : {}),
          },
        ]),
      ),
    });
    push("phone", {
      id: derivedId("service_phone", service.id),
      service_id: service.id,
      number: service.phone,
    });
    for (const code of service.languages)
      push("language", {
        id: derivedId("service_language", `${service.id}:${code}`),
        service_id: service.id,
        code,
      });
  }
  for (const link of batch.serviceLocations)
    push("service_at_location", {
      id: derivedId("service_at_location", `${link.serviceId}:${link.locationId}`),
      service_id: link.serviceId,
      location_id: link.locationId,
    });
}

/** The generated dataset as an HSDS tabular package (zip), as another directory would send it. */
export function buildHsdsPackage(services: number, seed: number): Uint8Array {
  const objects: HsdsObjectName[] = [
    "organization",
    "phone",
    "location",
    "address",
    "service",
    "language",
    "service_at_location",
  ];
  const rows: Rows = new Map(objects.map((object) => [object, []]));
  for (const batch of generateDataset({ seed, services })) addBatch(rows, batch);
  const files: Record<string, Uint8Array> = {
    "datapackage.json": strToU8(JSON.stringify(dataPackageDescriptor(new Date().toISOString()))),
  };
  for (const [object, records] of rows) {
    const table = tableOf(object);
    files[table.file] = strToU8(
      stringify([table.columns.map((c) => c.name), ...records.map((r) => toCsvRow(table, r))]),
    );
  }
  return zipSync(files, { level: 1 });
}

/**
 * Times `yntymaq import hsds` on a package of `services` generated services: checking every record against the
 * official schemas and Yntymaq's rules, then writing it in one transaction. Its ids come from `seed`, so use a seed
 * other than the loaded dataset's; it adds the services to `databaseUrl`, so run it after the search phases.
 */
export async function runHsdsImportPhase(
  databaseUrl: string,
  options: { services: number; seed: number; log?: (line: string) => void },
): Promise<HsdsImportFigures> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  const zip = buildHsdsPackage(options.services, options.seed);
  const built = performance.now();
  log(
    `hsds import: package of ${options.services} services, ${(zip.length / 2 ** 20).toFixed(1)} MB, built in ${Math.round(built - started)} ms`,
  );
  const handle = connectDatabase(databaseUrl, 2);
  try {
    const report = await importHsds(handle.db, filesOfZip(zip), {
      locale: "kk",
      defaultRegion: null,
      partial: false,
      actorId: null,
    });
    const errors = report.issues.filter((i) => i.severity === "error");
    if (!report.written)
      throw new Error(`hsds import rejected the package: ${JSON.stringify(errors.slice(0, 3))}`);
    const figures: HsdsImportFigures = {
      ...report.counts,
      packageBytes: zip.length,
      buildMs: Math.round(built - started),
      ...report.timings,
      totalMs: Math.round(performance.now() - built),
    };
    log(
      `hsds import: ${figures.services} services checked in ${figures.checkMs} ms, written in ${figures.writeMs} ms (read model ${figures.readModelMs} ms)`,
    );
    return figures;
  } finally {
    await handle.close();
  }
}
