import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  index,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import {
  ORGANIZATION_LEVELS,
  ORGANIZATION_TYPES,
  RECORD_STATUSES,
  TARGET_GROUPS,
} from "../../../shared/vocabulary.ts";
import { idColumn, localizedText, timestamps, versionColumn } from "../../db/columns.ts";
import { regions } from "../regions/regions.schema.ts";

export const organizationType = pgEnum("organization_type", ORGANIZATION_TYPES);
export const organizationLevel = pgEnum("organization_level", ORGANIZATION_LEVELS);
export const recordStatus = pgEnum("record_status", RECORD_STATUSES);
export const targetGroup = pgEnum("target_group", TARGET_GROUPS);

export const organizations = pgTable(
  "organizations",
  {
    id: idColumn(),
    name: localizedText("name").notNull(),
    type: organizationType("type").notNull(),
    level: organizationLevel("level").notNull(),
    bin: text("bin").unique(),
    email: text("email"),
    phone: text("phone"),
    website: text("website"),
    contactName: text("contact_name"),
    contactPosition: text("contact_position"),
    targetGroups: targetGroup("target_groups").array().notNull().default([]),
    description: localizedText("description"),
    status: recordStatus("status").notNull().default("active"),
    published: boolean("published").notNull().default(true),
    lastVerifiedAt: timestamp("last_verified_at", { withTimezone: true }),
    isDemo: boolean("is_demo").notNull().default(false),
    /** Set when this organization was merged into another as its duplicate (and archived). */
    mergedIntoId: uuid("merged_into_id").references((): AnyPgColumn => organizations.id, {
      onDelete: "set null",
    }),
    /** Folded search text, set by a database trigger (yntymaq_fold); bulk loaders may supply it. */
    searchKey: text("search_key"),
    ...timestamps(),
    version: versionColumn(),
  },
  (table) => [
    index("organizations_status_idx").on(table.status, table.published),
    // Name matching (press-release import, duplicates) looks for folded words anywhere in the key.
    index("organizations_search_key_trgm_idx").using("gin", sql`${table.searchKey} gin_trgm_ops`),
    check("organizations_not_merged_into_self", sql`${table.mergedIntoId} <> ${table.id}`),
  ],
);

export const organizationRegions = pgTable(
  "organization_regions",
  {
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    regionCode: text("region_code")
      .notNull()
      .references(() => regions.code),
  },
  (table) => [
    primaryKey({ columns: [table.organizationId, table.regionCode] }),
    index("organization_regions_region_idx").on(table.regionCode),
  ],
);
