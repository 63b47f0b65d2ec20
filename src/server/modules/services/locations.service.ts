import { and, eq } from "drizzle-orm";
import {
  type TLocation,
  type TLocationCreate,
  type TLocationUpdate,
  ZLocationCreate,
} from "../../../shared/contracts/services.ts";
import { type Database, withActor } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import { actorIdOf, type Principal, type UserPrincipal } from "../../http/principal.ts";
import { validationError } from "../../http/validation-hook.ts";
import { findVisibleOrganization } from "../organizations/organizations.repository.ts";
import { assertRegionCodes } from "../regions/regions.repository.ts";
import { findVisibleLocation, type LocationRow } from "./locations.repository.ts";
import { canWriteOrganizationContent, locationPermissions } from "./services.policy.ts";
import { locations } from "./services.schema.ts";

const text = (value: unknown) => value as Record<string, string>;

export function presentLocation(row: LocationRow, principal: Principal): TLocation {
  return {
    id: row.id,
    organizationId: row.organizationId,
    name: (row.name as Record<string, string> | null) ?? null,
    regionCode: row.regionCode,
    locality: text(row.locality),
    address: text(row.address),
    postalCode: row.postalCode,
    latitude: row.latitude,
    longitude: row.longitude,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    permissions: locationPermissions(principal, row.organizationId),
  };
}

export async function createLocation(
  db: Database,
  principal: UserPrincipal,
  organizationId: string,
  input: TLocationCreate,
): Promise<TLocation> {
  if (!(await findVisibleOrganization(db, principal, organizationId))) throw AppError.notFound();
  if (!canWriteOrganizationContent(principal, organizationId)) throw AppError.forbidden();
  const parsed = ZLocationCreate.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  await assertRegionCodes(db, [parsed.data.regionCode], "regionCode");
  const row = await withActor(db, actorIdOf(principal), async (tx) => {
    const [inserted] = await tx
      .insert(locations)
      .values({ ...parsed.data, organizationId })
      .returning();
    return inserted;
  });
  if (!row) throw new AppError("internal");
  return presentLocation(row, principal);
}

/** The location if the caller may see it (404 otherwise) and write it (403 otherwise). */
async function writableLocation(db: Database, principal: UserPrincipal, id: string): Promise<LocationRow> {
  const current = await findVisibleLocation(db, principal, id);
  if (!current) throw AppError.notFound();
  if (!canWriteOrganizationContent(principal, current.organizationId)) throw AppError.forbidden();
  return current;
}

export async function updateLocation(
  db: Database,
  principal: UserPrincipal,
  id: string,
  patch: TLocationUpdate,
): Promise<TLocation> {
  await writableLocation(db, principal, id);
  const { version, ...changes } = patch;
  if (changes.regionCode) await assertRegionCodes(db, [changes.regionCode], "regionCode");
  const row = await withActor(db, actorIdOf(principal), async (tx) => {
    const [updated] = await tx
      .update(locations)
      .set(Object.keys(changes).length > 0 ? changes : { version })
      .where(and(eq(locations.id, id), eq(locations.version, version)))
      .returning();
    return updated;
  });
  if (!row) throw new AppError("version_conflict");
  return presentLocation(row, principal);
}

export async function deleteLocation(db: Database, principal: UserPrincipal, id: string): Promise<void> {
  await writableLocation(db, principal, id);
  await withActor(db, actorIdOf(principal), (tx) => tx.delete(locations).where(eq(locations.id, id)));
}

/** Audit history of a location: its organization's partner. */
export async function canReadLocationHistory(db: Database, principal: UserPrincipal, id: string) {
  if (principal.role !== "partner" || !principal.organizationId) return false;
  const location = await findVisibleLocation(db, principal, id);
  return location?.organizationId === principal.organizationId;
}
