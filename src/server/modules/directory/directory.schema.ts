import { sql } from "drizzle-orm";
import {
  customType,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { pendingChangesTable, versionStateTable } from "../../db/columns.ts";
import { locations, services } from "../services/services.schema.ts";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * The public directory's read model (filter columns): one row per published, active service at a location of a
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
    /** Ids of the need synonym groups (need-vocabulary.ts) the entry's text matches, set by the database. */
    needGroups: smallint("need_groups").array().notNull().default(sql`'{}'`),
  },
  (table) => [
    primaryKey({ columns: [table.serviceId, table.locationId] }),
    // Region first, then the ranking order: a region's best entries are the first rows of one range scan.
    index("directory_entries_region_verified_idx").on(
      table.regionCode,
      table.lastVerifiedAt.desc().nullsLast(),
      table.serviceId,
      table.locationId,
    ),
    index("directory_entries_location_idx").on(table.locationId),
    index("directory_entries_categories_idx").using("gin", table.categoryCodes),
    index("directory_entries_need_groups_idx").using("gin", table.needGroups),
    index("directory_entries_verified_idx").on(
      table.lastVerifiedAt.desc().nullsLast(),
      table.serviceId,
      table.locationId,
    ),
  ],
);

/**
 * The folded text of each directory entry (every language of the service, organization, address, region
 * and categories, ≈ 1.5 KB), kept apart so the filter rows above stay narrow: only a free-text word or
 * the typo pass reads it. Written and deleted together with its entry by the same database functions.
 */
export const directoryTexts = pgTable(
  "directory_texts",
  {
    serviceId: uuid("service_id").notNull(),
    locationId: uuid("location_id").notNull(),
    searchText: text("search_text").notNull(),
    /** The words of search_text as lexemes (no positions), computed once per write with the need-group tags. */
    searchVector: tsvector("search_vector").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.serviceId, table.locationId] }),
    index("directory_texts_vector_idx").using("gin", table.searchVector),
  ],
);

/**
 * Every distinct folded word of the directory texts, with a trigram index: a word typed with a slip is
 * matched to the words that exist (a few thousand rows), then searched exactly. Words are added as texts
 * are written and only cleared by a full rebuild; a stale word finds nothing, so it costs nothing.
 */
export const directoryWords = pgTable("directory_words", { word: text("word").primaryKey() }, (table) => [
  index("directory_words_trgm_idx").using("gin", sql`${table.word} gin_trgm_ops`),
]);

/**
 * Entry counts per need group (-1 = every entry), region, cost, category set, language set and age range: the facet
 * counts and total of a search that filters only on those come from here (a few thousand rows) instead of
 * from every matching entry (up to most of a million). Kept by statement triggers on directory_entries.
 */
export const directoryFacets = pgTable(
  "directory_facets",
  {
    needGroup: smallint("need_group").notNull(),
    regionCode: text("region_code").notNull(),
    cost: text("cost").notNull(),
    categoryCodes: text("category_codes").array().notNull(),
    languages: text("languages").array().notNull(),
    /** The entries' age range, open ends closed at 0 and 99: few distinct ranges, so age filters stay here. */
    minAge: smallint("min_age").notNull().default(0),
    maxAge: smallint("max_age").notNull().default(99),
    entries: integer("entries").notNull(),
  },
  (table) => [
    uniqueIndex("directory_facets_key_idx").on(
      table.needGroup,
      table.regionCode,
      table.cost,
      table.categoryCodes,
      table.languages,
      table.minAge,
      table.maxAge,
    ),
  ],
);

/**
 * One row whose `version` grows by one with every committed transaction that changed the directory: a
 * search result cached under a version is current exactly while the version is. Bumped at commit by a
 * deferred trigger on `directory_changes`, so concurrent writers hold its row lock only while committing.
 */
export const directoryState = versionStateTable("directory_state");

/** The transactions that changed the directory and have not committed yet (one row each, see above). */
export const directoryChanges = pendingChangesTable("directory_changes");
