import type { Locale } from "../../../../shared/vocabulary.ts";

/** An HSDS record as JSON: absent fields are left out rather than null (the schemas do not allow null). */
export type HsdsRecord = Record<string, unknown>;

/** The HSDS id of a record Yntymaq keeps inside a row: the imported one if any, else a derived one. */
export type IdResolver = (entity: string, localKey: string) => string;

export interface MappingContext {
  locale: Locale;
  resolveId: IdResolver;
}

/** Drops null and undefined fields: the HSDS schemas do not allow null. */
export function compact(record: Record<string, unknown>): HsdsRecord {
  const result: HsdsRecord = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === null || value === undefined) continue;
    result[key] = value;
  }
  return result;
}
