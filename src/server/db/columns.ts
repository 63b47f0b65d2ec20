import { integer, jsonb, timestamp, uuid } from "drizzle-orm/pg-core";
import type { TLocalizedText } from "../../shared/localized-text.ts";

export const localizedText = (name: string) => jsonb(name).$type<TLocalizedText>();

export const idColumn = () => uuid("id").primaryKey().defaultRandom();

export const timestamps = () => ({
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Incremented on every update; writers send the version they read and lose with 409 when it moved. */
export const versionColumn = () => integer("version").notNull().default(1);
