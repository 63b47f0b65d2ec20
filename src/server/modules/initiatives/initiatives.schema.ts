import { date, index, integer, pgEnum, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { INITIATIVE_TYPES } from "../../../shared/vocabulary.ts";
import { idColumn, localizedText, timestamps, versionColumn } from "../../db/columns.ts";
import { memoranda } from "../memoranda/memoranda.schema.ts";
import { organizations } from "../organizations/organizations.schema.ts";
import { regions } from "../regions/regions.schema.ts";

export const initiativeType = pgEnum("initiative_type", INITIATIVE_TYPES);

export const initiatives = pgTable(
  "initiatives",
  {
    id: idColumn(),
    type: initiativeType("type").notNull(),
    title: localizedText("title").notNull(),
    description: localizedText("description"),
    startDate: date("start_date").notNull(),
    endDate: date("end_date"),
    regionCode: text("region_code")
      .notNull()
      .references(() => regions.code),
    reachChildren: integer("reach_children").notNull().default(0),
    reachParents: integer("reach_parents").notNull().default(0),
    reachSpecialists: integer("reach_specialists").notNull().default(0),
    outcome: localizedText("outcome"),
    ...timestamps(),
    version: versionColumn(),
  },
  (table) => [index("initiatives_region_date_idx").on(table.regionCode, table.startDate)],
);

export const initiativeMemoranda = pgTable(
  "initiative_memoranda",
  {
    initiativeId: uuid("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    memorandumId: uuid("memorandum_id")
      .notNull()
      .references(() => memoranda.id, { onDelete: "restrict" }),
  },
  (table) => [
    primaryKey({ columns: [table.initiativeId, table.memorandumId] }),
    index("initiative_memoranda_memorandum_idx").on(table.memorandumId),
  ],
);

export const initiativeOrganizations = pgTable(
  "initiative_organizations",
  {
    initiativeId: uuid("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
  },
  (table) => [
    primaryKey({ columns: [table.initiativeId, table.organizationId] }),
    index("initiative_organizations_organization_idx").on(table.organizationId),
  ],
);
