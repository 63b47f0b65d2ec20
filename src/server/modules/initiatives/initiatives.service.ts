import { and, eq } from "drizzle-orm";
import {
  endsBeforeStart,
  type TInitiative,
  type TInitiativeCreate,
  type TInitiativeUpdate,
  ZInitiativeCreate,
} from "../../../shared/contracts/initiatives.ts";
import { type Database, type Queryable, withActor } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import { actorIdOf, type Principal } from "../../http/principal.ts";
import { validationError } from "../../http/validation-hook.ts";
import { visibleMemoranda } from "../memoranda/memoranda.visibility.ts";
import { assertRegionCodes } from "../regions/regions.repository.ts";
import { canWriteInitiative, type InitiativeScope, initiativePermissions } from "./initiatives.policy.ts";
import {
  existingMemorandumIds,
  existingOrganizationIds,
  findInitiative,
  type InitiativeRecord,
  memorandaWithParty,
  syncInitiativeLinks,
} from "./initiatives.repository.ts";
import { initiatives } from "./initiatives.schema.ts";

type Text = Record<string, string>;

/**
 * `visibleMemorandumIds`: the linked memoranda the caller may see (null: all of them). Others are left out of
 * `memorandumIds`, so an initiative seen by its region or by taking part does not name another's draft.
 */
export function presentInitiative(
  record: InitiativeRecord,
  principal: Principal,
  partnerMemorandumIds: ReadonlySet<string>,
  visibleMemorandumIds: ReadonlySet<string> | null,
): TInitiative {
  return {
    id: record.id,
    type: record.type,
    title: record.title as Text,
    description: (record.description as Text | null) ?? null,
    outcome: (record.outcome as Text | null) ?? null,
    startDate: record.startDate,
    endDate: record.endDate,
    regionCode: record.regionCode,
    reach: {
      children: record.reachChildren,
      parents: record.reachParents,
      specialists: record.reachSpecialists,
    },
    memorandumIds: visibleMemorandumIds
      ? record.memorandumIds.filter((id) => visibleMemorandumIds.has(id))
      : record.memorandumIds,
    organizationIds: record.organizationIds,
    version: record.version,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    permissions: initiativePermissions(principal, { ...record, partnerMemorandumIds }),
  };
}

/** The memoranda among `memorandumIds` the calling partner is party to; empty for every other role. */
export async function partnerMemorandaOf(
  db: Queryable,
  principal: Principal,
  memorandumIds: readonly string[],
): Promise<Set<string>> {
  if (principal.kind !== "user" || principal.role !== "partner" || !principal.organizationId)
    return new Set();
  return memorandaWithParty(db, principal.organizationId, memorandumIds);
}

/** The memoranda among `memorandumIds` the caller may see; null when it sees every memorandum. */
async function visibleMemorandaAmong(
  db: Queryable,
  principal: Principal,
  memorandumIds: readonly string[],
): Promise<Set<string> | null> {
  if (visibleMemoranda(principal) === undefined) return null;
  return existingMemorandumIds(db, memorandumIds, principal);
}

/** Presents many initiatives with one party and one visibility lookup for all of them. */
export async function presentInitiatives(
  db: Queryable,
  principal: Principal,
  records: InitiativeRecord[],
): Promise<TInitiative[]> {
  const linked = [...new Set(records.flatMap((r) => r.memorandumIds))];
  const partnerMemoranda = await partnerMemorandaOf(db, principal, linked);
  const visible = await visibleMemorandaAmong(db, principal, linked);
  return records.map((record) => presentInitiative(record, principal, partnerMemoranda, visible));
}

/**
 * Every linked memorandum and organization exists; a memorandum newly linked must also be one the caller
 * may see (a draft of another region is as unknown as a missing one). Links already there stay.
 */
async function assertReferences(
  db: Queryable,
  principal: Principal,
  memorandumIds: readonly string[] | undefined,
  organizationIds: readonly string[] | undefined,
  alreadyLinked: readonly string[] = [],
): Promise<void> {
  const newlyLinked = (memorandumIds ?? []).filter((id) => !alreadyLinked.includes(id));
  const knownMemoranda = new Set([
    ...alreadyLinked,
    ...(await existingMemorandumIds(db, newlyLinked, principal)),
  ]);
  const missingMemorandum = (memorandumIds ?? []).findIndex((id) => !knownMemoranda.has(id));
  if (missingMemorandum >= 0) {
    throw AppError.validation(`memorandumIds.${missingMemorandum}`, "validation.unknown_reference");
  }
  const knownOrganizations = await existingOrganizationIds(db, organizationIds ?? []);
  const missingOrganization = (organizationIds ?? []).findIndex((id) => !knownOrganizations.has(id));
  if (missingOrganization >= 0) {
    throw AppError.validation(`organizationIds.${missingOrganization}`, "validation.unknown_reference");
  }
}

export async function createInitiative(
  db: Database,
  principal: Principal,
  input: TInitiativeCreate,
): Promise<TInitiative> {
  const parsed = ZInitiativeCreate.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const { reach, memorandumIds, organizationIds, ...fields } = parsed.data;
  const partnerMemoranda = await partnerMemorandaOf(db, principal, memorandumIds);
  const scope: InitiativeScope = {
    regionCode: fields.regionCode,
    memorandumIds,
    organizationIds,
    partnerMemorandumIds: partnerMemoranda,
  };
  if (!canWriteInitiative(principal, scope)) throw AppError.forbidden();
  await assertRegionCodes(db, [fields.regionCode], "regionCode");
  await assertReferences(db, principal, memorandumIds, organizationIds);
  const id = await withActor(db, actorIdOf(principal), async (tx) => {
    const [inserted] = await tx
      .insert(initiatives)
      .values({
        ...fields,
        reachChildren: reach.children,
        reachParents: reach.parents,
        reachSpecialists: reach.specialists,
      })
      .returning({ id: initiatives.id });
    if (!inserted) throw new AppError("internal");
    await syncInitiativeLinks(
      tx,
      inserted.id,
      { memorandumIds, organizationIds },
      { memorandumIds: [], organizationIds: [] },
    );
    return inserted.id;
  });
  const record = await findInitiative(db, id, principal);
  if (!record) throw new AppError("internal");
  const [presented] = await presentInitiatives(db, principal, [record]);
  return presented as TInitiative;
}

export async function updateInitiative(
  db: Database,
  principal: Principal,
  id: string,
  patch: TInitiativeUpdate,
): Promise<TInitiative> {
  const current = await findInitiative(db, id, principal);
  if (!current) throw AppError.notFound();
  const { version, reach, organizationIds, ...fields } = patch;
  // The caller was shown only the memoranda it may see: a new list replaces those, the others stay linked.
  const visible = await visibleMemorandaAmong(db, principal, current.memorandumIds);
  const memorandumIds = patch.memorandumIds && [
    ...new Set([
      ...patch.memorandumIds,
      ...current.memorandumIds.filter((id) => visible && !visible.has(id)),
    ]),
  ];
  const next = {
    regionCode: fields.regionCode ?? current.regionCode,
    memorandumIds: memorandumIds ?? current.memorandumIds,
    organizationIds: organizationIds ?? current.organizationIds,
  };
  const partnerMemoranda = await partnerMemorandaOf(db, principal, [
    ...new Set([...current.memorandumIds, ...next.memorandumIds]),
  ]);
  const allowed =
    canWriteInitiative(principal, { ...current, partnerMemorandumIds: partnerMemoranda }) &&
    canWriteInitiative(principal, { ...next, partnerMemorandumIds: partnerMemoranda });
  if (!allowed) throw AppError.forbidden();
  const startDate = fields.startDate ?? current.startDate;
  const endDate = fields.endDate === undefined ? current.endDate : fields.endDate;
  if (endsBeforeStart(startDate, endDate))
    throw AppError.validation("endDate", "validation.end_before_start");
  await assertRegionCodes(db, [next.regionCode], "regionCode");
  await assertReferences(db, principal, memorandumIds, organizationIds, current.memorandumIds);
  await withActor(db, actorIdOf(principal), async (tx) => {
    // Always writes at least the region so the version moves even when only the links change.
    const [updated] = await tx
      .update(initiatives)
      .set({
        ...fields,
        regionCode: next.regionCode,
        ...(reach
          ? {
              reachChildren: reach.children,
              reachParents: reach.parents,
              reachSpecialists: reach.specialists,
            }
          : {}),
      })
      .where(and(eq(initiatives.id, id), eq(initiatives.version, version)))
      .returning({ id: initiatives.id });
    if (!updated) throw new AppError("version_conflict");
    await syncInitiativeLinks(tx, id, { memorandumIds, organizationIds }, current);
  });
  const record = await findInitiative(db, id, principal);
  if (!record) throw new AppError("internal");
  const [presented] = await presentInitiatives(db, principal, [record]);
  return presented as TInitiative;
}

export async function deleteInitiative(db: Database, principal: Principal, id: string): Promise<void> {
  const current = await findInitiative(db, id, principal);
  if (!current) throw AppError.notFound();
  const partnerMemoranda = await partnerMemorandaOf(db, principal, current.memorandumIds);
  if (!canWriteInitiative(principal, { ...current, partnerMemorandumIds: partnerMemoranda })) {
    throw AppError.forbidden();
  }
  await withActor(db, actorIdOf(principal), (tx) => tx.delete(initiatives).where(eq(initiatives.id, id)));
}

/** Whether the caller may write this initiative; also decides who may read its history. */
export async function mayWriteInitiative(db: Database, principal: Principal, id: string): Promise<boolean> {
  const current = await findInitiative(db, id, principal);
  if (!current) return false;
  const partnerMemoranda = await partnerMemorandaOf(db, principal, current.memorandumIds);
  return canWriteInitiative(principal, { ...current, partnerMemorandumIds: partnerMemoranda });
}
