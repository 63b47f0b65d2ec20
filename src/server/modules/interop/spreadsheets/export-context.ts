import { inArray } from "drizzle-orm";
import { pickLocalized, type TLocalizedText } from "../../../../shared/localized-text.ts";
import type { Locale } from "../../../../shared/vocabulary.ts";
import type { Database } from "../../../db/client.ts";
import { AppError } from "../../../http/app-error.ts";
import type { Principal } from "../../../http/principal.ts";
import { translate } from "../../../i18n/translate.ts";
import { organizations } from "../../organizations/organizations.schema.ts";
import { listRegions } from "../../regions/regions.repository.ts";

/** Who exports, in which language, with the memoranda settings: what every list export needs. */
export interface ExportContext {
  db: Database;
  principal: Principal;
  locale: Locale;
  windowDays: number;
}

/** More rows than this is not a list a person reads; the filters should narrow it. */
export const MAX_EXPORT_ROWS = 20_000;
const PAGE_SIZE = 100;

/**
 * Every row of a list through its own paged, scoped repository function, so an export holds exactly what
 * the caller sees with the same filters and order.
 */
export async function allPages<T>(
  fetchPage: (page: number, perPage: number) => Promise<{ rows: T[]; total: number }>,
): Promise<T[]> {
  const rows: T[] = [];
  for (let page = 1; ; page++) {
    const batch = await fetchPage(page, PAGE_SIZE);
    if (batch.total > MAX_EXPORT_ROWS) {
      throw new AppError("bad_request", "exports.too_many_rows", {
        max: MAX_EXPORT_ROWS,
        total: batch.total,
      });
    }
    rows.push(...batch.rows);
    if (batch.rows.length < PAGE_SIZE) return rows;
  }
}

export const textIn = (value: unknown, locale: Locale): string =>
  pickLocalized(value as TLocalizedText | null, locale)?.text ?? "";

export const translator =
  (locale: Locale) =>
  (key: string, params: Record<string, unknown> = {}): string =>
    translate(locale, key, params);

export const joinCells = (values: readonly string[]): string => values.filter(Boolean).join("; ");

/** Region code → its name in `locale`. */
export async function regionNames(db: Database, locale: Locale): Promise<(code: string) => string> {
  const names = new Map((await listRegions(db)).map((region) => [region.code, region.name[locale]]));
  return (code) => names.get(code) ?? code;
}

/** Organization id → its name in `locale`, for the ids given. */
export async function organizationNames(
  db: Database,
  ids: readonly string[],
  locale: Locale,
): Promise<(id: string) => string> {
  const unique = [...new Set(ids)];
  const rows = unique.length
    ? await db
        .select({ id: organizations.id, name: organizations.name })
        .from(organizations)
        .where(inArray(organizations.id, unique))
    : [];
  const names = new Map(rows.map((row) => [row.id, textIn(row.name, locale)]));
  return (id) => names.get(id) ?? id;
}
