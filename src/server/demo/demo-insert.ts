import type { PgTable } from "drizzle-orm/pg-core";
import type { Transaction } from "../db/client.ts";
import { branches } from "../modules/branches/branches.schema.ts";
import {
  initiativeMemoranda,
  initiativeOrganizations,
  initiatives,
} from "../modules/initiatives/initiatives.schema.ts";
import { commitments, memoranda, memorandumParties } from "../modules/memoranda/memoranda.schema.ts";
import { newsLinks, newsPosts } from "../modules/news/news.schema.ts";
import { organizationRegions, organizations } from "../modules/organizations/organizations.schema.ts";
import { practiceReplications, practices } from "../modules/practices/practices.schema.ts";
import { locations, serviceLocations, services } from "../modules/services/services.schema.ts";
import type { DemoRecords } from "./demo-rows.ts";

// Rows per statement: large enough to be fast, small enough to stay far below 65 535 bind parameters.
const CHUNK = 200;

async function insertChunked<T extends PgTable>(
  tx: Transaction,
  table: T,
  rows: T["$inferInsert"][],
): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    await tx.insert(table).values(rows.slice(start, start + CHUNK));
  }
}

/** Inserts the records in foreign-key order; all inside the caller's transaction. */
export async function insertRecords(tx: Transaction, records: DemoRecords): Promise<void> {
  await insertChunked(tx, branches, records.branches);
  await insertChunked(tx, organizations, records.organizations);
  await insertChunked(tx, organizationRegions, records.organizationRegions);
  await insertChunked(tx, locations, records.locations);
  await insertChunked(tx, services, records.services);
  await insertChunked(tx, serviceLocations, records.serviceLocations);
  await insertChunked(tx, memoranda, records.memoranda);
  await insertChunked(tx, memorandumParties, records.memorandumParties);
  await insertChunked(tx, commitments, records.commitments);
  await insertChunked(tx, initiatives, records.initiatives);
  await insertChunked(tx, initiativeMemoranda, records.initiativeMemoranda);
  await insertChunked(tx, initiativeOrganizations, records.initiativeOrganizations);
  await insertChunked(tx, practices, records.practices);
  await insertChunked(tx, practiceReplications, records.practiceReplications);
  await insertChunked(tx, newsPosts, records.newsPosts);
  await insertChunked(tx, newsLinks, records.newsLinks);
}
