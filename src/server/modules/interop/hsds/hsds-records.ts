import { REGION_SEEDS } from "../../regions/regions.data.ts";
import { serviceAtLocationKey } from "./hsds-ids.ts";
import { compact, type HsdsRecord, type MappingContext } from "./hsds-record-types.ts";
import type { LocationRowLike, OrganizationRowLike, ServiceRowLike } from "./hsds-rows.ts";
import { serviceAttributes } from "./hsds-taxonomy-records.ts";
import { textIn, translationsOf } from "./hsds-text.ts";

const regionNames = new Map(REGION_SEEDS.map((region) => [region.code, region.name]));

/** HSDS language names are free text; Yntymaq writes each language's own name for itself. */
export const LANGUAGE_NAMES: Record<string, string> = { kk: "Қазақ тілі", ru: "Русский язык", en: "English" };

const phoneRecord = (id: string, owner: Record<string, string>, number: string | null): HsdsRecord[] =>
  number ? [{ id, ...owner, number }] : [];

/** The one-to-one fields of an organization (`organization_list`), plus the profile's fields. */
export function organizationListRecord(row: OrganizationRowLike, ctx: MappingContext): HsdsRecord {
  return compact({
    id: row.id,
    name: textIn(row.name, ctx.locale) ?? "",
    // HSDS requires a description; an organization without one gets an empty text rather than being left out.
    description: textIn(row.description, ctx.locale) ?? "",
    email: row.email,
    website: row.website,
    tax_id: row.bin,
    organization_type: row.type,
    organization_level: row.level,
    regions_served: row.regionsServed,
    target_groups: row.targetGroups,
    translations: translationsOf({ name: row.name, description: row.description }),
  });
}

export function organizationPhones(row: OrganizationRowLike, ctx: MappingContext): HsdsRecord[] {
  return phoneRecord(ctx.resolveId("organization_phone", row.id), { organization_id: row.id }, row.phone);
}

export function addressRecord(row: LocationRowLike, ctx: MappingContext): HsdsRecord {
  const region = regionNames.get(row.regionCode);
  return compact({
    id: ctx.resolveId("address", row.id),
    location_id: row.id,
    address_1: textIn(row.address, ctx.locale) ?? "",
    city: textIn(row.locality, ctx.locale) ?? "",
    state_province: region ? region[ctx.locale] : row.regionCode,
    // Required by HSDS even where Yntymaq has no postcode: an empty code rather than a missing field.
    postal_code: row.postalCode ?? "",
    country: "KZ",
    address_type: "physical",
  });
}

export function locationRecord(row: LocationRowLike, ctx: MappingContext): HsdsRecord {
  return compact({
    id: row.id,
    location_type: "physical",
    organization_id: row.organizationId,
    name: textIn(row.name, ctx.locale),
    latitude: row.latitude,
    longitude: row.longitude,
    addresses: [addressRecord(row, ctx)],
    region_code: row.regionCode,
    translations: translationsOf({ name: row.name, address_1: row.address, city: row.locality }),
  });
}

/** The one-to-one fields of a service (`service_list`), plus the profile's fields. */
export function serviceListRecord(row: ServiceRowLike, ctx: MappingContext): HsdsRecord {
  return compact({
    id: row.id,
    organization_id: row.organizationId,
    name: textIn(row.name, ctx.locale) ?? "",
    description: textIn(row.description, ctx.locale),
    url: row.url,
    email: row.email,
    status: row.status,
    application_process: textIn(row.applicationProcess, ctx.locale),
    fees_description: textIn(row.feesDescription, ctx.locale),
    wait_time: textIn(row.waitlistNote, ctx.locale),
    minimum_age: row.minAge,
    maximum_age: row.maxAge,
    assured_date: row.assuredDate,
    last_modified: row.updatedAt.toISOString(),
    cost_kind: row.cost,
    target_groups: row.targetGroups,
    referral_requirement: row.referralRequirement,
    referral_note: textIn(row.referralNote, ctx.locale),
    has_waitlist: row.hasWaitlist,
    capacity: row.capacity,
    state_funded_places: row.stateFundedPlaces,
    translations: translationsOf({
      name: row.name,
      description: row.description,
      application_process: row.applicationProcess,
      fees_description: row.feesDescription,
      wait_time: row.waitlistNote,
      referral_note: row.referralNote,
      schedule: row.schedule,
    }),
  });
}

export function serviceAtLocationRecord(
  service: ServiceRowLike,
  location: LocationRowLike,
  ctx: MappingContext,
): HsdsRecord {
  return {
    id: ctx.resolveId("service_at_location", serviceAtLocationKey(service.id, location.id)),
    service_id: service.id,
    location_id: location.id,
  };
}

/** The repeated parts of a service that are not other top-level objects. */
export function serviceChildren(row: ServiceRowLike, ctx: MappingContext) {
  const schedule = textIn(row.schedule, ctx.locale);
  return {
    phones: phoneRecord(ctx.resolveId("service_phone", row.id), { service_id: row.id }, row.phone),
    schedules:
      schedule !== undefined
        ? [{ id: ctx.resolveId("service_schedule", row.id), service_id: row.id, description: schedule }]
        : [],
    languages: row.languages.map((code) => ({
      id: ctx.resolveId("service_language", `${row.id}:${code}`),
      service_id: row.id,
      name: LANGUAGE_NAMES[code],
      code,
    })),
    attributes: serviceAttributes(row.id, row.categoryCodes, row.targetGroups, ctx.locale, ctx.resolveId),
  };
}

/** A fully nested service (`compiled/service.json`). */
export function fullServiceRecord(
  row: ServiceRowLike,
  organization: OrganizationRowLike | undefined,
  serviceLocations: LocationRowLike[],
  ctx: MappingContext,
): HsdsRecord {
  return {
    ...serviceListRecord(row, ctx),
    ...serviceChildren(row, ctx),
    service_at_locations: serviceLocations.map((location) => ({
      ...serviceAtLocationRecord(row, location, ctx),
      location: locationRecord(location, ctx),
    })),
    ...(organization ? { organization: organizationListRecord(organization, ctx) } : {}),
  };
}
