import { asc } from "drizzle-orm";
import type { TServiceCategory } from "../../../shared/contracts/services.ts";
import type { Queryable } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import { serviceCategories } from "./services.schema.ts";

export async function listServiceCategories(db: Queryable): Promise<TServiceCategory[]> {
  const rows = await db.select().from(serviceCategories).orderBy(asc(serviceCategories.sortOrder));
  return rows.map((row) => ({
    code: row.code,
    name: row.name as Record<string, string>,
    sortOrder: row.sortOrder,
  }));
}

/** Rejects category codes outside the taxonomy with a message naming the first unknown one. */
export async function assertCategoryCodes(
  db: Queryable,
  codes: readonly string[],
  path: string,
): Promise<void> {
  if (codes.length === 0) return;
  const known = new Set(
    (await db.select({ code: serviceCategories.code }).from(serviceCategories)).map((r) => r.code),
  );
  const unknown = codes.find((code) => !known.has(code));
  if (unknown) throw AppError.validation(path, "validation.unknown_category", { code: unknown });
}
