import type { Transaction } from "../db/client.ts";
import { branches } from "../modules/branches/branches.schema.ts";

/** The demo records; see the demo data section of the README. */
export async function insertDemoRecords(tx: Transaction): Promise<void> {
  await tx.insert(branches).values([
    { kind: "city", regionCode: "KZ-79", name: { kk: "Шымкент қалалық филиалы", ru: "Шымкентский городской филиал", en: "Shymkent city branch" } },
  ]);
}
