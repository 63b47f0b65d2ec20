import { and, eq, sql } from "drizzle-orm";
import {
  ADMIN_ONLY_ORGANIZATION_FIELDS,
  type TOrganization,
  type TOrganizationCreate,
  type TOrganizationUpdate,
  ZOrganizationCreate,
} from "../../../shared/contracts/organizations.ts";
import { type Database, type Transaction, withActor } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import { actorIdOf, hasRole, type Principal, type UserPrincipal } from "../../http/principal.ts";
import { validationError } from "../../http/validation-hook.ts";
import { assertRegionCodes } from "../regions/regions.repository.ts";
import {
  canCreateOrganization,
  canWriteOrganization,
  isAdmin,
  organizationPermissions,
} from "./organizations.policy.ts";
import {
  findOrganization,
  findVisibleOrganization,
  type OrganizationRecord,
  organizationIdWithBin,
  regionsServedBy,
  replaceOrganizationRegions,
} from "./organizations.repository.ts";
import { organizations } from "./organizations.schema.ts";

const text = (value: unknown) => value as Record<string, string>;
const textOrNull = (value: unknown) => (value as Record<string, string> | null) ?? null;

export function presentOrganization(row: OrganizationRecord, principal: Principal): TOrganization {
  return {
    id: row.id,
    name: text(row.name),
    type: row.type,
    level: row.level,
    bin: row.bin,
    regionsServed: row.regionsServed,
    email: row.email,
    phone: row.phone,
    website: row.website,
    contactName: row.contactName,
    contactPosition: row.contactPosition,
    targetGroups: row.targetGroups,
    description: textOrNull(row.description),
    status: row.status,
    published: row.published,
    lastVerifiedAt: row.lastVerifiedAt?.toISOString() ?? null,
    isDemo: row.isDemo,
    mergedIntoId: row.mergedIntoId,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    permissions: organizationPermissions(principal, row),
  };
}

const binTaken = () => new AppError("conflict", "errors.bin_taken");

/** The unique index still decides when two writers race past the friendly check. */
function isBinUniqueViolation(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string; constraint?: string } })?.cause ?? error;
  const { code, constraint } = cause as { code?: string; constraint?: string };
  return code === "23505" && constraint === "organizations_bin_unique";
}

async function assertBinFree(db: Database, bin: string | null | undefined, selfId?: string): Promise<void> {
  if (!bin) return;
  const owner = await organizationIdWithBin(db, bin);
  if (owner && owner !== selfId) throw binTaken();
}

async function withBinGuard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw isBinUniqueViolation(error) ? binTaken() : error;
  }
}

async function reload(db: Database, principal: Principal, id: string): Promise<TOrganization> {
  const row = await findVisibleOrganization(db, principal, id);
  if (!row) throw AppError.notFound();
  return presentOrganization(row, principal);
}

export async function createOrganization(
  db: Database,
  principal: UserPrincipal,
  input: TOrganizationCreate,
): Promise<TOrganization> {
  if (!hasRole(principal, "admin", "coordinator")) throw AppError.forbidden();
  const parsed = ZOrganizationCreate.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const { regionsServed, ...data } = parsed.data;
  if (!canCreateOrganization(principal, regionsServed)) {
    throw new AppError("forbidden", "errors.organization_outside_regions");
  }
  await assertRegionCodes(db, regionsServed, "regionsServed");
  await assertBinFree(db, data.bin);
  const id = await withBinGuard(() =>
    withActor(db, actorIdOf(principal), (tx) => insertOrganizationIn(tx, data, regionsServed)),
  );
  return reload(db, principal, id);
}

/** Inserts an organization and its served regions inside an open (audited) transaction; returns the id. */
export async function insertOrganizationIn(
  tx: Transaction,
  data: typeof organizations.$inferInsert,
  regionsServed: readonly string[],
): Promise<string> {
  const [inserted] = await tx.insert(organizations).values(data).returning({ id: organizations.id });
  if (!inserted) throw new AppError("internal");
  await replaceOrganizationRegions(tx, inserted.id, regionsServed);
  return inserted.id;
}

export async function updateOrganization(
  db: Database,
  principal: UserPrincipal,
  id: string,
  patch: TOrganizationUpdate,
): Promise<TOrganization> {
  const current = await findVisibleOrganization(db, principal, id);
  if (!current) throw AppError.notFound();
  if (!canWriteOrganization(principal, id)) throw AppError.forbidden();
  const { version, regionsServed, ...changes } = patch;
  if (!isAdmin(principal) && ADMIN_ONLY_ORGANIZATION_FIELDS.some((field) => changes[field] !== undefined)) {
    throw AppError.forbidden();
  }
  if (regionsServed) await assertRegionCodes(db, regionsServed, "regionsServed");
  await assertBinFree(db, changes.bin, id);
  await withBinGuard(() =>
    withActor(db, actorIdOf(principal), async (tx) => {
      // A change only to the served regions still moves the version (the touch trigger bumps it).
      const set = Object.keys(changes).length > 0 ? changes : { version: sql`${organizations.version}` };
      const [updated] = await tx
        .update(organizations)
        .set(set)
        .where(and(eq(organizations.id, id), eq(organizations.version, version)))
        .returning({ id: organizations.id });
      if (!updated) throw new AppError("version_conflict");
      if (regionsServed) await replaceOrganizationRegions(tx, id, regionsServed);
    }),
  );
  return reload(db, principal, id);
}

export async function deleteOrganization(db: Database, principal: UserPrincipal, id: string): Promise<void> {
  if (!(await findVisibleOrganization(db, principal, id))) throw AppError.notFound();
  if (!isAdmin(principal)) throw AppError.forbidden();
  // Locations and services go with it; memoranda, initiatives, practices and partner users block it (409).
  await withActor(db, actorIdOf(principal), (tx) => tx.delete(organizations).where(eq(organizations.id, id)));
}

export async function verifyOrganization(
  db: Database,
  principal: UserPrincipal,
  id: string,
): Promise<TOrganization> {
  if (!(await findVisibleOrganization(db, principal, id))) throw AppError.notFound();
  if (!isAdmin(principal)) throw AppError.forbidden();
  await withActor(db, actorIdOf(principal), (tx) =>
    tx.update(organizations).set({ lastVerifiedAt: sql`now()` }).where(eq(organizations.id, id)),
  );
  return reload(db, principal, id);
}

/** Audit history: the organization's own partner, and coordinators of a region it serves. */
export async function canReadOrganizationHistory(db: Database, principal: UserPrincipal, id: string) {
  if (principal.role === "partner") return principal.organizationId === id;
  if (principal.role !== "coordinator" || !(await findOrganization(db, id))) return false;
  const served = (await regionsServedBy(db, [id])).get(id) ?? [];
  return served.some((code) => principal.regionCodes.includes(code));
}
