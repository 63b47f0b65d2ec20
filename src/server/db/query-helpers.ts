import { type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

/** Escapes LIKE wildcards so user text is matched literally. */
export const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

/** Case-insensitive match of `text` in any language of a localized jsonb column. */
export const localizedContains = (column: AnyPgColumn, text: string): SQL =>
  sql`(${column}->>'kk' ILIKE ${likePattern(text)} OR ${column}->>'ru' ILIKE ${likePattern(text)} OR ${column}->>'en' ILIKE ${likePattern(text)})`;

/** Sorts by the localized name in `kk`, falling back to ru and en. */
export const localizedSortKey = (column: AnyPgColumn): SQL =>
  sql`lower(coalesce(${column}->>'kk', ${column}->>'ru', ${column}->>'en'))`;

export const offsetOf = (page: number, perPage: number): number => (page - 1) * perPage;
