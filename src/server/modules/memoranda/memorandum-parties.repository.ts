import { asc, eq, inArray } from "drizzle-orm";
import type { TPartyInput } from "../../../shared/contracts/memoranda.ts";
import type { TLocalizedText } from "../../../shared/localized-text.ts";
import type { Queryable, Transaction } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import { branches } from "../branches/branches.schema.ts";
import { organizations } from "../organizations/organizations.schema.ts";
import type { BranchPartyRef, PartyScope } from "./memoranda.policy.ts";
import { memorandumParties } from "./memoranda.schema.ts";

export interface PartyRow {
  id: string;
  memorandumId: string;
  kind: "branch" | "organization";
  branchId: string | null;
  organizationId: string | null;
  name: TLocalizedText;
  regionCode: string | null;
  signatoryName: string | null;
  signatoryPosition: string | null;
}

/** The parties of the given memoranda with the names of their branches and organizations, in order. */
export async function listParties(db: Queryable, memorandumIds: readonly string[]): Promise<PartyRow[]> {
  if (memorandumIds.length === 0) return [];
  const rows = await db
    .select({
      id: memorandumParties.id,
      memorandumId: memorandumParties.memorandumId,
      kind: memorandumParties.kind,
      branchId: memorandumParties.branchId,
      organizationId: memorandumParties.organizationId,
      branchName: branches.name,
      organizationName: organizations.name,
      regionCode: branches.regionCode,
      signatoryName: memorandumParties.signatoryName,
      signatoryPosition: memorandumParties.signatoryPosition,
    })
    .from(memorandumParties)
    .leftJoin(branches, eq(branches.id, memorandumParties.branchId))
    .leftJoin(organizations, eq(organizations.id, memorandumParties.organizationId))
    .where(inArray(memorandumParties.memorandumId, [...memorandumIds]))
    .orderBy(
      asc(memorandumParties.memorandumId),
      asc(memorandumParties.sortOrder),
      asc(memorandumParties.id),
    );
  return rows.map(({ branchName, organizationName, ...row }) => ({
    ...row,
    name: branchName ?? organizationName ?? {},
  }));
}

export function scopeOf(parties: readonly PartyRow[]): PartyScope {
  return {
    branchRegions: parties.flatMap((p) => (p.regionCode ? [p.regionCode] : [])),
    organizationIds: parties.flatMap((p) => (p.organizationId ? [p.organizationId] : [])),
  };
}

export const branchRefsOf = (parties: readonly PartyRow[]): BranchPartyRef[] =>
  parties.flatMap((p) =>
    p.branchId && p.regionCode ? [{ branchId: p.branchId, regionCode: p.regionCode }] : [],
  );

/** Checks that every branch and organization exists; returns the branch parties with their regions. */
export async function resolveParties(
  db: Queryable,
  parties: readonly TPartyInput[],
  path = "parties",
): Promise<BranchPartyRef[]> {
  const branchIds = parties.flatMap((p) => (p.kind === "branch" ? [p.branchId] : []));
  const organizationIds = parties.flatMap((p) => (p.kind === "organization" ? [p.organizationId] : []));
  const branchRows = branchIds.length
    ? await db
        .select({ id: branches.id, regionCode: branches.regionCode })
        .from(branches)
        .where(inArray(branches.id, branchIds))
    : [];
  const organizationRows = organizationIds.length
    ? await db
        .select({ id: organizations.id })
        .from(organizations)
        .where(inArray(organizations.id, organizationIds))
    : [];
  const regionOf = new Map(branchRows.map((row) => [row.id, row.regionCode]));
  const knownOrganizations = new Set(organizationRows.map((row) => row.id));
  parties.forEach((party, index) => {
    const known =
      party.kind === "branch" ? regionOf.has(party.branchId) : knownOrganizations.has(party.organizationId);
    const field = party.kind === "branch" ? "branchId" : "organizationId";
    if (!known) throw AppError.validation(`${path}.${index}.${field}`, "validation.unknown_reference");
  });
  return branchIds.map((branchId) => ({ branchId, regionCode: regionOf.get(branchId) ?? "" }));
}

const keyOf = (party: { branchId: string | null; organizationId: string | null }) =>
  party.branchId ?? party.organizationId ?? "";

/**
 * Makes the stored parties equal `next`: a branch or organization already party keeps its row (and so its
 * commitments), new ones are inserted, the others deleted with their commitments.
 */
export async function syncParties(
  tx: Transaction,
  memorandumId: string,
  next: readonly TPartyInput[],
  current: readonly PartyRow[],
): Promise<void> {
  const existing = new Map(current.map((party) => [keyOf(party), party]));
  const kept = new Set<string>();
  for (const [sortOrder, party] of next.entries()) {
    const values = {
      kind: party.kind,
      branchId: party.kind === "branch" ? party.branchId : null,
      organizationId: party.kind === "organization" ? party.organizationId : null,
      signatoryName: party.signatoryName ?? null,
      signatoryPosition: party.signatoryPosition ?? null,
      sortOrder,
    };
    const match = existing.get(keyOf(values));
    if (match) {
      kept.add(match.id);
      await tx.update(memorandumParties).set(values).where(eq(memorandumParties.id, match.id));
    } else {
      await tx.insert(memorandumParties).values({ ...values, memorandumId });
    }
  }
  const removed = current.filter((party) => !kept.has(party.id)).map((party) => party.id);
  if (removed.length) await tx.delete(memorandumParties).where(inArray(memorandumParties.id, removed));
}

/** For the audit access check: who is party to the memorandum, whatever its state. */
export async function partyScopeOf(db: Queryable, memorandumId: string): Promise<PartyScope> {
  return scopeOf(await listParties(db, [memorandumId]));
}
