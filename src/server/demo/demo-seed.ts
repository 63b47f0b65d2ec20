import { eq, sql } from "drizzle-orm";
import { type Database, withActor } from "../db/client.ts";
import { settings } from "../modules/settings/settings.schema.ts";
import { insertDemoRecords } from "./demo-records.ts";

const DEMO_SETTING = "demo_data";

async function demoState(db: Database): Promise<string | null> {
  const [row] = await db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, DEMO_SETTING));
  return row ? String(row.value) : null;
}

/**
 * Loads the demo data once per database, in one transaction. The setting row is taken with a lock
 * first, so two processes starting together cannot both load it.
 */
export async function seedDemoData(db: Database): Promise<boolean> {
  return withActor(db, null, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(7316002)`);
    const [row] = await tx
      .select({ value: settings.value })
      .from(settings)
      .where(eq(settings.key, DEMO_SETTING));
    if (row?.value === "loaded") return false;
    await insertDemoRecords(tx);
    await tx
      .insert(settings)
      .values({ key: DEMO_SETTING, value: "loaded" })
      .onConflictDoUpdate({ target: settings.key, set: { value: "loaded", updatedAt: new Date() } });
    return true;
  });
}

/** On start-up: an empty database gets the demo data unless `seed --none` was chosen for it. */
export async function seedDemoIfEmpty(db: Database): Promise<boolean> {
  if ((await demoState(db)) !== null) return false;
  const [{ organizations } = { organizations: 0 }] = (
    await db.execute<{ organizations: number }>(sql`select count(*)::int as organizations from organizations`)
  ).rows;
  if (organizations > 0) return false;
  return seedDemoData(db);
}

export async function disableDemoData(db: Database): Promise<void> {
  await db
    .insert(settings)
    .values({ key: DEMO_SETTING, value: "none" })
    .onConflictDoUpdate({ target: settings.key, set: { value: "none", updatedAt: new Date() } });
}
