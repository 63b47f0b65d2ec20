import { and, eq } from "drizzle-orm";
import type { TBranch, TBranchCreate, TBranchUpdate } from "../../../shared/contracts/branches.ts";
import { ZBranchCreate } from "../../../shared/contracts/branches.ts";
import { type Database, type Transaction, withActor } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import { actorIdOf, type Principal } from "../../http/principal.ts";
import { validationError } from "../../http/validation-hook.ts";
import { assertRegionCodes } from "../regions/regions.repository.ts";
import { branchPermissions, canWriteBranchIn } from "./branches.policy.ts";
import { type BranchRow, findBranch } from "./branches.repository.ts";
import { branches } from "./branches.schema.ts";

export function presentBranch(row: BranchRow, principal: Principal): TBranch {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name as Record<string, string>,
    regionCode: row.regionCode,
    parentId: row.parentId,
    address: (row.address as Record<string, string> | null) ?? null,
    email: row.email,
    phone: row.phone,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    permissions: branchPermissions(principal, row.regionCode),
  };
}

async function assertParent(
  db: Database,
  parentId: string | null | undefined,
  selfId?: string,
): Promise<void> {
  if (!parentId) return;
  if (parentId === selfId || !(await findBranch(db, parentId))) {
    throw AppError.validation("parentId", "validation.unknown_reference");
  }
}

export async function createBranch(
  db: Database,
  principal: Principal,
  input: TBranchCreate,
): Promise<TBranch> {
  const parsed = ZBranchCreate.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const data = parsed.data;
  if (!canWriteBranchIn(principal, data.regionCode)) throw AppError.forbidden();
  await assertRegionCodes(db, [data.regionCode], "regionCode");
  await assertParent(db, data.parentId);
  const row = await withActor(db, actorIdOf(principal), (tx) => insertBranchIn(tx, data));
  return presentBranch(row, principal);
}

/** Inserts a branch inside an open (audited) transaction. */
export async function insertBranchIn(
  tx: Transaction,
  data: typeof branches.$inferInsert,
): Promise<BranchRow> {
  const [inserted] = await tx.insert(branches).values(data).returning();
  if (!inserted) throw new AppError("internal");
  return inserted;
}

export async function updateBranch(
  db: Database,
  principal: Principal,
  id: string,
  patch: TBranchUpdate,
): Promise<TBranch> {
  const current = await findBranch(db, id);
  if (!current) throw AppError.notFound();
  const { version, ...changes } = patch;
  const nextRegion = changes.regionCode ?? current.regionCode;
  if (!canWriteBranchIn(principal, current.regionCode) || !canWriteBranchIn(principal, nextRegion)) {
    throw AppError.forbidden();
  }
  await assertRegionCodes(db, [nextRegion], "regionCode");
  await assertParent(db, changes.parentId, id);
  const row = await withActor(db, actorIdOf(principal), async (tx) => {
    const [updated] = await tx
      .update(branches)
      .set(changes)
      .where(and(eq(branches.id, id), eq(branches.version, version)))
      .returning();
    return updated;
  });
  if (!row) throw new AppError("version_conflict");
  return presentBranch(row, principal);
}

export async function deleteBranch(db: Database, principal: Principal, id: string): Promise<void> {
  const current = await findBranch(db, id);
  if (!current) throw AppError.notFound();
  if (!canWriteBranchIn(principal, current.regionCode)) throw AppError.forbidden();
  await withActor(db, actorIdOf(principal), (tx) => tx.delete(branches).where(eq(branches.id, id)));
}
