import { boolean, index, integer, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { idColumn, localizedText, timestamps, versionColumn } from "../../db/columns.ts";
import { branches } from "../branches/branches.schema.ts";
import { organizations } from "../organizations/organizations.schema.ts";
import { regions } from "../regions/regions.schema.ts";

export const practices = pgTable(
  "practices",
  {
    id: idColumn(),
    title: localizedText("title").notNull(),
    summary: localizedText("summary"),
    body: localizedText("body").notNull(),
    tags: text("tags").array().notNull().default([]),
    organizationId: uuid("organization_id").references(() => organizations.id, { onDelete: "restrict" }),
    branchId: uuid("branch_id").references(() => branches.id, { onDelete: "restrict" }),
    regionCode: text("region_code")
      .notNull()
      .references(() => regions.code),
    published: boolean("published").notNull().default(false),
    ...timestamps(),
    version: versionColumn(),
  },
  (table) => [index("practices_region_idx").on(table.regionCode)],
);

export const practiceReplications = pgTable(
  "practice_replications",
  {
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practices.id, { onDelete: "cascade" }),
    regionCode: text("region_code")
      .notNull()
      .references(() => regions.code),
    year: integer("year"),
    note: text("note"),
  },
  (table) => [primaryKey({ columns: [table.practiceId, table.regionCode] })],
);
