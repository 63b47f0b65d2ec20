import { type AnyPgColumn, index, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { BRANCH_KINDS } from "../../../shared/vocabulary.ts";
import { idColumn, localizedText, timestamps, versionColumn } from "../../db/columns.ts";
import { regions } from "../regions/regions.schema.ts";

export const branchKind = pgEnum("branch_kind", BRANCH_KINDS);

export const branches = pgTable(
  "branches",
  {
    id: idColumn(),
    kind: branchKind("kind").notNull(),
    name: localizedText("name").notNull(),
    regionCode: text("region_code")
      .notNull()
      .references(() => regions.code),
    parentId: uuid("parent_id").references((): AnyPgColumn => branches.id, { onDelete: "restrict" }),
    address: localizedText("address"),
    email: text("email"),
    phone: text("phone"),
    ...timestamps(),
    version: versionColumn(),
  },
  (table) => [index("branches_region_idx").on(table.regionCode)],
);
