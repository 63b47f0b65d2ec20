import { integer, pgTable, primaryKey, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { pendingChangesTable, versionStateTable } from "../../db/columns.ts";
import { regions } from "../regions/regions.schema.ts";
import { services } from "../services/services.schema.ts";

/**
 * The coverage matrix's pre-aggregation (see coverage-sql.ts). One fact per counted service and region it is
 * offered in: an active service of an active organization (published or not: staff analytics) with a
 * location in the region. Written only by the database (`yntymaq_refresh_coverage`, called by statement
 * triggers on services, service_locations, locations and organizations in the writing transaction).
 */
export const coverageFacts = pgTable(
  "coverage_facts",
  {
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    regionCode: text("region_code").notNull(),
    organizationId: uuid("organization_id").notNull(),
    organizationType: text("organization_type").notNull(),
    cost: text("cost").notNull(),
    categoryCodes: text("category_codes").array().notNull(),
    /** Indexes into AGE_BANDS of the bands the service's age range overlaps (missing ends are open). */
    ageBands: smallint("age_bands").array().notNull(),
  },
  (table) => [primaryKey({ columns: [table.serviceId, table.regionCode] })],
);

/**
 * How many counted services each organization has per region × category × age band: distinct partner
 * counts do not add up across cells, so a cell's partners change only when one of these rows goes from 0
 * to some or back. Rows that reach 0 are deleted.
 */
export const coveragePartnerOrganizations = pgTable(
  "coverage_partner_organizations",
  {
    regionCode: text("region_code").notNull(),
    categoryCode: text("category_code").notNull(),
    ageBand: smallint("age_band").notNull(),
    organizationType: text("organization_type").notNull(),
    organizationId: uuid("organization_id").notNull(),
    services: integer("services").notNull(),
  },
  (table) => [
    primaryKey({
      columns: [
        table.regionCode,
        table.categoryCode,
        table.ageBand,
        table.organizationType,
        table.organizationId,
      ],
    }),
  ],
);

/**
 * The matrix's cells: counted services (all, free, state-funded) and distinct partners per age band (-1 =
 * any) × region × category ('*' = any) × organization type, kept by statement triggers on coverage_facts.
 * At most 5 × 20 × 15 × 7 rows whatever the number of services; a read sums the organization types it
 * asks for (partners add up across types: an organization has one), nothing else.
 */
export const coverageCells = pgTable(
  "coverage_cells",
  {
    ageBand: smallint("age_band").notNull(),
    regionCode: text("region_code").notNull(),
    categoryCode: text("category_code").notNull(),
    organizationType: text("organization_type").notNull(),
    services: integer("services").notNull().default(0),
    freeServices: integer("free_services").notNull().default(0),
    stateFundedServices: integer("state_funded_services").notNull().default(0),
    partners: integer("partners").notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.ageBand, table.regionCode, table.categoryCode, table.organizationType] }),
  ],
);

/** The child population of a region as an admin entered it, for per-10,000-children figures. */
export const regionChildPopulation = pgTable("region_child_population", {
  regionCode: text("region_code")
    .primaryKey()
    .references(() => regions.code),
  children: integer("children").notNull(),
  year: integer("year").notNull(),
  source: text("source").notNull(),
  updatedBy: text("updated_by"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One row whose `version` grows by one with every committed transaction that changed what the coverage
 * matrix reads (its cells, memoranda and their branch parties, branches, regions, child population,
 * categories): a matrix cached under a version (and a date) is current exactly while they are
 * (coverage-cache.ts). Bumped at commit by a deferred trigger on `analytics_changes`, as directory_state is.
 */
export const analyticsState = versionStateTable("analytics_state");

/** The transactions that changed what the coverage matrix reads and have not committed yet. */
export const analyticsChanges = pendingChangesTable("analytics_changes");
