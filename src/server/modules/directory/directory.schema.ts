import { sql } from "drizzle-orm";
import {
  customType,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { locations, services } from "../services/services.schema.ts";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * The public directory's read model: one row per published, active service at a location of a
 * published, active organization. Written only by the database (`yntymaq_refresh_directory`, called by
 * triggers on every write to its sources, in the same transaction), never by application code.
 */
export const directoryEntries = pgTable(
  "directory_entries",
  {
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    locationId: uuid("location_id")
      .notNull()
      .references(() => locations.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id").notNull(),
    regionCode: text("region_code").notNull(),
    localityKeys: text("locality_keys").array().notNull(),
    categoryCodes: text("category_codes").array().notNull(),
    targetGroups: text("target_groups").array().notNull(),
    cost: text("cost").notNull(),
    languages: text("languages").array().notNull(),
    minAge: integer("min_age"),
    maxAge: integer("max_age"),
    latitude: doublePrecision("latitude"),
    longitude: doublePrecision("longitude"),
    lastVerifiedAt: timestamp("last_verified_at", { withTimezone: true }),
    searchText: text("search_text").notNull(),
    searchVector: tsvector("search_vector")
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('simple', search_text)`),
  },
  (table) => [
    primaryKey({ columns: [table.serviceId, table.locationId] }),
    index("directory_entries_region_idx").on(table.regionCode),
    index("directory_entries_location_idx").on(table.locationId),
    index("directory_entries_categories_idx").using("gin", table.categoryCodes),
    index("directory_entries_text_trgm_idx").using("gin", sql`${table.searchText} gin_trgm_ops`),
    index("directory_entries_vector_idx").using("gin", table.searchVector),
  ],
);
