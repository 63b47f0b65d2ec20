import { and, eq } from "drizzle-orm";
import {
  type TMemorandum,
  type TMemorandumCreate,
  type TMemorandumUpdate,
  type TPartyInput,
  ZMemorandumCreate,
  ZMemorandumUpdate,
} from "../../../shared/contracts/memoranda.ts";
import { type Database, type Transaction, withActor } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import { actorIdOf } from "../../http/principal.ts";
import { validationError } from "../../http/validation-hook.ts";
import type { MemorandaContext } from "./memoranda.context.ts";
import { canSetBranchParties, canWriteMemorandum } from "./memoranda.policy.ts";
import { isNumberTaken } from "./memoranda.repository.ts";
import { memoranda } from "./memoranda.schema.ts";
import { isEditable } from "./memorandum-lifecycle.ts";
import { branchRefsOf, resolveParties, syncParties } from "./memorandum-parties.repository.ts";
import { loadMemorandum, readMemorandum } from "./memorandum-read.service.ts";

export type MemorandumValues = typeof memoranda.$inferInsert;

export async function assertNumberFree(db: Database, number: string | null | undefined, exceptId?: string) {
  if (number && (await isNumberTaken(db, number, exceptId))) {
    throw new AppError("conflict", "errors.memorandum_number_taken");
  }
}

export function assertTerm(startDate: string | null | undefined, endDate: string | null | undefined): void {
  if (startDate && endDate && endDate < startDate)
    throw AppError.validation("endDate", "validation.end_before_start");
}

export const uniqueScopes = <T>(areas: readonly T[]): T[] => [...new Set(areas)];

/** Inserts a memorandum and its parties inside an open (audited) transaction; returns the new id. */
export async function insertMemorandumIn(
  tx: Transaction,
  values: MemorandumValues,
  parties: readonly TPartyInput[],
): Promise<string> {
  const [inserted] = await tx.insert(memoranda).values(values).returning({ id: memoranda.id });
  if (!inserted) throw new AppError("internal");
  await syncParties(tx, inserted.id, parties, []);
  return inserted.id;
}

/** Inserts a memorandum and its parties in one audited transaction; returns the new id. */
export async function insertMemorandum(
  mctx: MemorandaContext,
  values: MemorandumValues,
  parties: readonly TPartyInput[],
): Promise<string> {
  return withActor(mctx.db, actorIdOf(mctx.principal), (tx) => insertMemorandumIn(tx, values, parties));
}

export async function createMemorandum(
  mctx: MemorandaContext,
  input: TMemorandumCreate,
): Promise<TMemorandum> {
  const parsed = ZMemorandumCreate.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const { parties, ...data } = parsed.data;
  const branchRefs = await resolveParties(mctx.db, parties);
  if (!canSetBranchParties(mctx.principal, branchRefs)) throw AppError.forbidden();
  await assertNumberFree(mctx.db, data.number);
  const id = await insertMemorandum(mctx, { ...data, scopeAreas: uniqueScopes(data.scopeAreas) }, parties);
  return readMemorandum(mctx, id);
}

export async function updateMemorandum(
  mctx: MemorandaContext,
  id: string,
  input: TMemorandumUpdate,
): Promise<TMemorandum> {
  const parsed = ZMemorandumUpdate.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const { version, parties, ...changes } = parsed.data;
  const { row, parties: current, scope } = await loadMemorandum(mctx, id);
  if (!canWriteMemorandum(mctx.principal, scope)) throw AppError.forbidden();
  if (!isEditable(row.reviewState)) throw new AppError("conflict", "errors.memorandum_locked");
  if (parties) {
    const next = await resolveParties(mctx.db, parties);
    if (!canSetBranchParties(mctx.principal, next, branchRefsOf(current))) throw AppError.forbidden();
  }
  assertTerm(
    changes.startDate === undefined ? row.startDate : changes.startDate,
    changes.endDate === undefined ? row.endDate : changes.endDate,
  );
  await assertNumberFree(mctx.db, changes.number, id);
  if (changes.scopeAreas) changes.scopeAreas = uniqueScopes(changes.scopeAreas);
  await withActor(mctx.db, actorIdOf(mctx.principal), async (tx) => {
    // Even a change of parties alone bumps the memorandum's version, so concurrent editors notice it.
    const [updated] = await tx
      .update(memoranda)
      .set(Object.keys(changes).length ? changes : { reviewState: row.reviewState })
      .where(and(eq(memoranda.id, id), eq(memoranda.version, version)))
      .returning({ id: memoranda.id });
    if (!updated) throw new AppError("version_conflict");
    if (parties) await syncParties(tx, id, parties, current);
  });
  return readMemorandum(mctx, id);
}

export async function deleteMemorandum(mctx: MemorandaContext, id: string): Promise<void> {
  const { row, scope } = await loadMemorandum(mctx, id);
  if (!canWriteMemorandum(mctx.principal, scope)) throw AppError.forbidden();
  if (row.reviewState !== "draft") throw new AppError("conflict", "errors.memorandum_not_draft");
  await withActor(mctx.db, actorIdOf(mctx.principal), async (tx) => {
    const deleted = await tx
      .delete(memoranda)
      .where(and(eq(memoranda.id, id), eq(memoranda.reviewState, "draft")))
      .returning({ id: memoranda.id });
    if (deleted.length === 0) throw new AppError("conflict", "errors.memorandum_not_draft");
  });
}
