import { sql } from "drizzle-orm";
import type { ReviewState } from "../../../shared/vocabulary.ts";
import { type Database, withActor } from "../../db/client.ts";
import { branches } from "../../modules/branches/branches.schema.ts";
import {
  initiativeMemoranda,
  initiativeOrganizations,
  initiatives,
} from "../../modules/initiatives/initiatives.schema.ts";
import { commitments, memoranda, memorandumParties } from "../../modules/memoranda/memoranda.schema.ts";
import { organizations } from "../../modules/organizations/organizations.schema.ts";

/** The database's today plus `days`, as an ISO date (the figures are computed against current_date). */
export async function dayFromToday(db: Database, days: number): Promise<string> {
  const { rows } = await db.execute<{ day: string }>(sql`SELECT (current_date + ${days}::int)::text AS day`);
  return rows[0]?.day as string;
}

export async function insertAnalyticsBranch(db: Database, regionCode: string): Promise<string> {
  const [row] = await withActor(db, null, (tx) =>
    tx
      .insert(branches)
      .values({
        kind: "regional",
        regionCode,
        name: { kk: `${regionCode} филиалы`, en: `${regionCode} branch` },
      })
      .returning({ id: branches.id }),
  );
  return row?.id as string;
}

export async function insertAnalyticsOrganization(
  db: Database,
  type: (typeof organizations.$inferInsert)["type"],
): Promise<string> {
  const [row] = await withActor(db, null, (tx) =>
    tx
      .insert(organizations)
      .values({ name: { kk: `«${type}» ұйымы`, en: `${type} organization` }, type, level: "region" })
      .returning({ id: organizations.id }),
  );
  return row?.id as string;
}

export interface MemorandumSpec {
  branchIds: string[];
  organizationIds?: string[];
  reviewState?: ReviewState;
  lifecycleStatus?: "active" | "terminated" | "renewed";
  signedDate?: string | null;
  startDate?: string | null;
  endDate?: string | null;
}

/** A memorandum with its parties; returns its id and the party ids in the order given (branches first). */
export async function insertAnalyticsMemorandum(db: Database, spec: MemorandumSpec) {
  return withActor(db, null, async (tx) => {
    const reviewState = spec.reviewState ?? "signed";
    const [row] = await tx
      .insert(memoranda)
      .values({
        title: { kk: "Ынтымақтастық туралы меморандум", en: "Memorandum of cooperation" },
        reviewState,
        lifecycleStatus: spec.lifecycleStatus ?? "active",
        signedDate: spec.signedDate ?? null,
        startDate: spec.startDate ?? spec.signedDate ?? null,
        endDate: spec.endDate ?? null,
      })
      .returning({ id: memoranda.id });
    const id = row?.id as string;
    const parties = await tx
      .insert(memorandumParties)
      .values([
        ...spec.branchIds.map((branchId, sortOrder) => ({
          memorandumId: id,
          kind: "branch" as const,
          branchId,
          sortOrder,
        })),
        ...(spec.organizationIds ?? []).map((organizationId, n) => ({
          memorandumId: id,
          kind: "organization" as const,
          organizationId,
          sortOrder: spec.branchIds.length + n,
        })),
      ])
      .returning({ id: memorandumParties.id });
    return { id, partyIds: parties.map((party) => party.id) };
  });
}

export async function insertCommitment(
  db: Database,
  memorandumId: string,
  partyId: string,
  status: (typeof commitments.$inferInsert)["status"],
  dueDate: string | null,
) {
  await withActor(db, null, (tx) =>
    tx
      .insert(commitments)
      .values({ memorandumId, partyId, status, dueDate, text: { kk: "Міндеттеме", en: "Commitment" } }),
  );
}

export async function insertAnalyticsInitiative(
  db: Database,
  spec: {
    regionCode: string;
    startDate: string;
    reach: [children: number, parents: number, specialists: number];
    memorandumIds?: string[];
    organizationIds?: string[];
  },
) {
  await withActor(db, null, async (tx) => {
    const [children, parents, specialists] = spec.reach;
    const [row] = await tx
      .insert(initiatives)
      .values({
        type: "training",
        title: { kk: "Оқыту", en: "Training" },
        startDate: spec.startDate,
        regionCode: spec.regionCode,
        reachChildren: children,
        reachParents: parents,
        reachSpecialists: specialists,
      })
      .returning({ id: initiatives.id });
    const initiativeId = row?.id as string;
    if (spec.memorandumIds?.length)
      await tx
        .insert(initiativeMemoranda)
        .values(spec.memorandumIds.map((memorandumId) => ({ initiativeId, memorandumId })));
    if (spec.organizationIds?.length)
      await tx
        .insert(initiativeOrganizations)
        .values(spec.organizationIds.map((organizationId) => ({ initiativeId, organizationId })));
  });
}
