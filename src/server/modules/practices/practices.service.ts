import { and, eq } from "drizzle-orm";
import {
  hasTwoAuthors,
  type TPractice,
  type TPracticeCreate,
  type TPracticeUpdate,
  type TReplicationsReplace,
  ZPracticeCreate,
} from "../../../shared/contracts/practices.ts";
import { type Database, type Queryable, withActor } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import { actorIdOf, type Principal } from "../../http/principal.ts";
import { validationError } from "../../http/validation-hook.ts";
import { assertRegionCodes } from "../regions/regions.repository.ts";
import { canWritePractice, practicePermissions } from "./practices.policy.ts";
import {
  branchExists,
  findPractice,
  organizationExists,
  type PracticeRecord,
  replaceReplications,
} from "./practices.repository.ts";
import { practices } from "./practices.schema.ts";

type Text = Record<string, string>;

export function presentPractice(record: PracticeRecord, principal: Principal): TPractice {
  return {
    id: record.id,
    title: record.title as Text,
    summary: (record.summary as Text | null) ?? null,
    body: record.body as Text,
    tags: record.tags,
    organizationId: record.organizationId,
    branchId: record.branchId,
    regionCode: record.regionCode,
    published: record.published,
    replications: record.replications.map((r) => ({ regionCode: r.regionCode, year: r.year, note: r.note })),
    version: record.version,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    permissions: practicePermissions(principal, record),
  };
}

async function assertAuthor(
  db: Queryable,
  author: { organizationId?: string | null; branchId?: string | null },
): Promise<void> {
  if (author.organizationId && !(await organizationExists(db, author.organizationId))) {
    throw AppError.validation("organizationId", "validation.unknown_reference");
  }
  if (author.branchId && !(await branchExists(db, author.branchId))) {
    throw AppError.validation("branchId", "validation.unknown_reference");
  }
}

async function reload(db: Queryable, principal: Principal, id: string): Promise<TPractice> {
  const record = await findPractice(db, id, principal);
  if (!record) throw new AppError("internal");
  return presentPractice(record, principal);
}

export async function createPractice(
  db: Database,
  principal: Principal,
  input: TPracticeCreate,
): Promise<TPractice> {
  const parsed = ZPracticeCreate.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const data = parsed.data;
  if (!canWritePractice(principal, data)) throw AppError.forbidden();
  await assertRegionCodes(db, [data.regionCode], "regionCode");
  await assertAuthor(db, data);
  const id = await withActor(db, actorIdOf(principal), async (tx) => {
    const [inserted] = await tx.insert(practices).values(data).returning({ id: practices.id });
    return inserted?.id;
  });
  if (!id) throw new AppError("internal");
  return reload(db, principal, id);
}

export async function updatePractice(
  db: Database,
  principal: Principal,
  id: string,
  patch: TPracticeUpdate,
): Promise<TPractice> {
  const current = await findPractice(db, id, principal);
  if (!current) throw AppError.notFound();
  const { version, ...changes } = patch;
  const next = {
    regionCode: changes.regionCode ?? current.regionCode,
    organizationId: changes.organizationId === undefined ? current.organizationId : changes.organizationId,
    branchId: changes.branchId === undefined ? current.branchId : changes.branchId,
  };
  if (!canWritePractice(principal, current) || !canWritePractice(principal, next)) throw AppError.forbidden();
  if (hasTwoAuthors(next)) throw AppError.validation("branchId", "validation.practice_one_author");
  await assertRegionCodes(db, [next.regionCode], "regionCode");
  await assertAuthor(db, changes);
  const updated = await withActor(db, actorIdOf(principal), async (tx) => {
    const [row] = await tx
      .update(practices)
      .set({ ...changes, regionCode: next.regionCode })
      .where(and(eq(practices.id, id), eq(practices.version, version)))
      .returning({ id: practices.id });
    return row;
  });
  if (!updated) throw new AppError("version_conflict");
  return reload(db, principal, id);
}

/** Replaces the regions that replicated a practice; the practice's version moves like on any other change. */
export async function replacePracticeReplications(
  db: Database,
  principal: Principal,
  id: string,
  input: TReplicationsReplace,
): Promise<TPractice> {
  const current = await findPractice(db, id, principal);
  if (!current) throw AppError.notFound();
  if (!canWritePractice(principal, current)) throw AppError.forbidden();
  await assertRegionCodes(
    db,
    input.replications.map((r) => r.regionCode),
    "replications",
  );
  await withActor(db, actorIdOf(principal), async (tx) => {
    const [row] = await tx
      .update(practices)
      .set({ regionCode: current.regionCode })
      .where(and(eq(practices.id, id), eq(practices.version, input.version)))
      .returning({ id: practices.id });
    if (!row) throw new AppError("version_conflict");
    await replaceReplications(tx, id, input.replications, current.replications);
  });
  return reload(db, principal, id);
}

export async function deletePractice(db: Database, principal: Principal, id: string): Promise<void> {
  const current = await findPractice(db, id, principal);
  if (!current) throw AppError.notFound();
  if (!canWritePractice(principal, current)) throw AppError.forbidden();
  await withActor(db, actorIdOf(principal), (tx) => tx.delete(practices).where(eq(practices.id, id)));
}

/** Whether the caller may write this practice; also decides who may read its history. */
export async function mayWritePractice(db: Database, principal: Principal, id: string): Promise<boolean> {
  const current = await findPractice(db, id, principal);
  return current !== undefined && canWritePractice(principal, current);
}
