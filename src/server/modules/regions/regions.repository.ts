import { asc, eq } from "drizzle-orm";
import type { TRegion } from "../../../shared/contracts/regions.ts";
import type { Queryable } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import { regions } from "./regions.schema.ts";

const columns = {
  code: regions.code,
  kato: regions.kato,
  kind: regions.kind,
  name: regions.name,
  centre: regions.centre,
  aliases: regions.aliases,
};

export async function listRegions(db: Queryable, kind?: TRegion["kind"]): Promise<TRegion[]> {
  return db
    .select(columns)
    .from(regions)
    .where(kind ? eq(regions.kind, kind) : undefined)
    .orderBy(asc(regions.sortOrder));
}

export async function findRegion(db: Queryable, code: string): Promise<TRegion | undefined> {
  const [row] = await db.select(columns).from(regions).where(eq(regions.code, code));
  return row;
}

export async function existingRegionCodes(db: Queryable): Promise<Set<string>> {
  const rows = await db.select({ code: regions.code }).from(regions);
  return new Set(rows.map((row) => row.code));
}

/** Rejects unknown region codes with a field-level message naming the first one. */
export async function assertRegionCodes(
  db: Queryable,
  codes: readonly string[],
  path: string,
): Promise<void> {
  if (codes.length === 0) return;
  const known = await existingRegionCodes(db);
  const unknown = codes.find((code) => !known.has(code));
  if (unknown) throw AppError.validation(path, "validation.unknown_region", { code: unknown });
}
