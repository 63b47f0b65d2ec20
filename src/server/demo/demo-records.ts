import type { Transaction } from "../db/client.ts";
import { addInitiatives, addPractices } from "./demo-activity.ts";
import { insertRecords } from "./demo-insert.ts";
import { addMemoranda } from "./demo-memoranda.ts";
import { addNews } from "./demo-news.ts";
import { addPressRelease } from "./demo-press-release.ts";
import { DemoRandom } from "./demo-random.ts";
import { type DemoRecords, emptyDemoRecords } from "./demo-rows.ts";
import { addServiceDirectory } from "./demo-services.ts";

const PRESS_RELEASE_SEED = 7_316_002;

/**
 * The demo data, built in memory and identical on every call: the branches, partners, memoranda,
 * initiatives, practices and news of the seed press release, plus a generated directory of services
 * in all 20 regions (every generated row has is_demo = true).
 */
export function buildDemoRecords(): DemoRecords {
  const records = emptyDemoRecords();
  const random = new DemoRandom(PRESS_RELEASE_SEED);
  const ids = addPressRelease(records, random);
  const memoranda = addMemoranda(records, random, ids);
  addInitiatives(records, random, ids, memoranda);
  addPractices(records, random, ids);
  addNews(records, random, ids, memoranda);
  addServiceDirectory(records);
  return records;
}

/** Inserts the demo records inside the caller's transaction (see demo-seed.ts). */
export async function insertDemoRecords(tx: Transaction): Promise<void> {
  await insertRecords(tx, buildDemoRecords());
}
