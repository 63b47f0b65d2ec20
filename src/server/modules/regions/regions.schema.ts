import { integer, jsonb, pgEnum, pgTable, text } from "drizzle-orm/pg-core";
import { REGION_KINDS } from "../../../shared/vocabulary.ts";
import { localizedText } from "../../db/columns.ts";

export const regionKind = pgEnum("region_kind", REGION_KINDS);

export type RegionName = { kk: string; ru: string; en: string; "kk-Latn": string };

export const regions = pgTable("regions", {
  code: text("code").primaryKey(),
  kato: text("kato").notNull().unique(),
  kind: regionKind("kind").notNull(),
  name: jsonb("name").$type<RegionName>().notNull(),
  centre: localizedText("centre").notNull(),
  aliases: text("aliases").array().notNull().default([]),
  sortOrder: integer("sort_order").notNull(),
  /** Folded names, centre and aliases, set by a database trigger. */
  searchKey: text("search_key"),
});
