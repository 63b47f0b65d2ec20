import { and, eq, inArray, sql } from "drizzle-orm";
import type { TOrganizationMergeResult } from "../../../shared/contracts/organizations.ts";
import type { Transaction } from "../../db/client.ts";
import { users } from "../auth/auth.schema.ts";
import { initiativeOrganizations } from "../initiatives/initiatives.schema.ts";
import { commitments, memorandumParties } from "../memoranda/memoranda.schema.ts";
import { newsLinks } from "../news/news.schema.ts";
import { practices } from "../practices/practices.schema.ts";
import { problemReports } from "../reports/reports.schema.ts";
import { locations, services } from "../services/services.schema.ts";
import type { OrganizationRow } from "./organizations.repository.ts";
import { organizationRegions, organizations } from "./organizations.schema.ts";

type Moved = TOrganizationMergeResult["moved"];

/** Both rows, locked until the transaction ends, so no other write slips between the checks and the merge. */
export async function lockPair(tx: Transaction, ids: [string, string]): Promise<OrganizationRow[]> {
  return tx
    .select()
    .from(organizations)
    .where(inArray(organizations.id, ids))
    .orderBy(organizations.id)
    .for("update");
}

/**
 * A memorandum both organizations are party to keeps the kept one's party row: the duplicate's
 * commitments move onto it (and its signatory when the kept row has none), then the duplicate's row goes.
 */
async function moveParties(tx: Transaction, keptId: string, duplicateId: string): Promise<number> {
  const duplicates = await tx
    .select()
    .from(memorandumParties)
    .where(eq(memorandumParties.organizationId, duplicateId));
  if (duplicates.length === 0) return 0;
  const keptRows = await tx
    .select()
    .from(memorandumParties)
    .where(
      and(
        eq(memorandumParties.organizationId, keptId),
        inArray(
          memorandumParties.memorandumId,
          duplicates.map((party) => party.memorandumId),
        ),
      ),
    );
  for (const party of duplicates) {
    const kept = keptRows.find((row) => row.memorandumId === party.memorandumId);
    if (!kept) {
      await tx
        .update(memorandumParties)
        .set({ organizationId: keptId })
        .where(eq(memorandumParties.id, party.id));
      continue;
    }
    await tx.update(commitments).set({ partyId: kept.id }).where(eq(commitments.partyId, party.id));
    if (!kept.signatoryName && party.signatoryName) {
      await tx
        .update(memorandumParties)
        .set({ signatoryName: party.signatoryName, signatoryPosition: party.signatoryPosition })
        .where(eq(memorandumParties.id, kept.id));
    }
    await tx.delete(memorandumParties).where(eq(memorandumParties.id, party.id));
  }
  return duplicates.length;
}

/** Everything that refers to the duplicate is pointed at the kept organization; returns what moved. */
export async function moveReferences(tx: Transaction, keptId: string, duplicateId: string): Promise<Moved> {
  const kept = sql<string>`${keptId}::uuid`.as("kept_id");
  const movedServices = await tx
    .update(services)
    .set({ organizationId: keptId })
    .where(eq(services.organizationId, duplicateId))
    .returning({ id: services.id });
  const movedLocations = await tx
    .update(locations)
    .set({ organizationId: keptId })
    .where(eq(locations.organizationId, duplicateId))
    .returning({ id: locations.id });

  await tx
    .insert(organizationRegions)
    .select(
      tx
        .select({ organizationId: kept, regionCode: organizationRegions.regionCode })
        .from(organizationRegions)
        .where(eq(organizationRegions.organizationId, duplicateId)),
    )
    .onConflictDoNothing();
  await tx.delete(organizationRegions).where(eq(organizationRegions.organizationId, duplicateId));

  const parties = await moveParties(tx, keptId, duplicateId);

  await tx
    .insert(initiativeOrganizations)
    .select(
      tx
        .select({ initiativeId: initiativeOrganizations.initiativeId, organizationId: kept })
        .from(initiativeOrganizations)
        .where(eq(initiativeOrganizations.organizationId, duplicateId)),
    )
    .onConflictDoNothing();
  const initiativeLinks = await tx
    .delete(initiativeOrganizations)
    .where(eq(initiativeOrganizations.organizationId, duplicateId))
    .returning({ id: initiativeOrganizations.initiativeId });

  const movedPractices = await tx
    .update(practices)
    .set({ organizationId: keptId })
    .where(eq(practices.organizationId, duplicateId))
    .returning({ id: practices.id });
  const movedUsers = await tx
    .update(users)
    .set({ organizationId: keptId })
    .where(eq(users.organizationId, duplicateId))
    .returning({ id: users.id });

  const isDuplicateLink = and(eq(newsLinks.kind, "organization"), eq(newsLinks.entityId, duplicateId));
  await tx
    .insert(newsLinks)
    .select(
      tx
        .select({ newsId: newsLinks.newsId, kind: newsLinks.kind, entityId: kept })
        .from(newsLinks)
        .where(isDuplicateLink),
    )
    .onConflictDoNothing();
  const movedNewsLinks = await tx
    .delete(newsLinks)
    .where(isDuplicateLink)
    .returning({ id: newsLinks.newsId });

  const movedReports = await tx
    .update(problemReports)
    .set({ entityId: keptId })
    .where(and(eq(problemReports.entityKind, "organization"), eq(problemReports.entityId, duplicateId)))
    .returning({ id: problemReports.id });
  // Organizations merged into the duplicate earlier now point at the one that remains.
  await tx
    .update(organizations)
    .set({ mergedIntoId: keptId })
    .where(eq(organizations.mergedIntoId, duplicateId));

  return {
    services: movedServices.length,
    locations: movedLocations.length,
    memorandumParties: parties,
    initiatives: initiativeLinks.length,
    practices: movedPractices.length,
    users: movedUsers.length,
    newsLinks: movedNewsLinks.length,
    reports: movedReports.length,
  };
}
