import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import {
  COST_KINDS,
  REFERRAL_REQUIREMENTS,
  SERVICE_LANGUAGES,
  SERVICE_STATUSES,
} from "../../../shared/vocabulary.ts";
import { idColumn, localizedText, timestamps, versionColumn } from "../../db/columns.ts";
import { organizations, targetGroup } from "../organizations/organizations.schema.ts";
import { regions } from "../regions/regions.schema.ts";

export const serviceStatus = pgEnum("service_status", SERVICE_STATUSES);
export const costKind = pgEnum("cost_kind", COST_KINDS);
export const serviceLanguage = pgEnum("service_language", SERVICE_LANGUAGES);
export const referralRequirement = pgEnum("referral_requirement", REFERRAL_REQUIREMENTS);

/** The taxonomy of special-needs service categories, seeded by migration. */
export const serviceCategories = pgTable("service_categories", {
  code: text("code").primaryKey(),
  name: localizedText("name").notNull(),
  sortOrder: integer("sort_order").notNull(),
  searchKey: text("search_key"),
});

export const locations = pgTable(
  "locations",
  {
    id: idColumn(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    name: localizedText("name"),
    regionCode: text("region_code")
      .notNull()
      .references(() => regions.code),
    locality: localizedText("locality").notNull(),
    address: localizedText("address").notNull(),
    postalCode: text("postal_code"),
    latitude: doublePrecision("latitude"),
    longitude: doublePrecision("longitude"),
    /** Folded search text, set by a database trigger (yntymaq_fold); bulk loaders may supply it. */
    searchKey: text("search_key"),
    localityKeys: text("locality_keys").array(),
    ...timestamps(),
    version: versionColumn(),
  },
  (table) => [
    index("locations_organization_idx").on(table.organizationId),
    index("locations_region_idx").on(table.regionCode),
  ],
);

export const services = pgTable(
  "services",
  {
    id: idColumn(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    name: localizedText("name").notNull(),
    description: localizedText("description"),
    categoryCodes: text("category_codes").array().notNull().default([]),
    targetGroups: targetGroup("target_groups").array().notNull().default([]),
    status: serviceStatus("status").notNull().default("active"),
    published: boolean("published").notNull().default(true),
    minAge: integer("min_age"),
    maxAge: integer("max_age"),
    cost: costKind("cost").notNull(),
    feesDescription: localizedText("fees_description"),
    languages: serviceLanguage("languages").array().notNull().default([]),
    applicationProcess: localizedText("application_process"),
    schedule: localizedText("schedule"),
    referralRequirement: referralRequirement("referral_requirement").notNull().default("none"),
    referralNote: localizedText("referral_note"),
    hasWaitlist: boolean("has_waitlist").notNull().default(false),
    waitlistNote: localizedText("waitlist_note"),
    capacity: integer("capacity"),
    stateFundedPlaces: integer("state_funded_places"),
    email: text("email"),
    phone: text("phone"),
    url: text("url"),
    assuredDate: date("assured_date"),
    lastVerifiedAt: timestamp("last_verified_at", { withTimezone: true }),
    isDemo: boolean("is_demo").notNull().default(false),
    /** Folded search text, set by a database trigger (yntymaq_fold); bulk loaders may supply it. */
    searchKey: text("search_key"),
    ...timestamps(),
    version: versionColumn(),
  },
  (table) => [
    index("services_organization_idx").on(table.organizationId),
    index("services_categories_idx").using("gin", table.categoryCodes),
  ],
);

export const serviceLocations = pgTable(
  "service_locations",
  {
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    locationId: uuid("location_id")
      .notNull()
      .references(() => locations.id, { onDelete: "cascade" }),
  },
  (table) => [
    primaryKey({ columns: [table.serviceId, table.locationId] }),
    index("service_locations_location_idx").on(table.locationId),
  ],
);
