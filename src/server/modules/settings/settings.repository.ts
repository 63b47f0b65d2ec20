import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Queryable } from "../../db/client.ts";
import { settings } from "./settings.schema.ts";

/** Returns the stored secret, creating it once; concurrent first starts agree on one value. */
export async function getOrCreateSecret(db: Queryable, key: string): Promise<string> {
  await db
    .insert(settings)
    .values({ key, value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing();
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, key));
  if (!row || typeof row.value !== "string") throw new Error(`setting ${key} is missing`);
  return row.value;
}
