import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  customType,
  integer,
  jsonb,
  pgTable,
  smallint,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import type { TLocalizedText } from "../../shared/localized-text.ts";

export const localizedText = (name: string) => jsonb(name).$type<TLocalizedText>();

export const idColumn = () => uuid("id").primaryKey().defaultRandom();

export const timestamps = () => ({
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Incremented on every update; writers send the version they read and lose with 409 when it moved. */
export const versionColumn = () => integer("version").notNull().default(1);

/** A transaction id (pg_current_xact_id()). */
export const xid8 = customType<{ data: string }>({ dataType: () => "xid8" });

/**
 * A one-row table whose `version` grows by one at the commit of each transaction that changed some data
 * (bumped by a deferred trigger on its pending-changes table): a cache of that data is current exactly
 * while the version is (versioned-cache.ts).
 */
export const versionStateTable = (name: string) =>
  pgTable(
    name,
    {
      id: smallint("id").primaryKey(),
      version: bigint("version", { mode: "number" }).notNull(),
    },
    (table) => [check(`${name}_one_row`, sql`${table.id} = 1`)],
  );

/** The transactions that changed the data of a version state table and have not committed yet. */
export const pendingChangesTable = (name: string) => pgTable(name, { txid: xid8("txid").primaryKey() });
