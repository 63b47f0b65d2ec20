import { and, eq, sql } from "drizzle-orm";
import {
  type TService,
  type TServiceCreate,
  type TServiceUpdate,
  ZServiceCreate,
} from "../../../shared/contracts/services.ts";
import { type Database, type Transaction, withActor } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import { actorIdOf, type Principal, type UserPrincipal } from "../../http/principal.ts";
import { validationError } from "../../http/validation-hook.ts";
import { isAdmin } from "../organizations/organizations.policy.ts";
import { findOrganization } from "../organizations/organizations.repository.ts";
import { countOrganizationLocations, replaceServiceLocations } from "./locations.repository.ts";
import { presentLocation } from "./locations.service.ts";
import { assertCategoryCodes } from "./service-categories.repository.ts";
import { canWriteOrganizationContent, servicePermissions } from "./services.policy.ts";
import { findVisibleService, type ServiceRecord } from "./services.repository.ts";
import { services } from "./services.schema.ts";

const textOrNull = (value: unknown) => (value as Record<string, string> | null) ?? null;

export function presentService(row: ServiceRecord, principal: Principal): TService {
  return {
    id: row.id,
    organizationId: row.organizationId,
    name: row.name as Record<string, string>,
    description: textOrNull(row.description),
    categoryCodes: row.categoryCodes,
    targetGroups: row.targetGroups,
    status: row.status,
    published: row.published,
    minAge: row.minAge,
    maxAge: row.maxAge,
    cost: row.cost,
    feesDescription: textOrNull(row.feesDescription),
    languages: row.languages,
    applicationProcess: textOrNull(row.applicationProcess),
    schedule: textOrNull(row.schedule),
    referralRequirement: row.referralRequirement,
    referralNote: textOrNull(row.referralNote),
    hasWaitlist: row.hasWaitlist,
    waitlistNote: textOrNull(row.waitlistNote),
    capacity: row.capacity,
    stateFundedPlaces: row.stateFundedPlaces,
    email: row.email,
    phone: row.phone,
    url: row.url,
    assuredDate: row.assuredDate,
    lastVerifiedAt: row.lastVerifiedAt?.toISOString() ?? null,
    isDemo: row.isDemo,
    locations: row.locations.map((location) => presentLocation(location, principal)),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    permissions: servicePermissions(principal, row.organizationId),
  };
}

async function assertLocationsOf(db: Database, organizationId: string, ids: readonly string[] | undefined) {
  if (!ids?.length) return;
  const unique = [...new Set(ids)];
  if ((await countOrganizationLocations(db, organizationId, unique)) !== unique.length) {
    throw AppError.validation("locationIds", "validation.location_not_in_organization");
  }
}

function assertAgeRange(minAge: number | null, maxAge: number | null): void {
  if (minAge !== null && maxAge !== null && maxAge < minAge) {
    throw AppError.validation("maxAge", "validation.age_range");
  }
}

async function reload(db: Database, principal: Principal, id: string): Promise<TService> {
  const row = await findVisibleService(db, principal, id);
  if (!row) throw AppError.notFound();
  return presentService(row, principal);
}

export async function createService(
  db: Database,
  principal: UserPrincipal,
  input: TServiceCreate,
): Promise<TService> {
  const parsed = ZServiceCreate.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const { locationIds, ...data } = parsed.data;
  if (!canWriteOrganizationContent(principal, data.organizationId)) throw AppError.forbidden();
  if (!(await findOrganization(db, data.organizationId))) {
    throw AppError.validation("organizationId", "validation.unknown_reference");
  }
  await assertCategoryCodes(db, data.categoryCodes, "categoryCodes");
  await assertLocationsOf(db, data.organizationId, locationIds);
  const id = await withActor(db, actorIdOf(principal), (tx) => insertServiceIn(tx, data, locationIds));
  return reload(db, principal, id);
}

/** Inserts a service and its locations inside an open (audited) transaction; returns the id. */
export async function insertServiceIn(
  tx: Transaction,
  data: typeof services.$inferInsert,
  locationIds: readonly string[],
): Promise<string> {
  const [inserted] = await tx.insert(services).values(data).returning({ id: services.id });
  if (!inserted) throw new AppError("internal");
  await replaceServiceLocations(tx, inserted.id, locationIds);
  return inserted.id;
}

/** The service if the caller may see it (404 otherwise) and write it (403 otherwise). */
async function writableService(db: Database, principal: UserPrincipal, id: string): Promise<ServiceRecord> {
  const current = await findVisibleService(db, principal, id);
  if (!current) throw AppError.notFound();
  if (!canWriteOrganizationContent(principal, current.organizationId)) throw AppError.forbidden();
  return current;
}

export async function updateService(
  db: Database,
  principal: UserPrincipal,
  id: string,
  patch: TServiceUpdate,
): Promise<TService> {
  const current = await writableService(db, principal, id);
  const { version, locationIds, ...changes } = patch;
  assertAgeRange(
    changes.minAge !== undefined ? changes.minAge : current.minAge,
    changes.maxAge !== undefined ? changes.maxAge : current.maxAge,
  );
  if (changes.categoryCodes) await assertCategoryCodes(db, changes.categoryCodes, "categoryCodes");
  await assertLocationsOf(db, current.organizationId, locationIds);
  await withActor(db, actorIdOf(principal), async (tx) => {
    // A change only to the locations still moves the version (the touch trigger bumps it).
    const set = Object.keys(changes).length > 0 ? changes : { version: sql`${services.version}` };
    const [updated] = await tx
      .update(services)
      .set(set)
      .where(and(eq(services.id, id), eq(services.version, version)))
      .returning({ id: services.id });
    if (!updated) throw new AppError("version_conflict");
    if (locationIds) await replaceServiceLocations(tx, id, locationIds);
  });
  return reload(db, principal, id);
}

export async function deleteService(db: Database, principal: UserPrincipal, id: string): Promise<void> {
  await writableService(db, principal, id);
  await withActor(db, actorIdOf(principal), (tx) => tx.delete(services).where(eq(services.id, id)));
}

export async function verifyService(db: Database, principal: UserPrincipal, id: string): Promise<TService> {
  if (!(await findVisibleService(db, principal, id))) throw AppError.notFound();
  if (!isAdmin(principal)) throw AppError.forbidden();
  await withActor(db, actorIdOf(principal), (tx) =>
    tx.update(services).set({ lastVerifiedAt: sql`now()` }).where(eq(services.id, id)),
  );
  return reload(db, principal, id);
}

/** Audit history of a service: its organization's partner. */
export async function canReadServiceHistory(db: Database, principal: UserPrincipal, id: string) {
  if (principal.role !== "partner" || !principal.organizationId) return false;
  const service = await findVisibleService(db, principal, id);
  return service?.organizationId === principal.organizationId;
}
